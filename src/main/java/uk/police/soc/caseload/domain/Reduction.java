package uk.police.soc.caseload.domain;

import java.time.LocalDate;

/**
 * A capacity reduction, e.g. supervisory duties. Either end may be {@code null} (open-ended).
 */
public record Reduction(String reason, double percent, LocalDate from, LocalDate until) {

    /** In force on the day: started on or before it and not ended before it. */
    public boolean activeOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}
