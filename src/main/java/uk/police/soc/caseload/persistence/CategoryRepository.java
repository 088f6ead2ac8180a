package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import uk.police.soc.caseload.domain.Category;

/** Threat categories, by code, in the order they were added. */
public final class CategoryRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    CategoryRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    public List<Category> findAll() throws SQLException {
        return Jdbc.query(connection, "SELECT code, name FROM category ORDER BY ordinal",
                row -> new Category(row.getString("code"), row.getString("name")));
    }

    /** Adds or updates by code; true when added. */
    public boolean save(Category category) throws SQLException {
        return Jdbc.upsert(connection, stamp, "category", List.of("code"), List.of(category.code()),
                List.of("name"), List.of(category.name()));
    }

    /** The stored version of one category, if there is one. */
    public Optional<RecordVersion> version(String code) throws SQLException {
        return Jdbc.version(connection, "category", List.of("code"), List.of(code));
    }

    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM category");
    }
}
