package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.police.soc.caseload.domain.Course;

/** Training courses, by code, in the order they were added. */
public final class CourseRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    CourseRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    public List<Course> findAll() throws SQLException {
        return Jdbc.query(connection,
                "SELECT code, name, valid_months, accredits_lro, category FROM course ORDER BY ordinal",
                row -> new Course(row.getString("code"), row.getString("name"),
                        row.getObject("valid_months", Integer.class), row.getBoolean("accredits_lro"),
                        row.getString("category")));
    }

    /** Adds or updates by code; true when added. */
    public boolean save(Course course) throws SQLException {
        return Jdbc.upsert(connection, stamp, "course", List.of("code"), List.of(course.code()),
                List.of("name", "valid_months", "accredits_lro", "category"),
                Arrays.asList(course.name(), course.validMonths(), course.accreditsLro(), course.category()));
    }

    /** True when a course with that code was there to delete. */
    public boolean delete(String code) throws SQLException {
        return Jdbc.update(connection, "DELETE FROM course WHERE code = ?", code) > 0;
    }

    /** The stored version of one course, if there is one. */
    public Optional<RecordVersion> version(String code) throws SQLException {
        return Jdbc.version(connection, "course", List.of("code"), List.of(code));
    }

    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM course");
    }
}
