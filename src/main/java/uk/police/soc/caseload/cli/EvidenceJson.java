package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanHealth;
import uk.police.soc.caseload.domain.SustainedOverload;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.WorkloadTrend;

/** The {@code --json} documents of {@code plan-health}, {@code history} and {@code trend} (evidence.md). */
final class EvidenceJson {

    /** UTC, with milliseconds and {@code Z}, as the audit trail writes its instants. */
    static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private EvidenceJson() {
    }

    static ObjectNode planHealth(List<PlanHealth> rows) {
        ObjectNode root = DatasetJson.mapper().createObjectNode();
        ArrayNode threats = root.putArray("threats");
        for (PlanHealth health : rows) {
            ObjectNode row = threats.addObject();
            row.put("threatId", health.threatId());
            ArrayNode missing = row.putArray("missingStrands");
            health.missingStrands().forEach(s -> missing.add(s.name()));
            ArrayNode overdue = row.putArray("overdueActions");
            health.overdueActions().forEach(overdue::add);
            row.put("reviewOverdue", health.reviewOverdue());
            putDate(row, "lastReviewOn", health.lastReviewOn());
            row.put("healthy", health.healthy());
        }
        return root;
    }

    static ObjectNode history(List<AllocationChange> changes) {
        ObjectNode root = DatasetJson.mapper().createObjectNode();
        ArrayNode list = root.putArray("changes");
        for (AllocationChange change : changes) {
            ObjectNode row = list.addObject();
            row.put("at", instant(change.at()));
            row.put("user", change.user());
            row.put("threatId", change.threatId());
            row.put("fromOfficerId", change.fromOfficerId());
            row.put("toOfficerId", change.toOfficerId());
            row.put("reason", change.reason().name());
            row.put("rationale", change.rationale());
        }
        return root;
    }

    static ObjectNode trend(WorkloadTrend trend) {
        ObjectNode root = DatasetJson.mapper().createObjectNode();
        ArrayNode days = root.putArray("days");
        for (WorkloadDay day : trend.days()) {
            ObjectNode row = days.addObject();
            putDate(row, "date", day.date());
            ObjectNode figures = FiguresJson.toJson(day.figures());
            figures.remove("officers");
            row.set("figures", figures);
            ArrayNode officers = row.putArray("officers");
            for (OfficerLoad load : day.figures().officers()) {
                FiguresJson.putLoad(officers.addObject(), load.officerId(), load.capacity(), load.load(),
                        load.loadPercent());
            }
        }
        ArrayNode sustained = root.putArray("sustainedOverload");
        for (SustainedOverload overload : trend.sustainedOverload()) {
            ObjectNode row = sustained.addObject();
            row.put("officerId", overload.officerId());
            putDate(row, "since", overload.since());
            row.put("lengthDays", overload.lengthDays());
        }
        return root;
    }

    static String instant(Instant at) {
        return INSTANT.format(at);
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }
}
