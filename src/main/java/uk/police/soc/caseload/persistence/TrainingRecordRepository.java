package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.police.soc.caseload.domain.TrainingRecord;

/** Completed training, by officer, course and completion date, in the order it was added. */
public final class TrainingRecordRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    TrainingRecordRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    public List<TrainingRecord> findAll() throws SQLException {
        return Jdbc.query(connection,
                "SELECT officer_id, course_code, completed_on, expires_on FROM training_record ORDER BY ordinal",
                row -> new TrainingRecord(row.getString("officer_id"), row.getString("course_code"),
                        row.getObject("completed_on", LocalDate.class), row.getObject("expires_on", LocalDate.class)));
    }

    /** Adds or updates by officer, course and completion date; true when added. */
    public boolean save(TrainingRecord record) throws SQLException {
        return Jdbc.upsert(connection, stamp, "training_record", List.of("officer_id", "course_code", "completed_on"),
                List.of(record.officerId(), record.courseCode(), record.completedOn()),
                List.of("expires_on"), Arrays.asList(record.expiresOn()));
    }

    /** True when there was such a record. */
    public boolean delete(TrainingRecord.Key key) throws SQLException {
        return Jdbc.update(connection,
                "DELETE FROM training_record WHERE officer_id = ? AND course_code = ? AND completed_on = ?",
                key.officerId(), key.courseCode(), key.completedOn()) > 0;
    }

    /** The stored version of one training record, if there is one. */
    public Optional<RecordVersion> version(TrainingRecord.Key key) throws SQLException {
        return Jdbc.version(connection, "training_record", List.of("officer_id", "course_code", "completed_on"),
                List.of(key.officerId(), key.courseCode(), key.completedOn()));
    }

    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM training_record");
    }
}
