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
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;
import uk.police.soc.caseload.ui.planning.Candidate;
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
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper candidatesHint = new ReadOnlyStringWrapper("");
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

    /**
     * Who could lead the threat instead of its LRO, best first as the recommender ranks them (load % before →
     * after, the overload each adds); for a threat nobody may lead, the nearest officers and the rules they fail.
     * Empty for an archived threat.
     */
    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    /** One sentence over the ranked list saying what it is, or why it is empty. */
    public ReadOnlyStringProperty candidatesHintProperty() {
        return candidatesHint.getReadOnlyProperty();
    }

    /** Moves the threat to {@code candidate} through the move preview (nothing changes unless confirmed). */
    public void assign(Candidate candidate) {
        if (row != null && candidate != null) {
            AllocationBoardViewModel.confirmAndMove(workspace, row.id(), candidate.officerId());
        }
    }

    /** Shows the threat of {@code selected} (null: none) as the snapshot has it. */
    public void show(ThreatRow selected) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        row = selected;
        actions.clear();
        reviews.clear();
        timeline.clear();
        candidates.clear();
        candidatesHint.set("");
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
        rankCandidates(snapshot, threat);
    }

    private void rankCandidates(CaseloadSnapshot snapshot, Threat threat) {
        if (!threat.isActive()) {
            candidatesHint.set("Archived: it is not planned.");
            return;
        }
        var assessment = snapshot.assessment();
        candidates.setAll(Candidate.of(new Recommender(assessment).recommend(threat.id()),
                new ThreatExplainer(assessment).explain(threat.id()), assessment).stream()
                .filter(c -> !c.officerId().equals(threat.officerId())).toList());
        boolean nobodyMay = !candidates.isEmpty() && !candidates.get(0).eligible();
        candidatesHint.set(candidates.isEmpty() ? "No other officer may lead it."
                : nobodyMay ? "Nobody may lead it: the nearest officers, and the rules each fails."
                : "Best first for the whole plan; Assign previews the move before anything changes.");
    }

    /** "01/03/2022 09:00  no LRO → DS Amy Clarke (E2041)  Import  (os:root)". */
    public static String timelineLine(AllocationChange change, Map<String, Officer> officers) {
        return when(change) + "  " + Words.officer(officers.get(change.fromOfficerId()),
                change.fromOfficerId()) + " → " + Words.officer(officers.get(change.toOfficerId()),
                change.toOfficerId()) + "  " + Words.reason(change.reason())
                + (change.rationale() == null ? "" : ": " + change.rationale()) + "  (" + change.user() + ")";
    }

    /** When a change of LRO was committed, on this desk's clock: "01/03/2022 09:00". */
    public static String when(AllocationChange change) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(change.at());
    }

    /** Marks an open action done; the plan's other actions stay as they are. */
    public void markDone(ActionRow selected) {
        if (row == null || selected == null || selected.action().status() != ActionStatus.OPEN) {
            return;
        }
        CaseloadSnapshot snapshot = workspace.snapshot();
        PlanAction action = selected.action();
        List<PlanAction> next = replaced(snapshot, action.id(), new PlanAction(action.id(), action.strand(),
                action.text(), ActionStatus.DONE, action.ownerId(), action.due()));
        workspace.savePlanActions(row.id(), next, snapshot.caseload(),
                "Marked " + row.id() + " action " + selected.action().id() + " done");
    }

    /** Asks for a new action (strand, text, owner, due) and adds it to the plan. */
    public void addAction() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (row == null || snapshot == null) {
            return;
        }
        List<PlanAction> current = snapshot.caseload().plan(row.id()).actions();
        PlanAction blank = new PlanAction(nextActionId(current), null, null, ActionStatus.OPEN, null, null);
        workspace.dialogs().askPlanAction(threatWords(), blank, owners(snapshot)).ifPresent(added -> {
            List<PlanAction> next = new ArrayList<>(current);
            next.add(added);
            workspace.savePlanActions(row.id(), next, snapshot.caseload(),
                    "Added action " + added.id() + " to the 4P plan of " + row.id());
        });
    }

    /** Asks for the selected action's new strand, text, status, owner or due date, and saves it. */
    public void editAction(ActionRow selected) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (row == null || snapshot == null || selected == null) {
            return;
        }
        workspace.dialogs().askPlanAction(threatWords(), selected.action(), owners(snapshot)).ifPresent(edited ->
                workspace.savePlanActions(row.id(), replaced(snapshot, selected.action().id(), edited),
                        snapshot.caseload(), "Changed action " + edited.id() + " of the 4P plan of " + row.id()));
    }

    /**
     * Removes an action entered by mistake (after confirming); an action that will not happen is better marked
     * dropped, which keeps the record.
     */
    public void removeAction(ActionRow selected) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (row == null || snapshot == null || selected == null) {
            return;
        }
        if (!workspace.dialogs().confirm("Remove a 4P action", "Remove action " + selected.action().id() + " of "
                + threatWords() + "?", "Removing leaves no record of it: to keep the record of an action that will"
                + " not happen, edit it and set its status to Dropped instead.")) {
            return;
        }
        List<PlanAction> next = new ArrayList<>(snapshot.caseload().plan(row.id()).actions());
        next.removeIf(a -> a.id().equals(selected.action().id()));
        workspace.savePlanActions(row.id(), next, snapshot.caseload(),
                "Removed action " + selected.action().id() + " from the 4P plan of " + row.id());
    }

    /** A1, A2, …: one past the highest number used by an id of that form, so an id is never reused. */
    static String nextActionId(List<PlanAction> actions) {
        int highest = 0;
        for (PlanAction action : actions) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("A(\\d{1,6})").matcher(action.id());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return "A" + (highest + 1);
    }

    private List<PlanAction> replaced(CaseloadSnapshot snapshot, String id, PlanAction edited) {
        List<PlanAction> next = new ArrayList<>();
        for (PlanAction action : snapshot.caseload().plan(row.id()).actions()) {
            next.add(action.id().equals(id) ? edited : action);
        }
        return next;
    }

    private String threatWords() {
        return uk.police.soc.caseload.presentation.Names.threat(row.threat());
    }

    /** Who may own an action: the active officers. */
    private static List<Officer> owners(CaseloadSnapshot snapshot) {
        return snapshot.caseload().officers().stream().filter(Officer::active).toList();
    }

    /** Asks for the review and records it. */
    public void recordReview() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (row == null || snapshot == null) {
            return;
        }
        workspace.dialogs().askReview(threatWords(), snapshot.caseload().officers(),
                snapshot.caseload().asOf())
                .ifPresent(review -> workspace.recordReview(row.id(), review, snapshot.caseload()));
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
