package uk.police.soc.caseload.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.PolicyPatch;
import uk.police.soc.caseload.domain.scenario.ScenarioApplier;
import uk.police.soc.caseload.solver.whatif.Resilience;
import uk.police.soc.caseload.solver.whatif.ResilienceAnalysis;

/**
 * The what-if questions on a synthetic caseload: {@code resilience} (the assessment built, every officer's
 * absence worked out) and a scenario's {@code after} figures (the changes applied to a copy and checked, the
 * assessment of the result built and its plan figures computed), each after one warm-up run.
 */
public final class WhatIfBenchmark {

    public static final int REPEATS = 5;

    /** One caseload's timings, and the size of what was measured. */
    /**
     * {@code resilience} and {@code after} are wall-clock times; the {@code Cpu} ones the CPU time of the thread
     * doing the work, which a machine shared with other jobs inflates far less.
     */
    public record Result(int threats, int officers, long seed, int officersAnalysed, int changes, Timing resilience,
            Timing after, Timing resilienceCpu, Timing afterCpu) {
    }

    private WhatIfBenchmark() {
    }

    public static Result run(int threatCount, int officerCount, long seed) {
        Caseload caseload = SyntheticCaseloads.generate(threatCount, officerCount, seed);
        List<CaseloadChange> changes = scenario(caseload);
        Resilience warm = resilience(caseload);
        after(caseload, changes);
        List<Long> resilience = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        List<Long> resilienceCpu = new ArrayList<>();
        List<Long> afterCpu = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long cpu = cpuNanos();
            resilience.add(Timing.nanos(() -> resilience(caseload)));
            resilienceCpu.add(cpuNanos() - cpu);
            cpu = cpuNanos();
            after.add(Timing.nanos(() -> after(caseload, changes)));
            afterCpu.add(cpuNanos() - cpu);
        }
        return new Result(threatCount, officerCount, seed, warm.officers().size(), changes.size(),
                Timing.of(resilience), Timing.of(after), Timing.of(resilienceCpu), Timing.of(afterCpu));
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Resilience resilience(Caseload caseload) {
        return new ResilienceAnalysis(new CaseloadAssessment(caseload)).analyse();
    }

    private static void after(Caseload caseload, List<CaseloadChange> changes) {
        new CaseloadAssessment(new ScenarioApplier().apply(caseload, changes)).figures();
    }

    /**
     * What a manager tries: two new accredited LROs skilled in every category, the busiest officer off for three
     * months, another leaving, a new priority-1 threat, one archived, and overload no longer allowed.
     */
    static List<CaseloadChange> scenario(Caseload caseload) {
        Course lroCourse = caseload.courses().stream().filter(Course::accreditsLro).findFirst().orElseThrow();
        Map<String, Integer> allSkills = caseload.categories().stream()
                .collect(Collectors.toMap(Category::code, c -> 3));
        List<OfficerLoad> busiest = new CaseloadAssessment(caseload).figures().officers().stream()
                .filter(load -> load.capacity() > 0)
                .sorted(Comparator.comparingDouble(OfficerLoad::loadPercent).reversed()).toList();
        Threat archived = caseload.threats().stream().filter(Threat::isActive).findFirst().orElseThrow();
        List<CaseloadChange> changes = new ArrayList<>();
        for (String id : List.of("BENCH-LRO-1", "BENCH-LRO-2")) {
            changes.add(new CaseloadChange.AddOfficer(Officer.named(id, "Hypothetical LRO " + id)
                    .withSkills(allSkills).withPipLevel(4)));
            changes.add(new CaseloadChange.AddTrainingRecord(
                    new TrainingRecord(id, lroCourse.code(), caseload.asOf().minusDays(7), null)));
        }
        changes.add(new CaseloadChange.OfficerUnavailable(busiest.get(0).officerId(), caseload.asOf(),
                caseload.asOf().plusMonths(3)));
        changes.add(new CaseloadChange.DeactivateOfficer(busiest.get(1).officerId()));
        changes.add(new CaseloadChange.AddThreat(Threat.of("BENCH-NEW-1", "Op Benchmark",
                caseload.categories().get(0).code(), 1)));
        changes.add(new CaseloadChange.ArchiveThreat(archived.id()));
        changes.add(new CaseloadChange.SetPolicy(
                new PolicyPatch(null, null, null, null, null, null, null, null, null, null, false)));
        return changes;
    }
}
