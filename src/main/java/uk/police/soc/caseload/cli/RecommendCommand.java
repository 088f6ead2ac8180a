package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.solver.PlainNumbers;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.Recommender.Candidate;
import uk.police.soc.caseload.solver.Recommender.Ineligible;
import uk.police.soc.caseload.solver.Recommender.Recommendation;

/** Ranks the officers who could lead one threat, and says why the others cannot. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Ranks the officers eligible to lead a threat by what giving it to them does to the plan",
            "(overload first, then balance and the cost of a move), with each one's load % before and after,",
            "and lists the officers who may not lead it with the rules each fails."})
public class RecommendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseloadSource source;

    @Option(names = "--threat", paramLabel = "ID", required = true, description = "the threat's id")
    String threatId;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5",
            description = "how many eligible officers to show (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--json", description = "print the ranking as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new InvalidInputException("arguments", "--top must be at least 1, not " + top);
        }
        Caseload caseload = source.load();
        Recommendation recommendation = new Recommender(new CaseloadAssessment(caseload)).recommend(threatId);
        List<Candidate> shown = recommendation.candidates().subList(0, Math.min(top, recommendation.candidates().size()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FiguresJson.render(toJson(recommendation, shown)));
        } else {
            printHuman(recommendation, shown, out);
        }
        out.flush();
        return CaseloadCommand.DONE;
    }

    private static void printHuman(Recommendation recommendation, List<Candidate> shown, PrintWriter out) {
        String current = recommendation.currentOfficerId() == null ? "no LRO"
                : recommendation.currentOfficerId() + " at " + PlainNumbers.percent(recommendation.currentOfficerLoadPercent());
        out.printf("%s (%s points, priority %d) is with %s%s.%n", recommendation.threat().id(),
                PlainNumbers.points(recommendation.points()), recommendation.threat().priority(), current,
                recommendation.threat().pinned() ? ", pinned" : "");
        if (shown.isEmpty()) {
            out.println("No officer may lead it.");
        } else {
            out.printf("%d officer(s) may lead it; the best %d by what it does to the plan:%n",
                    recommendation.candidates().size(), shown.size());
            int nameWidth = Math.max(4, shown.stream().mapToInt(c -> c.officer().name().length()).max().orElse(0));
            String row = "%4s  %-8s %-" + nameWidth + "s  %-20s  %9s  %10s  %5s%n";
            out.printf(row, "Rank", "Officer", "Name", "Load % now → with it", "Overload", "Balance", "Moves");
            int rank = 1;
            for (Candidate candidate : shown) {
                out.printf(row, rank++, candidate.officer().id(), candidate.officer().name(),
                        candidate.current() ? PlainNumbers.percent(candidate.loadPercentBefore()) + " (current)"
                                : ProposalText.change(candidate.loadPercentBefore(), candidate.loadPercentAfter()),
                        signed(candidate.overloadChange()), signed(candidate.balanceChange()),
                        candidate.movesChange() == 0 ? "0" : "+" + candidate.movesChange());
            }
            out.println("Overload, balance and moves are changes to the plan figures (lower is better).");
            if (shown.stream().anyMatch(c -> c.hardViolationsChange() < 0)) {
                out.println("Its current officer may not lead it: any officer above ends a hard violation.");
            }
        }
        if (!recommendation.ineligible().isEmpty()) {
            out.println();
            out.printf("%d officer(s) may not lead it:%n", recommendation.ineligible().size());
            for (Ineligible officer : recommendation.ineligible()) {
                out.printf("  %-8s %-24s %s%n", officer.officer().id(), officer.officer().name(),
                        Nearest.rules(officer.unmetRules()));
            }
        }
    }

    private static String signed(double value) {
        if (Math.abs(value) < 0.05) {
            return "0.0";
        }
        return String.format(Locale.ROOT, "%+.1f", value);
    }

    static ObjectNode toJson(Recommendation recommendation, List<Candidate> shown) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("threatId", recommendation.threat().id());
        FiguresJson.putNumber(node, "points", recommendation.points());
        node.put("officerId", recommendation.currentOfficerId());
        node.put("eligibleCount", recommendation.candidates().size());
        ArrayNode candidates = node.putArray("candidates");
        int rank = 1;
        for (Candidate candidate : shown) {
            ObjectNode item = candidates.addObject();
            item.put("rank", rank++);
            item.put("officerId", candidate.officer().id());
            item.put("current", candidate.current());
            FiguresJson.putNumber(item, "capacity", candidate.capacity());
            FiguresJson.putNumber(item, "loadPercentBefore", candidate.loadPercentBefore());
            FiguresJson.putNumber(item, "loadPercentAfter", candidate.loadPercentAfter());
            FiguresJson.putNumber(item, "currentOfficerLoadPercentAfter", candidate.currentOfficerLoadPercentAfter());
            item.put("hardViolationsChange", candidate.hardViolationsChange());
            FiguresJson.putNumber(item, "overloadChange", candidate.overloadChange());
            FiguresJson.putNumber(item, "balanceChange", candidate.balanceChange());
            item.put("movesChange", candidate.movesChange());
            FiguresJson.putNumber(item, "costChange", candidate.costChange());
        }
        ArrayNode ineligible = node.putArray("ineligible");
        for (Ineligible officer : recommendation.ineligible()) {
            ObjectNode item = ineligible.addObject();
            item.put("officerId", officer.officer().id());
            item.set("unmetRules", ExplainCommand.rules(officer.unmetRules()));
        }
        return node;
    }
}
