package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An officer in sustained overload on {@code asOf} (evidence.md, "Workload history"): overloaded in the figures
 * of each of the last N days, N = the policy's {@code sustainedOverloadDays}, with history reaching back that far.
 *
 * @param since the first day of the unbroken run of overloaded days that ends on {@code asOf}
 * @param lengthDays days from {@code since} to {@code asOf}, both counted
 */
public record SustainedOverload(String officerId, LocalDate since, long lengthDays) {

    /**
     * The officers in sustained overload on {@code asOf}, in the order of the figures in force that day.
     *
     * @param history the stored daily records, any order; those after {@code asOf} are ignored
     * @param days N, the policy's {@code sustainedOverloadDays}
     */
    public static List<SustainedOverload> judge(List<WorkloadDay> history, LocalDate asOf, int days) {
        List<WorkloadDay> records = history.stream().filter(r -> !r.date().isAfter(asOf))
                .sorted(Comparator.comparing(WorkloadDay::date)).toList();
        List<SustainedOverload> sustained = new ArrayList<>();
        if (records.isEmpty()) {
            return sustained;
        }
        LocalDate earliest = records.get(0).date();
        LocalDate windowStart = asOf.minusDays(days - 1L);
        if (earliest.isAfter(windowStart)) {
            return sustained;
        }
        WorkloadDay inForce = records.get(records.size() - 1);
        for (OfficerLoad officer : inForce.figures().officers()) {
            LocalDate since = runStart(records, officer.officerId(), asOf);
            if (since != null && !since.isAfter(windowStart)) {
                sustained.add(new SustainedOverload(officer.officerId(), since,
                        ChronoUnit.DAYS.between(since, asOf) + 1));
            }
        }
        return sustained;
    }

    /**
     * The first day of the unbroken overloaded run ending on {@code asOf}, or null when the officer is not
     * overloaded on {@code asOf}. Walks back record by record: every day a record is in force shares its figures.
     */
    private static LocalDate runStart(List<WorkloadDay> records, String officerId, LocalDate asOf) {
        LocalDate since = null;
        for (int i = records.size() - 1; i >= 0; i--) {
            if (!records.get(i).overloaded(officerId)) {
                break;
            }
            since = records.get(i).date();
        }
        return since;
    }
}
