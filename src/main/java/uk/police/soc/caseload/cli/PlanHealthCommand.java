package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.DateWords;
import uk.police.soc.caseload.report.words.Words;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanHealth;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.access.Operation;

/** The health of every active threat's 4P plan. */
@Command(name = "plan-health", mixinStandardHelpOptions = true,
        description = {"Shows the health of each active threat's 4P plan on the planning date.",
            "One row per active threat, in dataset order: strands with no open or done action, open actions past"
                + " their due date, and whether the plan's review is overdue (the threat's next review date is before"
                + " the planning date).",
            "With --json: {\"threats\": [{threatId, missingStrands, overdueActions, reviewOverdue, lastReviewOn,"
                + " healthy}]}."})
public class PlanHealthCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        Caseload caseload = source.load(Operation.PLAN_HEALTH, null, "4P plan health of every active threat");
        List<PlanHealth> rows = PlanHealth.of(caseload);
        return output.print(() -> EvidenceJson.planHealth(rows), out -> printHuman(caseload, rows, out));
    }

    private static void printHuman(Caseload caseload, List<PlanHealth> rows, PrintWriter out) {
        long healthy = rows.stream().filter(PlanHealth::healthy).count();
        out.printf("4P plan health on %s: %d of %s healthy.%n%n", caseload.asOf(), healthy,
                Wording.count(rows.size(), "active threat"));
        Map<String, Officer> officers = caseload.officersById();
        TextTable table = new TextTable().left("Threat").left("Name").left("LRO").left("Missing strands")
                .left("Overdue actions").left("Review").left("Last review").left("Health");
        for (PlanHealth health : rows) {
            Threat threat = caseload.threat(health.threatId()).orElseThrow();
            table.row(threat.id(), threat.name(), Wording.officer(officers.get(threat.officerId()), threat.officerId()),
                    health.missingStrands().isEmpty() ? "none" : health.missingStrands().stream()
                            .map(s -> Wording.strand(s)).collect(Collectors.joining(", ")),
                    Wording.ids(health.overdueActions()),
                    Words.review(health.reviewOverdue(), threat.nextReviewDue(), DateWords.ISO),
                    health.lastReviewOn() == null ? "never" : health.lastReviewOn().toString(),
                    Words.planHealth(health.healthy()));
        }
        table.print(out, "");
    }
}
