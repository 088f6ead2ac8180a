package uk.police.soc.caseload.domain;

import java.time.LocalDate;

/**
 * One mentoring session: evidence that mentoring happens. At most one per mentor, mentee and date.
 *
 * @param minutes how long it lasted, or {@code null}
 * @param note what it covered, or {@code null}
 */
public record MentoringSession(String mentorId, String menteeId, LocalDate on, Integer minutes, String note) {

    /** The natural key: no two sessions share it. */
    public record Key(String mentorId, String menteeId, LocalDate on) {
    }

    public Key key() {
        return new Key(mentorId, menteeId, on);
    }
}
