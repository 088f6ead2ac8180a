package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.StaleRecordException;
import uk.police.soc.caseload.solver.AllocationSolver;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.Proposal;

/** Plans who leads which threat and shows the plan figures before and after, and every move. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Plans who leads each threat by the allocation policy, and shows the plan before and after.",
            "No officer leads a threat they may not lead, every coverable threat gets an LRO, overload and imbalance"
                + " are kept low, and threats move only when that is worth it. Pinned threats never move.",
            "With --data the planned dataset is written to --out (the same file with only officerId changed);"
                + " with --db the plan is shown, and stored (in one transaction) only with --apply.",
            "With --json: one object with before and after (the plan figures, as summary --json), moves,"
                + " applied and elapsedSeconds."})
public class SolveCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Option(names = "--out", paramLabel = "FILE",
            description = "with --data (required): where to write the dataset with the planned officers")
    Path out;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "30",
            description = "time budget in seconds; the planner stops sooner once the plan stops improving"
                    + " (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--apply", description = "with --db: store the plan in one transaction (default: only show it)")
    boolean apply;

    @Mixin
    ReportOutput output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Arguments.requireAtLeast("--seconds", seconds, 1);
        if (!source.fromDatabase() && out == null) {
            throw new InvalidInputException("--out", "required with --data: the file to write the plan to");
        }
        if (source.fromDatabase() && out != null) {
            throw new InvalidInputException("--out", "is for --data; with --db use --apply to store the plan");
        }
        if (!source.fromDatabase() && apply) {
            throw new InvalidInputException("--apply", "is for --db; with --data the plan goes to --out");
        }
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        Caseload caseload;
        Proposal proposal;
        boolean stored = false;
        if (source.fromDatabase()) {
            try (CaseloadService service = source.service()) {
                if (apply) {
                    // Refused before the planner runs, not after; the acceptance itself is the audited entry.
                    service.access().requireAllowed(Operation.PLAN_ACCEPT);
                    caseload = service.load(source.planningDate());
                } else {
                    caseload = service.read(Operation.SOLVE, source.planningDate(), null,
                            "planner proposal (budget " + seconds + " s), not stored");
                }
                proposal = new AllocationSolver(Duration.ofSeconds(seconds)).solve(caseload);
                if (apply) {
                    // The plan was made from `caseload`: accepting it checks nothing it touches changed since.
                    service.acceptPlan(proposal.changes(), caseload, proposal.rationales());
                    stored = !proposal.changes().isEmpty();
                }
            } catch (StaleRecordException stale) {
                stale.conflicts().forEach(c -> spec.commandLine().getErr().println(c));
                throw new CommandFailedException("--apply", "the plan was not stored, nothing changed: records it"
                        + " touches changed at another desk since the planner started; run solve again to plan"
                        + " from the data as it is now", stale);
            }
        } else {
            caseload = source.load(Operation.SOLVE, null, null);
            proposal = new AllocationSolver(Duration.ofSeconds(seconds)).solve(caseload);
            OutputFile.write(new DatasetWriter().withOfficers(readText(source.dataFile()), proposal.changes()), out);
        }
        boolean applied = stored;
        return output.print(() -> toJson(proposal, applied), out -> {
            ProposalText.print(proposal, caseload, seconds, out);
            if (!source.fromDatabase()) {
                out.println("Plan written to " + this.out + ".");
            } else if (applied) {
                out.println("The plan is stored.");
            } else {
                out.println(proposal.changes().isEmpty() ? "Nothing to store: the plan changes no officer."
                        : "Nothing stored: run again with --apply to store this plan.");
            }
        });
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailedException(file.toString(), "cannot be read again (" + e + ")", e);
        }
    }

    static ObjectNode toJson(Proposal proposal, boolean stored) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.set("before", FiguresJson.toJson(proposal.before()));
        node.set("after", FiguresJson.toJson(proposal.after()));
        ArrayNode moves = node.putArray("moves");
        for (PlannedMove move : proposal.moves()) {
            ObjectNode item = moves.addObject();
            item.put("threatId", move.threatId());
            FiguresJson.putNumber(item, "points", move.points());
            item.put("fromOfficerId", move.fromOfficerId());
            item.put("toOfficerId", move.toOfficerId());
            FiguresJson.putNumber(item, "fromLoadPercentBefore", move.fromLoadPercentBefore());
            FiguresJson.putNumber(item, "fromLoadPercentAfter", move.fromLoadPercentAfter());
            FiguresJson.putNumber(item, "toLoadPercentBefore", move.toLoadPercentBefore());
            FiguresJson.putNumber(item, "toLoadPercentAfter", move.toLoadPercentAfter());
        }
        node.put("applied", stored);
        FiguresJson.putNumber(node, "elapsedSeconds", proposal.elapsed().toMillis() / 1000.0);
        return node;
    }
}
