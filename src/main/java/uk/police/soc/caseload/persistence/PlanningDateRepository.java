package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import uk.police.soc.caseload.domain.PlanningDates;

/** The database's one row of planning dates: the last imported dataset's date and the last planning date. */
public final class PlanningDateRepository {

    private final Connection connection;

    PlanningDateRepository(Connection connection) {
        this.connection = connection;
    }

    public PlanningDates find() throws SQLException {
        List<PlanningDates> rows = Jdbc.query(connection,
                "SELECT data_as_of, last_planning_date FROM planning_dates WHERE id = 1",
                row -> new PlanningDates(row.getObject("data_as_of", LocalDate.class),
                        row.getObject("last_planning_date", LocalDate.class)));
        return rows.isEmpty() ? PlanningDates.NONE : rows.get(0);
    }

    /** Records the date of the dataset just imported (part of the import's transaction). */
    public void recordDataAsOf(LocalDate asOf) throws SQLException {
        set("data_as_of", asOf);
    }

    public void rememberPlanningDate(LocalDate day) throws SQLException {
        set("last_planning_date", day);
    }

    private void set(String column, LocalDate value) throws SQLException {
        // Plain UPDATE-then-INSERT rather than a MERGE: the same statements run on H2 and PostgreSQL.
        if (Jdbc.update(connection, "UPDATE planning_dates SET " + column + " = ?, version = version + 1 WHERE id = 1",
                value) == 0) {
            Jdbc.update(connection, "INSERT INTO planning_dates (id, " + column + ") VALUES (1, ?)", value);
        }
    }
}
