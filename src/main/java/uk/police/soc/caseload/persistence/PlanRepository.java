package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Strand;
import uk.police.soc.caseload.domain.ThreatPlan;

/** The 4P plans of threats: actions and reviews, each in the order recorded. A plan is replaced whole. */
public final class PlanRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    PlanRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    /** Every non-empty plan by threat id, in the register's order. */
    public Map<String, ThreatPlan> findAll() throws SQLException {
        Map<String, List<PlanAction>> actions = new LinkedHashMap<>();
        Jdbc.query(connection, "SELECT a.* FROM plan_action a JOIN threat t ON t.id = a.threat_id"
                + " ORDER BY t.ordinal, a.ordinal", row -> actions
                .computeIfAbsent(row.getString("threat_id"), id -> new ArrayList<>())
                .add(new PlanAction(row.getString("action_id"), Strand.valueOf(row.getString("strand")),
                        row.getString("action_text"), ActionStatus.valueOf(row.getString("status")),
                        row.getString("owner_id"), row.getObject("due", LocalDate.class))));
        Map<String, List<PlanReview>> reviews = new LinkedHashMap<>();
        Jdbc.query(connection, "SELECT r.* FROM plan_review r JOIN threat t ON t.id = r.threat_id"
                + " ORDER BY t.ordinal, r.ordinal", row -> reviews
                .computeIfAbsent(row.getString("threat_id"), id -> new ArrayList<>())
                .add(new PlanReview(row.getObject("reviewed_on", LocalDate.class), row.getString("outcome"),
                        row.getString("reviewer_id"), row.getObject("next_review_due", LocalDate.class))));
        Map<String, ThreatPlan> plans = new LinkedHashMap<>();
        actions.keySet().forEach(id -> plans.put(id, null));
        reviews.keySet().forEach(id -> plans.put(id, null));
        plans.replaceAll((id, none) -> new ThreatPlan(actions.get(id), reviews.get(id)));
        return plans;
    }

    /**
     * Replaces the threat's plan whole (an empty plan removes it). Its rows are written anew, one version past the
     * highest the plan had, stamped with who saved it and when.
     */
    public void replace(String threatId, ThreatPlan plan) throws SQLException {
        long version = 1 + Jdbc.query(connection, "SELECT COALESCE(MAX(version), 0) FROM plan_action WHERE threat_id = ?"
                + " UNION ALL SELECT COALESCE(MAX(version), 0) FROM plan_review WHERE threat_id = ?",
                row -> row.getLong(1), threatId, threatId).stream().mapToLong(Long::longValue).max().orElse(0);
        Jdbc.update(connection, "DELETE FROM plan_action WHERE threat_id = ?", threatId);
        Jdbc.update(connection, "DELETE FROM plan_review WHERE threat_id = ?", threatId);
        for (int i = 0; i < plan.actions().size(); i++) {
            PlanAction action = plan.actions().get(i);
            Jdbc.update(connection, "INSERT INTO plan_action (threat_id, action_id, ordinal, strand, action_text,"
                    + " status, owner_id, due, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    threatId, action.id(), i, action.strand().name(), action.text(), action.status().name(),
                    action.ownerId(), action.due(), version, stamp.by(), stamp.atUtc());
        }
        for (int i = 0; i < plan.reviews().size(); i++) {
            PlanReview review = plan.reviews().get(i);
            Jdbc.update(connection, "INSERT INTO plan_review (threat_id, ordinal, reviewed_on, outcome, reviewer_id,"
                    + " next_review_due, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", threatId,
                    i, review.on(), review.outcome(), review.reviewerId(), review.nextReviewDue(), version, stamp.by(),
                    stamp.atUtc());
        }
    }

    /** The plan's version: its rows' highest, with who saved it last and when; empty when it has no rows. */
    public java.util.Optional<RecordVersion> version(String threatId) throws SQLException {
        return Jdbc.query(connection, "SELECT version, changed_by, changed_at FROM plan_action WHERE threat_id = ?"
                        + " UNION ALL SELECT version, changed_by, changed_at FROM plan_review WHERE threat_id = ?",
                row -> new RecordVersion(row.getLong(1), row.getString(2), Jdbc.instant(row, 3)), threatId, threatId)
                .stream().max(java.util.Comparator.comparingLong(RecordVersion::number));
    }

    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM plan_action");
        Jdbc.update(connection, "DELETE FROM plan_review");
    }
}
