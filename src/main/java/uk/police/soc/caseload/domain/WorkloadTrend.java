package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The workload history over a period: the stored daily records from {@code from} to {@code to} (oldest first),
 * and who is in sustained overload on {@code to}, judged on every record up to that day.
 *
 * @param officerId null: every officer; else only that officer's loads and sustained overload
 */
public record WorkloadTrend(LocalDate from, LocalDate to, String officerId, List<WorkloadDay> days,
        List<SustainedOverload> sustainedOverload) {

    public WorkloadTrend {
        days = List.copyOf(days);
        sustainedOverload = List.copyOf(sustainedOverload);
    }

    /**
     * @param history every stored record up to {@code to} (earlier ones decide sustained overload)
     * @param sustainedOverloadDays N, the policy's setting
     */
    public static WorkloadTrend of(List<WorkloadDay> history, LocalDate from, LocalDate to, String officerId,
            int sustainedOverloadDays) {
        List<WorkloadDay> inRange = history.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .map(d -> officerId == null ? d : onlyOfficer(d, officerId))
                .toList();
        List<SustainedOverload> sustained = SustainedOverload.judge(history, to, sustainedOverloadDays).stream()
                .filter(s -> officerId == null || s.officerId().equals(officerId))
                .toList();
        return new WorkloadTrend(from, to, officerId, inRange, sustained);
    }

    private static WorkloadDay onlyOfficer(WorkloadDay day, String officerId) {
        PlanFigures f = day.figures();
        List<OfficerLoad> one = f.officers().stream().filter(o -> Objects.equals(o.officerId(), officerId)).toList();
        return new WorkloadDay(day.date(), new PlanFigures(f.totalPoints(), f.hardViolations(), f.uncoverable(),
                f.unallocated(), f.overloadPoints(), f.peakLoadPercent(), f.balance(), f.moves(),
                f.officersOverCapacity(), f.officersOverloaded(), f.lroShortfall(), f.unallocatedWeight(), one),
                day.amberLoadPercent(), day.redLoadPercent());
    }
}
