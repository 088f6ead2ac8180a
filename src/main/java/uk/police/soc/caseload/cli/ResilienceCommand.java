package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.solver.whatif.Resilience;
import uk.police.soc.caseload.solver.whatif.Resilience.CategoryCoverage;
import uk.police.soc.caseload.solver.whatif.Resilience.IfUnavailable;
import uk.police.soc.caseload.solver.whatif.Resilience.OfficerResilience;
import uk.police.soc.caseload.solver.whatif.Resilience.ThreatCoverage;
import uk.police.soc.caseload.solver.whatif.ResilienceAnalysis;

/** What breaks when one officer is unavailable: coverage depth, sole cover, and each officer's absence. */
@Command(name = "resilience", mixinStandardHelpOptions = true,
        description = {"Shows how many officers may lead each active threat and what each officer's absence would break.",
            "An absent officer's threats go, one by one, to the eligible officer with the lowest load %% after"
                + " taking them (as the greedy baseline); those no one else may lead are left without an LRO.",
            "With --json: one object with threats (threatId, coverageDepth), categories (category, threats,"
                + " eligibleOfficers, uncoverable, singleCover) and officers (officerId, leads, soleCoverFor,"
                + " ifUnavailable: newlyUncoverable, leftWithoutOfficer, unallocated, overloadPoints,"
                + " peakLoadPercent, lroShortfall)."})
public class ResilienceCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        Caseload caseload = source.load(Operation.RESILIENCE, null, "who the caseload depends on");
        Resilience resilience = new ResilienceAnalysis(new CaseloadAssessment(caseload)).analyse();
        return output.print(() -> toJson(resilience), out -> printHuman(caseload, resilience, out));
    }

    static ObjectNode toJson(Resilience resilience) {
        ObjectNode node = DatasetJson.mapper().createObjectNode();
        ArrayNode threats = node.putArray("threats");
        for (ThreatCoverage threat : resilience.threats()) {
            threats.addObject().put("threatId", threat.threatId()).put("coverageDepth", threat.coverageDepth());
        }
        ArrayNode categories = node.putArray("categories");
        for (CategoryCoverage category : resilience.categories()) {
            categories.addObject().put("category", category.category()).put("threats", category.threats())
                    .put("eligibleOfficers", category.eligibleOfficers()).put("uncoverable", category.uncoverable())
                    .put("singleCover", category.singleCover());
        }
        ArrayNode officers = node.putArray("officers");
        for (OfficerResilience officer : resilience.officers()) {
            ObjectNode item = officers.addObject();
            item.put("officerId", officer.officerId());
            ids(item.putArray("leads"), officer.leads());
            ids(item.putArray("soleCoverFor"), officer.soleCoverFor());
            IfUnavailable ifUnavailable = officer.ifUnavailable();
            ObjectNode absence = item.putObject("ifUnavailable");
            ids(absence.putArray("newlyUncoverable"), ifUnavailable.newlyUncoverable());
            ids(absence.putArray("leftWithoutOfficer"), ifUnavailable.leftWithoutOfficer());
            ids(absence.putArray("unallocated"), ifUnavailable.unallocated());
            FiguresJson.putNumber(absence, "overloadPoints", ifUnavailable.overloadPoints());
            FiguresJson.putNumber(absence, "peakLoadPercent", ifUnavailable.peakLoadPercent());
            absence.put("lroShortfall", ifUnavailable.lroShortfall());
        }
        return node;
    }

    private static void ids(ArrayNode array, List<String> ids) {
        ids.forEach(array::add);
    }

    private static void printHuman(Caseload caseload, Resilience resilience, PrintWriter out) {
        Map<String, Officer> officers = caseload.officersById();
        long uncoverable = resilience.threats().stream().filter(t -> t.coverageDepth() == 0).count();
        long single = resilience.threats().stream().filter(t -> t.coverageDepth() == 1).count();
        out.printf("Resilience on %s: %s; no one may lead %d of them, and only one officer may lead %d.%n%n",
                caseload.asOf(), Wording.count(resilience.threats().size(), "active threat"), uncoverable, single);

        Map<String, String> categoryNames = new java.util.HashMap<>();
        caseload.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
        TextTable categories = new TextTable().left("Category").left("Name").right("Threats")
                .right("Officers who may lead").right("No one").right("Only one");
        for (CategoryCoverage category : resilience.categories()) {
            categories.row(category.category(), categoryNames.get(category.category()), category.threats(),
                    category.eligibleOfficers(), category.uncoverable(), category.singleCover());
        }
        categories.print(out, "");
        out.println();

        out.println("If one officer were unavailable (long-absent), their threats placed again by the greedy rule:");
        TextTable table = new TextTable().left("Officer").left("Name").right("Leads").right("Sole cover")
                .right("No one eligible").right("Left without LRO").right("Overload").right("Peak load")
                .right("LRO shortfall");
        for (OfficerResilience officer : resilience.officers()) {
            IfUnavailable ifUnavailable = officer.ifUnavailable();
            table.row(officer.officerId(), officers.get(officer.officerId()).name(), officer.leads().size(),
                    officer.soleCoverFor().size(), ifUnavailable.newlyUncoverable().size(),
                    ifUnavailable.leftWithoutOfficer().size(), Wording.points(ifUnavailable.overloadPoints()),
                    Wording.percent(ifUnavailable.peakLoadPercent()), ifUnavailable.lroShortfall());
        }
        table.print(out, "");
        Map<String, Threat> threats = new java.util.HashMap<>();
        caseload.threats().forEach(t -> threats.put(t.id(), t));
        boolean anyBreak = false;
        for (OfficerResilience officer : resilience.officers()) {
            List<String> broken = officer.ifUnavailable().newlyUncoverable();
            if (broken.isEmpty()) {
                continue;
            }
            if (!anyBreak) {
                out.println();
                out.println("Single points of failure:");
                anyBreak = true;
            }
            out.printf("- Without %s, no one may lead %s: %s.%n",
                    Wording.officer(officers.get(officer.officerId()), officer.officerId()),
                    Wording.count(broken.size(), "threat"),
                    String.join(", ", broken.stream().map(id -> id + " " + threats.get(id).name()).toList()));
        }
        if (!anyBreak) {
            out.println();
            out.println("No single officer's absence leaves a threat without anyone eligible to lead it.");
        }
        out.printf("%nOverload and peak load are the whole plan's with that officer away; LRO shortfall counts"
                + " full-time LROs lacking (%s now).%n", new CaseloadAssessment(caseload).figures().lroShortfall());
    }
}
