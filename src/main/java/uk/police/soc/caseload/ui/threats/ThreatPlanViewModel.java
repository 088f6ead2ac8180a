package uk.police.soc.caseload.ui.threats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatPlan;
import uk.police.soc.caseload.report.words.Words;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The threat's page under the register: its 4P plan (actions by strand, reviews, health) and its LRO timeline,
 * with the commands a supervisor or LRO uses on it (mark an action done, record a review).
 */
public class ThreatPlanViewModel {

    /** One action as the plan table shows it, names beside ids. */
    public record ActionRow(PlanAction action, String strand, String status, String owner, String due,
            boolean overdue) {
    }

    private final WorkspaceViewModel workspace;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Select a threat to see its 4P plan");
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasThreat = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<String> reviews = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private ThreatRow row;

    public ThreatPlanViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasThreatProperty() {
        return hasThreat.getReadOnlyProperty();
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public ObservableList<String> reviews() {
        return reviews;
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    /** Shows the threat of {@code selected} (null: none) as the snapshot has it. */
    public void show(ThreatRow selected) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        row = selected;
        actions.clear();
        reviews.clear();
        timeline.clear();
        if (selected == null || snapshot == null) {
            title.set("Select a threat to see its 4P plan and who has led it");
            health.set("");
            hasThreat.set(false);
            return;
        }
        hasThreat.set(true);
        Threat threat = selected.threat();
        Map<String, Officer> officers = snapshot.caseload().officersById();
        title.set(threat.name() + " (" + threat.id() + "), led by "
                + Words.officer(officers.get(threat.officerId()), threat.officerId()));
        health.set(selected.planHealth() == null ? "Archived: its plan is not judged."
                : "4P plan: " + selected.planText() + (threat.nextReviewDue() == null ? ""
                        : "; next review due " + Formats.date(threat.nextReviewDue())));
        ThreatPlan plan = snapshot.caseload().plan(threat.id());
        for (PlanAction action : plan.actions()) {
            actions.add(new ActionRow(action, Words.strand(action.strand()), capitalised(action.status().name()),
                    action.ownerId() == null ? "" : Words.officer(officers.get(action.ownerId()), action.ownerId()),
                    action.due() == null ? "" : Formats.date(action.due()),
                    action.isOverdueOn(snapshot.caseload().asOf())));
        }
        for (PlanReview review : plan.reviews()) {
            reviews.add(Formats.date(review.on()) + "  " + (review.outcome().isEmpty() ? "(no outcome recorded)"
                    : review.outcome()) + (review.reviewerId() == null ? ""
                            : "  by " + Words.officer(officers.get(review.reviewerId()), review.reviewerId()))
                    + (review.nextReviewDue() == null ? "" : "; next " + Formats.date(review.nextReviewDue())));
        }
        for (AllocationChange change : snapshot.historyOfThreat(threat.id())) {
            timeline.add(timelineLine(change, officers));
        }
        if (timeline.isEmpty()) {
            timeline.add("No change of LRO recorded yet.");
        }
    }

    /** "01/03/2022 09:00  no LRO → DS Amy Clarke (E2041)  Import  (os:root)". */
    public static String timelineLine(AllocationChange change, Map<String, Officer> officers) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        return when.format(change.at()) + "  " + Words.officer(officers.get(change.fromOfficerId()),
                change.fromOfficerId()) + " → " + Words.officer(officers.get(change.toOfficerId()),
                change.toOfficerId()) + "  " + Words.reason(change.reason())
                + (change.rationale() == null ? "" : ": " + change.rationale()) + "  (" + change.user() + ")";
    }

    /** Marks an open action done; the plan's other actions stay as they are. */
    public void markDone(ActionRow selected) {
        if (row == null || selected == null || selected.action().status() != ActionStatus.OPEN) {
            return;
        }
        CaseloadSnapshot snapshot = workspace.snapshot();
        List<PlanAction> next = new ArrayList<>();
        for (PlanAction action : snapshot.caseload().plan(row.id()).actions()) {
            next.add(action.id().equals(selected.action().id()) ? new PlanAction(action.id(), action.strand(),
                    action.text(), ActionStatus.DONE, action.ownerId(), action.due()) : action);
        }
        workspace.savePlanActions(row.id(), next, snapshot.caseload(),
                "Marked " + row.id() + " action " + selected.action().id() + " done");
    }

    /** Asks for the review and records it. */
    public void recordReview() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (row == null || snapshot == null) {
            return;
        }
        workspace.dialogs().askReview(row.threat().name() + " (" + row.id() + ")", snapshot.caseload().officers(),
                snapshot.caseload().asOf())
                .ifPresent(review -> workspace.recordReview(row.id(), review, snapshot.caseload()));
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
