package uk.police.soc.caseload.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.ThreatPlan;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

/**
 * Writes {@code soc-caseload/2} documents (or {@code soc-caseload/1}, without the parts it cannot carry): every field of every record in the order of the format's
 * description, the policy in full, nulls written where the format allows them (so a reader sees that a
 * threat's points come from the policy), pretty-printed.
 */
public final class DatasetWriter {

    /** The caseload as a valid {@code soc-caseload/2} dataset, with every policy setting written. */
    public String toJson(Caseload caseload) {
        return toJson(caseload, DatasetFormat.CURRENT);
    }

    /**
     * The caseload as a valid dataset of {@code format}. Version 1 has no 4P plans, mentoring sessions or
     * {@code sustainedOverloadDays}: they are left out (callers refuse first when that would lose evidence, see
     * {@link Caseload#hasEvidence()}).
     */
    public String toJson(Caseload caseload, DatasetFormat format) {
        boolean evidence = format != DatasetFormat.V1;
        ObjectNode root = object();
        root.put("format", format.label());
        putDate(root, "asOf", caseload.asOf());
        root.set("policy", policy(caseload.policy(), evidence));
        ArrayNode categories = root.putArray("categories");
        caseload.categories().forEach(c -> categories.add(category(c)));
        ArrayNode courses = root.putArray("courses");
        caseload.courses().forEach(c -> courses.add(course(c)));
        ArrayNode officers = root.putArray("officers");
        caseload.officers().forEach(o -> officers.add(officer(o)));
        ArrayNode records = root.putArray("trainingRecords");
        caseload.trainingRecords().forEach(r -> records.add(trainingRecord(r)));
        ArrayNode threats = root.putArray("threats");
        for (Threat threat : caseload.threats()) {
            ObjectNode node = threat(threat);
            ThreatPlan plan = caseload.plan(threat.id());
            if (evidence && !plan.isEmpty()) {
                node.set("plan", plan(plan));
            }
            threats.add(node);
        }
        if (evidence) {
            ArrayNode sessions = root.putArray("mentoringSessions");
            caseload.mentoringSessions().forEach(s -> sessions.add(mentoringSession(s)));
        }
        try {
            return DatasetJson.mapper().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes through a temporary file beside the target, so that a failed write leaves no half document. */
    public void write(Caseload caseload, Path file) {
        writeText(toJson(caseload), file);
    }

    /** As {@link #write(Caseload, Path)}, in {@code format}. */
    public void write(Caseload caseload, DatasetFormat format, Path file) {
        writeText(toJson(caseload, format), file);
    }

    /**
     * The document {@code json} with the {@code officerId} of each threat named in {@code officerByThreat}
     * replaced (null: no LRO), and every other key and value as it was, so that a planned file differs from
     * its source only where the plan moved a threat.
     */
    public String withOfficers(String json, Map<String, String> officerByThreat) {
        try {
            // Decimals as written, not as the nearest double.
            JsonNode root = DatasetJson.mapper().reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(json);
            for (JsonNode threat : root.path("threats")) {
                String id = threat.path("id").asText(null);
                if (threat instanceof ObjectNode object && id != null && officerByThreat.containsKey(id)) {
                    String officerId = officerByThreat.get(id);
                    if (officerId == null) {
                        object.putNull("officerId");
                    } else {
                        object.put("officerId", officerId);
                    }
                }
            }
            return DatasetJson.mapper().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /** As {@link #write(Caseload, Path)}, for a document already rendered. */
    public void writeText(String json, Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temporary, json, StandardCharsets.UTF_8);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every policy setting, as the current version of the format writes them. */
    static ObjectNode policy(Policy policy) {
        return policy(policy, true);
    }

    private static ObjectNode policy(Policy policy, boolean evidence) {
        ObjectNode node = object();
        putNumber(node, "nominalCapacityPoints", policy.nominalCapacityPoints());
        putNumber(node, "standardWeeklyHours", policy.standardWeeklyHours());
        ObjectNode points = node.putObject("pointsByPriority");
        new TreeMap<>(policy.pointsByPriority()).forEach((priority, p) -> putNumber(points, priority.toString(), p));
        ObjectNode skills = node.putObject("minSkillLevelByPriority");
        new TreeMap<>(policy.minSkillLevelByPriority()).forEach((priority, level) -> skills.put(priority.toString(), level));
        ObjectNode pip = node.putObject("minPipLevelByCategory");
        new TreeMap<>(policy.minPipLevelByCategory()).forEach(pip::put);
        ArrayNode trainee = node.putArray("traineePriorities");
        policy.traineePriorities().forEach(trainee::add);
        node.put("longAbsenceDays", policy.longAbsenceDays());
        putNumber(node, "amberLoadPercent", policy.amberLoadPercent());
        putNumber(node, "redLoadPercent", policy.redLoadPercent());
        putNumber(node, "moveCostPoints", policy.moveCostPoints());
        node.put("allowOverload", policy.allowOverload());
        if (evidence) {
            node.put("sustainedOverloadDays", policy.sustainedOverloadDays());
        }
        return node;
    }

    private static ObjectNode plan(ThreatPlan plan) {
        ObjectNode node = object();
        ArrayNode actions = node.putArray("actions");
        for (PlanAction action : plan.actions()) {
            ObjectNode item = actions.addObject();
            item.put("id", action.id());
            item.put("strand", action.strand().name());
            item.put("text", action.text());
            item.put("status", action.status().name());
            item.put("ownerId", action.ownerId());
            putDate(item, "due", action.due());
        }
        ArrayNode reviews = node.putArray("reviews");
        for (PlanReview review : plan.reviews()) {
            ObjectNode item = reviews.addObject();
            putDate(item, "on", review.on());
            item.put("outcome", review.outcome());
            item.put("reviewerId", review.reviewerId());
            putDate(item, "nextReviewDue", review.nextReviewDue());
        }
        return node;
    }

    private static ObjectNode mentoringSession(MentoringSession session) {
        ObjectNode node = object();
        node.put("mentorId", session.mentorId());
        node.put("menteeId", session.menteeId());
        putDate(node, "on", session.on());
        node.put("minutes", session.minutes());
        node.put("note", session.note());
        return node;
    }

    private static ObjectNode category(Category category) {
        ObjectNode node = object();
        node.put("code", category.code());
        node.put("name", category.name());
        return node;
    }

    private static ObjectNode course(Course course) {
        ObjectNode node = object();
        node.put("code", course.code());
        node.put("name", course.name());
        node.put("validMonths", course.validMonths());
        node.put("accreditsLro", course.accreditsLro());
        node.put("category", course.category());
        return node;
    }

    static ObjectNode officer(Officer officer) {
        ObjectNode node = object();
        node.put("id", officer.id());
        node.put("name", officer.name());
        node.put("rank", officer.rank());
        node.put("unit", officer.unit());
        node.put("area", officer.area());
        // The format has no null for weeklyHours: leaving it out is how it says "the standard week".
        if (officer.weeklyHours() != null) {
            putNumber(node, "weeklyHours", officer.weeklyHours());
        }
        node.put("pipLevel", officer.pipLevel());
        ObjectNode skills = node.putObject("skills");
        new TreeMap<>(officer.skills()).forEach(skills::put);
        node.put("mentorId", officer.mentorId());
        ArrayNode reductions = node.putArray("reductions");
        officer.reductions().forEach(r -> reductions.add(reduction(r)));
        ArrayNode absences = node.putArray("absences");
        officer.absences().forEach(a -> absences.add(absence(a)));
        node.put("active", officer.active());
        return node;
    }

    private static ObjectNode reduction(Reduction reduction) {
        ObjectNode node = object();
        node.put("reason", reduction.reason());
        putNumber(node, "percent", reduction.percent());
        putDate(node, "from", reduction.from());
        putDate(node, "until", reduction.until());
        return node;
    }

    /** The format's absence has no null reason: an absence without one leaves the field out. */
    private static ObjectNode absence(Absence absence) {
        ObjectNode node = object();
        putDate(node, "from", absence.from());
        putDate(node, "until", absence.until());
        if (absence.reason() != null) {
            node.put("reason", absence.reason());
        }
        return node;
    }

    static ObjectNode trainingRecord(TrainingRecord record) {
        ObjectNode node = object();
        node.put("officerId", record.officerId());
        node.put("courseCode", record.courseCode());
        putDate(node, "completedOn", record.completedOn());
        putDate(node, "expiresOn", record.expiresOn());
        return node;
    }

    static ObjectNode threat(Threat threat) {
        ObjectNode node = object();
        node.put("id", threat.id());
        node.put("name", threat.name());
        node.put("category", threat.category());
        node.put("priority", threat.priority());
        node.put("band", threat.band());
        putNumber(node, "riskScore", threat.riskScore());
        putNumber(node, "workloadPoints", threat.workloadPoints());
        node.put("minSkillLevel", threat.minSkillLevel());
        node.put("minPipLevel", threat.minPipLevel());
        node.put("area", threat.area());
        node.put("officerId", threat.officerId());
        node.put("pinned", threat.pinned());
        ArrayNode excluded = node.putArray("excludedOfficerIds");
        threat.excludedOfficerIds().forEach(excluded::add);
        node.put("status", threat.status().name());
        putDate(node, "adoptedOn", threat.adoptedOn());
        putDate(node, "nextReviewDue", threat.nextReviewDue());
        return node;
    }

    private static ObjectNode object() {
        return DatasetJson.mapper().createObjectNode();
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        node.set(field, DatasetJson.mapper().valueToTree(date));
    }

    /** Whole numbers are written without a fraction ({@code 30}, not {@code 30.0}), as people write them. */
    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, value.longValue());
        } else {
            node.put(field, value);
        }
    }
}
