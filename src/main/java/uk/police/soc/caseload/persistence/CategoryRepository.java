package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import uk.police.soc.caseload.domain.Category;

/** Threat categories, by code, in the order they were added. */
public final class CategoryRepository {

    private final Connection connection;

    CategoryRepository(Connection connection) {
        this.connection = connection;
    }

    public List<Category> findAll() throws SQLException {
        return Jdbc.query(connection, "SELECT code, name FROM category ORDER BY ordinal",
                row -> new Category(row.getString("code"), row.getString("name")));
    }

    /** Adds or updates by code; true when added. */
    public boolean save(Category category) throws SQLException {
        return Jdbc.upsert(connection, "category", List.of("code"), List.of(category.code()),
                List.of("name"), List.of(category.name()));
    }

    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM category");
    }
}
