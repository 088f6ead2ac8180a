package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.police.soc.caseload.domain.MentoringSession;

/** Mentoring sessions, by mentor, mentee and date, in the order they were added. */
public final class MentoringSessionRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    MentoringSessionRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    public List<MentoringSession> findAll() throws SQLException {
        return Jdbc.query(connection, "SELECT mentor_id, mentee_id, session_on, minutes, note FROM mentoring_session"
                + " ORDER BY ordinal", row -> new MentoringSession(row.getString("mentor_id"),
                        row.getString("mentee_id"), row.getObject("session_on", LocalDate.class),
                        row.getObject("minutes", Integer.class), row.getString("note")));
    }

    /** Adds or updates by mentor, mentee and date; true when added. */
    public boolean save(MentoringSession session) throws SQLException {
        return Jdbc.upsert(connection, stamp, "mentoring_session", List.of("mentor_id", "mentee_id", "session_on"),
                List.of(session.mentorId(), session.menteeId(), session.on()),
                List.of("minutes", "note"), Arrays.asList(session.minutes(), session.note()));
    }

    /** The session's version (who saved it last, and when), if it is stored. */
    public java.util.Optional<RecordVersion> version(MentoringSession.Key key) throws SQLException {
        return Jdbc.version(connection, "mentoring_session", List.of("mentor_id", "mentee_id", "session_on"),
                List.of(key.mentorId(), key.menteeId(), key.on()));
    }

    /** True when there was such a session. */
    public boolean delete(MentoringSession.Key key) throws SQLException {
        return Jdbc.update(connection,
                "DELETE FROM mentoring_session WHERE mentor_id = ? AND mentee_id = ? AND session_on = ?",
                key.mentorId(), key.menteeId(), key.on()) > 0;
    }

    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM mentoring_session");
    }
}
