package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.presentation.Explanations;
import uk.police.soc.caseload.presentation.Explanations.Surface;
import uk.police.soc.caseload.presentation.Numbers;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.solver.ThreatExplainer.Explanation;
import uk.police.soc.caseload.solver.ThreatExplainer.LoadBreakdown;
import uk.police.soc.caseload.solver.ThreatExplainer.LoadItem;

/** Says in plain English why a threat is with its officer, unallocated, or uncoverable. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Says in plain words why a threat is with its officer, has none, or has no one who may lead it.",
            "For a threat no officer may lead: the rules no officer meets and the nearest officers. For a threat"
                + " with an officer: the rules that officer fails, if any, and their load threat by threat.",
            "With --json: one object with threatId, situation, points, pinned, officerId, officerUnmetRules,"
                + " eligibleOfficerIds, rulesNoOfficerMeets, nearestOfficers, officerLoad and sentences."})
public class ExplainCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Mixin
    ThreatOption threat;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        Caseload caseload = source.load(Operation.EXPLAIN, List.of(threat.threatId),
                "why " + threat.threatId + " has its officer");
        Explanation explanation = new ThreatExplainer(new CaseloadAssessment(caseload))
                .explain(threat.requireIn(caseload));
        return output.print(() -> toJson(explanation), out -> printHuman(explanation, out));
    }

    private static void printHuman(Explanation explanation, PrintWriter out) {
        Explanations.sentences(explanation, Surface.COMMAND_LINE).forEach(out::println);
        if (explanation.officerLoad() != null) {
            out.println();
            printBreakdown(explanation.officerLoad(), out);
        }
    }

    private static void printBreakdown(LoadBreakdown breakdown, PrintWriter out) {
        TextTable table = new TextTable().left("Threat").right("Points").left("");
        for (LoadItem item : breakdown.threats()) {
            table.row(item.threatId(), Numbers.points(item.points()), item.pinned() ? "pinned" : "");
        }
        table.row("Total", Numbers.points(breakdown.load()), "");
        table.print(out, "  ");
    }

    static ObjectNode toJson(Explanation explanation) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        node.put("threatId", explanation.threat().id());
        node.put("situation", explanation.situation().name());
        FiguresJson.putNumber(node, "points", explanation.points());
        node.put("pinned", explanation.threat().pinned());
        node.put("officerId", explanation.threat().officerId());
        node.set("officerUnmetRules", rules(explanation.officerUnmetRules()));
        ArrayNode eligible = node.putArray("eligibleOfficerIds");
        explanation.eligibleOfficerIds().forEach(eligible::add);
        node.set("rulesNoOfficerMeets", rules(explanation.rulesNoOfficerMeets()));
        ArrayNode nearest = node.putArray("nearestOfficers");
        explanation.nearestOfficers().forEach((officer, unmet) -> {
            ObjectNode item = nearest.addObject();
            item.put("officerId", officer.id());
            item.set("unmetRules", rules(unmet));
        });
        LoadBreakdown breakdown = explanation.officerLoad();
        if (breakdown == null) {
            node.putNull("officerLoad");
        } else {
            ObjectNode load = FiguresJson.putLoad(node.putObject("officerLoad"), breakdown.officer().id(),
                    breakdown.capacity(), breakdown.load(), breakdown.loadPercent());
            ArrayNode threats = load.putArray("threats");
            for (LoadItem item : breakdown.threats()) {
                ObjectNode entry = threats.addObject();
                entry.put("threatId", item.threatId());
                FiguresJson.putNumber(entry, "points", item.points());
                entry.put("pinned", item.pinned());
            }
        }
        ArrayNode sentences = node.putArray("sentences");
        Explanations.sentences(explanation, Surface.JSON).forEach(sentences::add);
        return node;
    }

    static ArrayNode rules(EnumSet<EligibilityRule> rules) {
        ArrayNode array = DatasetJson.mapper().createArrayNode();
        rules.forEach(rule -> array.add(rule.code()));
        return array;
    }
}
