package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.presentation.Numbers;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.Recommender.Candidate;
import uk.police.soc.caseload.solver.Recommender.Ineligible;
import uk.police.soc.caseload.solver.Recommender.OfficerRecommendation;
import uk.police.soc.caseload.solver.Recommender.Recommendation;
import uk.police.soc.caseload.solver.Recommender.ThreatMove;

/** Ranks the officers who could lead one threat, and says why the others cannot. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Ranks who may best lead a threat (--threat), or which threats would best move to an officer (--officer).",
            "The ranking puts overload first, then balance and the cost of a move; each officer is shown with their"
                + " load %% now and with the threat. The officers who may not lead it are listed with the rules each"
                + " fails.",
            "With --json: one object with threatId, status, pinned, points, officerId, eligibleCount, candidates"
                + " (ranked) and ineligible; an archived threat has none of either.",
            "--officer: the threats that may move to that officer breaking no rule, ranked as the policy orders"
                + " plans (hard violations ended, unallocated, overload, then balance and moves), each with both"
                + " officers' load %% before and after and qualityChange, how much balance plus the cost of the move"
                + " falls (higher is better). With --json: {officerId, threats: [{threatId, fromOfficerId,"
                + " fromLoadPercent: [before, after], toLoadPercent: [before, after], qualityChange}]}."})
public class RecommendCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    /** One question or the other: who for this threat, or which threats for this officer. */
    static class Subject {
        @Option(names = "--threat", paramLabel = "ID", required = true,
                description = "the threat to find an officer for (or give --officer)")
        String threatId;

        @Option(names = "--officer", paramLabel = "ID", required = true,
                description = "the officer to find threats for, e.g. a newly accredited LRO (or give --threat)")
        String officerId;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5",
            description = "how many officers (or threats) to show (default: ${DEFAULT-VALUE})")
    int top;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        Arguments.requireAtLeast("--top", top, 1);
        String record = subject.officerId != null ? subject.officerId : subject.threatId;
        Caseload caseload = source.load(Operation.RECOMMEND, List.of(record), subject.officerId != null
                ? "which threats " + record + " could take" : "who could lead " + record);
        if (subject.officerId != null) {
            OfficerRecommendation recommendation = new Recommender(new CaseloadAssessment(caseload))
                    .forOfficer(subject.officerId);
            List<ThreatMove> best = recommendation.moves().subList(0, Math.min(top, recommendation.moves().size()));
            return output.print(() -> toJson(recommendation, best),
                    out -> printHuman(recommendation, best, caseload, out));
        }
        Recommendation recommendation = new Recommender(new CaseloadAssessment(caseload))
                .recommend(ThreatOption.require(caseload, subject.threatId));
        // An archived threat is not planned: no one is recommended to lead it.
        boolean active = recommendation.threat().isActive();
        List<Candidate> shown = active
                ? recommendation.candidates().subList(0, Math.min(top, recommendation.candidates().size()))
                : List.of();
        return output.print(() -> toJson(recommendation, shown),
                out -> printHuman(recommendation, shown, caseload, out));
    }

    private static void printHuman(Recommendation recommendation, List<Candidate> shown, Caseload caseload,
            PrintWriter out) {
        String currentId = recommendation.currentOfficerId();
        String current = currentId == null ? "has no LRO"
                : "is with " + Wording.officer(caseload.officersById().get(currentId), currentId) + ", at "
                        + Wording.percent(recommendation.currentOfficerLoadPercent()) + " load";
        out.printf("%s (%s points, priority %d) %s.%n", recommendation.threat().id(),
                Numbers.points(recommendation.points()), recommendation.threat().priority(), current);
        if (!recommendation.threat().isActive()) {
            out.println("It is archived: it is not planned and counts toward no one's load, so no one is recommended.");
            return;
        }
        if (recommendation.threat().pinned()) {
            out.println("It is pinned: the planner keeps it where it is; unpin it before moving it to anyone below.");
        }
        if (shown.isEmpty()) {
            out.println("No officer may lead it: see `explain` for the nearest officers.");
        } else {
            out.printf("%s may lead it; %s:%n", Wording.count(recommendation.candidates().size(), "officer"),
                    shown.size() == recommendation.candidates().size() ? "all of them, best first"
                            : "the best " + shown.size());
            TextTable table = new TextTable().right("Rank").left("Officer").left("Name").right("Load % now")
                    .right("With it").right("Overload").right("Balance").right("Moves");
            int rank = 1;
            for (Candidate candidate : shown) {
                table.row(rank++, candidate.officer().id(), candidate.officer().name(),
                        Wording.percent(candidate.loadPercentBefore()),
                        candidate.current() ? "(leads it)" : Wording.percent(candidate.loadPercentAfter()),
                        signed(candidate.overloadChange()), signed(candidate.balanceChange()),
                        candidate.movesChange() == 0 ? "0"
                                : String.format(Locale.ROOT, "%+d", candidate.movesChange()));
            }
            table.print(out, "  ");
            out.println("Overload, Balance and Moves: how each plan figure changes (lower is better).");
            if (currentId != null) {
                shown.stream().filter(c -> !c.current()).findFirst().ifPresent(best -> out.printf(
                        "Moving it to %s takes %s from %s to %s.%n", best.officer().name(),
                        Wording.officer(caseload.officersById().get(currentId), currentId),
                        Wording.percent(recommendation.currentOfficerLoadPercent()),
                        Wording.percent(best.currentOfficerLoadPercentAfter())));
            }
            if (shown.stream().anyMatch(c -> c.hardViolationsChange() < 0)) {
                out.println("Its current officer may not lead it:"
                        + " giving it to any officer above ends a hard violation.");
            }
        }
        if (!recommendation.ineligible().isEmpty()) {
            out.println();
            out.printf("%s may not lead it:%n", Wording.count(recommendation.ineligible().size(), "officer"));
            TextTable table = new TextTable().left("Officer").left("Name").left("Rules they fail");
            for (Ineligible officer : recommendation.ineligible()) {
                table.row(officer.officer().id(), officer.officer().name(), Nearest.rules(officer.unmetRules()));
            }
            table.print(out, "  ");
        }
    }

    private static void printHuman(OfficerRecommendation recommendation, List<ThreatMove> best, Caseload caseload,
            PrintWriter out) {
        Officer officer = recommendation.officer();
        out.printf("%s is at %s load (capacity %s points).%n", Wording.officer(officer, officer.id()),
                Wording.percent(recommendation.loadPercent()), Wording.points(recommendation.capacity()));
        if (best.isEmpty()) {
            out.println("No threat may move to them without breaking a rule (see `explain` for why an officer"
                    + " may not lead a threat).");
            return;
        }
        out.printf("%s may move to them; %s:%n", Wording.count(recommendation.moves().size(), "threat"),
                best.size() == recommendation.moves().size() ? "all of them, best first" : "the best " + best.size());
        Map<String, Officer> officers = caseload.officersById();
        TextTable table = new TextTable().right("Rank").left("Threat").left("Name").right("Points").left("From")
                .right("Their load %").right("This officer's load %").right("Quality change");
        int rank = 1;
        for (ThreatMove move : best) {
            table.row(rank++, move.threat().id(), move.threat().name(), Numbers.points(move.points()),
                    Wording.officer(officers.get(move.fromOfficerId()), move.fromOfficerId()),
                    move.fromOfficerId() == null ? "" : Wording.percent(move.fromLoadPercentBefore()) + " → "
                            + Wording.percent(move.fromLoadPercentAfter()),
                    Wording.percent(move.toLoadPercentBefore()) + " → " + Wording.percent(move.toLoadPercentAfter()),
                    signed(move.qualityChange()));
        }
        table.print(out, "  ");
        out.println("Ranked as the policy orders plans: a threat whose officer may not lead it first, then one with"
                + " no LRO, then the fall in overload; Quality change is how much balance plus the cost of the move"
                + " falls (higher is better).");
        long worse = best.stream().filter(m -> m.hardViolationsChange() == 0 && m.unallocatedWeightChange() == 0
                && m.overloadChange() > CaseloadAssessment.EPSILON).count();
        if (worse > 0) {
            out.println(Wording.count(worse, "move") + " above would add overload: this officer has little room.");
        }
    }

    static ObjectNode toJson(OfficerRecommendation recommendation, List<ThreatMove> best) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("officerId", recommendation.officer().id());
        ArrayNode threats = node.putArray("threats");
        for (ThreatMove move : best) {
            ObjectNode item = threats.addObject();
            item.put("threatId", move.threat().id());
            item.put("fromOfficerId", move.fromOfficerId());
            if (move.fromOfficerId() == null) {
                item.putNull("fromLoadPercent");
            } else {
                percents(item.putArray("fromLoadPercent"), move.fromLoadPercentBefore(), move.fromLoadPercentAfter());
            }
            percents(item.putArray("toLoadPercent"), move.toLoadPercentBefore(), move.toLoadPercentAfter());
            FiguresJson.putNumber(item, "qualityChange", move.qualityChange());
        }
        return node;
    }

    private static void percents(ArrayNode array, double before, double after) {
        for (double value : new double[] {before, after}) {
            if (Double.isInfinite(value) || Double.isNaN(value)) {
                array.add(Double.toString(value));
            } else {
                array.add(value);
            }
        }
    }

    private static String signed(double value) {
        return Numbers.change(value);
    }

    static ObjectNode toJson(Recommendation recommendation, List<Candidate> shown) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("threatId", recommendation.threat().id());
        node.put("status", recommendation.threat().status().name());
        node.put("pinned", recommendation.threat().pinned());
        FiguresJson.putNumber(node, "points", recommendation.points());
        node.put("officerId", recommendation.currentOfficerId());
        boolean active = recommendation.threat().isActive();
        node.put("eligibleCount", active ? recommendation.candidates().size() : 0);
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
        for (Ineligible officer : active ? recommendation.ineligible() : List.<Ineligible>of()) {
            ObjectNode item = ineligible.addObject();
            item.put("officerId", officer.officer().id());
            item.set("unmetRules", ExplainCommand.rules(officer.unmetRules()));
        }
        return node;
    }
}
