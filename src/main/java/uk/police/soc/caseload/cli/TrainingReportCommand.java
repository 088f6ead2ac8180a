package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.DateWords;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.report.training.TrainingGapReport;
import uk.police.soc.caseload.report.training.TrainingGapReport.ExpiringRecord;
import uk.police.soc.caseload.report.training.TrainingGapReport.NearestOfficer;
import uk.police.soc.caseload.report.training.TrainingGapReport.TraineeWithoutMentor;
import uk.police.soc.caseload.report.training.TrainingGapReport.UnaccreditedLeader;
import uk.police.soc.caseload.report.training.TrainingGapReport.UncoverableThreat;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.report.training.TrainingSuggestion;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.presentation.TrainingWords;

/** The training gap report: who lacks LRO training, what expires, and what training would close the gaps. */
@Command(name = "training-report",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the training and accreditation gaps on the planning date, and the training that would close them.",
            "Lists officers leading threats without LRO accreditation, training expiring within --within-days,"
                    + " threats no one may lead with the officers nearest to leading them, and trainees without an"
                    + " accredited mentor; then suggests training, most useful first.",
            "With --json: one object with unaccreditedLeading, expiring, uncoverable, traineesWithoutMentor "
                    + "and suggestions."
        })
public class TrainingReportCommand implements Callable<Integer> {

    @Mixin
    CaseloadSource source;

    @Option(names = "--within-days", paramLabel = "N", defaultValue = "90",
            description = "report training expiring within N days of the planning date (default: ${DEFAULT-VALUE})")
    int withinDays;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() throws Exception {
        Arguments.requireAtLeast("--within-days", withinDays, 0);
        Caseload caseload = source.load(Operation.TRAINING_REPORT, null, "training gaps within " + withinDays + " days");
        TrainingGapReport report = TrainingGaps.report(caseload, withinDays);
        return output.print(() -> toJson(report, caseload), out -> out.print(toText(report, caseload)));
    }

    static ObjectNode toJson(TrainingGapReport report, Caseload caseload) {
        ObjectNode root = DatasetJson.mapper().createObjectNode();
        ArrayNode leaders = root.putArray("unaccreditedLeading");
        for (UnaccreditedLeader leader : report.unaccreditedLeading()) {
            ObjectNode node = leaders.addObject();
            node.put("officerId", leader.officerId());
            node.put("mentored", leader.mentored());
            stringArray(node, "threatIds", leader.threatIds());
        }
        ArrayNode expiring = root.putArray("expiring");
        for (ExpiringRecord record : report.expiring()) {
            ObjectNode node = expiring.addObject();
            node.put("officerId", record.officerId());
            node.put("courseCode", record.courseCode());
            node.put("completedOn", record.completedOn().toString());
            node.put("expiresOn", record.expiresOn().toString());
            stringArray(node, "threatIds", record.threatIds());
        }
        ArrayNode uncoverable = root.putArray("uncoverable");
        for (UncoverableThreat threat : report.uncoverable()) {
            ObjectNode node = uncoverable.addObject();
            node.put("threatId", threat.threatId());
            node.put("priority", threat.priority());
            node.put("category", threat.category());
            ArrayNode nearest = node.putArray("nearestOfficers");
            for (NearestOfficer officer : threat.nearestOfficers()) {
                ObjectNode entry = nearest.addObject();
                entry.put("officerId", officer.officerId());
                stringArray(entry, "unmet", officer.unmet());
            }
        }
        ArrayNode trainees = root.putArray("traineesWithoutMentor");
        for (TraineeWithoutMentor trainee : report.traineesWithoutMentor()) {
            ObjectNode node = trainees.addObject();
            node.put("officerId", trainee.officerId());
            node.put("mentorId", trainee.mentorId());
            node.put("reason", TrainingWords.mentorProblem(trainee.reason()));
        }
        ArrayNode suggestions = root.putArray("suggestions");
        for (TrainingSuggestion suggestion : report.suggestions()) {
            ObjectNode node = suggestions.addObject();
            node.put("text", TrainingWords.jsonText(suggestion, caseload));
            node.put("action", suggestion.action().code());
            node.put("officerId", suggestion.officerId());
            stringArray(node, "threatIds", suggestion.threatIds());
            stringArray(node, "ledThreatIds", suggestion.ledThreatIds());
            putIfPresent(node, "courseCode", suggestion.courseCode());
            putIfPresent(node, "category", suggestion.category());
            if (suggestion.skillLevel() != null) {
                node.put("skillLevel", suggestion.skillLevel());
            }
            if (suggestion.pipLevel() != null) {
                node.put("pipLevel", suggestion.pipLevel());
            }
            putIfPresent(node, "mentorId", suggestion.mentorId());
            if (suggestion.expiresOn() != null) {
                node.put("expiresOn", suggestion.expiresOn().toString());
            }
            node.put("weight", suggestion.weight());
        }
        return root;
    }

