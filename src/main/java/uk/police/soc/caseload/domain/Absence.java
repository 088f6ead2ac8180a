package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A period away from work; both ends inclusive. */
public record Absence(LocalDate from, LocalDate until, String reason) {

    public boolean covers(LocalDate day) {
        return !from.isAfter(day) && !until.isBefore(day);
    }

    /** Length in days, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }
}
