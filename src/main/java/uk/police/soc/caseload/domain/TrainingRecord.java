package uk.police.soc.caseload.domain;

import java.time.LocalDate;

/**
 * A completed course. Identified by officer, course and completion date.
 *
 * @param expiresOn overrides the course's validity when not {@code null}
 */
public record TrainingRecord(String officerId, String courseCode, LocalDate completedOn, LocalDate expiresOn) {

    /** The natural key: no two records share it. */
    public record Key(String officerId, String courseCode, LocalDate completedOn) {
    }

    public Key key() {
        return new Key(officerId, courseCode, completedOn);
    }
}