    private static void stringArray(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static String toText(TrainingGapReport report, Caseload caseload) {
        StringBuilder text = new StringBuilder();
        text.append("Training gaps on ").append(report.asOf()).append(" (expiry window ")
                .append(report.withinDays()).append(" days)\n\n");

        section(text, "Leading threats without LRO accreditation", report.unaccreditedLeading(),
                new TextTable().left("Officer").left("Name").left("Mentored").right("Threats").left("Threat ids"),
                leader -> List.of(leader.officerId(), nullToEmpty(leader.name()), leader.mentored() ? "yes" : "no",
                        String.valueOf(leader.threatIds().size()), String.join(" ", leader.threatIds())));
        section(text, "Training expiring within " + report.withinDays() + " days", report.expiring(),
                new TextTable().left("Officer").left("Name").left("Course").left("Expires").left("LRO").left("Leads"),
                record -> List.of(record.officerId(), nullToEmpty(record.name()), Names.course(caseload, record.courseCode()),
                        record.expiresOn().toString(), record.accreditsLro() ? "yes" : "no",
                        String.join(" ", record.threatIds())));
        section(text, "Threats no officer may lead", report.uncoverable(),
                new TextTable().left("Threat").left("Priority").left("Category")
                        .left("Nearest officers (rules they fail)"),
                threat -> List.of(threat.threatId(), "P" + threat.priority(),
                        Names.category(caseload, threat.category()),
                        threat.nearestOfficers().stream()
                                .map(o -> (o.name() == null ? o.officerId() : o.name() + " (" + o.officerId() + ")")
                                        + ": " + Nearest.ruleCodes(o.unmet()))
                                .collect(Collectors.joining("; "))));
        section(text, "Trainees without an accredited mentor", report.traineesWithoutMentor(),
                new TextTable().left("Officer").left("Name").left("Mentor").left("Why"),
                trainee -> List.of(trainee.officerId(), nullToEmpty(trainee.name()),
                        Names.officer(caseload, trainee.mentorId()),
                        TrainingWords.mentorProblem(trainee.reason())));

        text.append("Suggestions, most useful first: ").append(report.suggestions().size()).append('\n');
        int rank = 1;
        for (String suggestion : TrainingWords.sentences(report, caseload, DateWords.ISO)) {
            text.append(String.format("%3d. %s%n", rank++, suggestion));
        }
        return text.toString();
    }

    /** A heading with the count, then an aligned table of the items (or "none"). */
    private static <T> void section(StringBuilder text, String title, List<T> items, TextTable table,
            Function<T, List<String>> row) {
        text.append(title).append(": ").append(items.size()).append('\n');
        if (items.isEmpty()) {
            text.append("  none\n\n");
            return;
        }
        items.forEach(item -> table.row(row.apply(item).toArray()));
        StringWriter rendered = new StringWriter();
        PrintWriter out = new PrintWriter(rendered);
        table.print(out, "  ");
        out.flush();
        text.append(rendered).append('\n');
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
