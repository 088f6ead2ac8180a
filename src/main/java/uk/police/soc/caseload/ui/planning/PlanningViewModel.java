package uk.police.soc.caseload.ui.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.presentation.Explanations;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.FigureChange;
import uk.police.soc.caseload.ui.FigureChange.Unit;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.LoadStatus;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * "Propose allocation": runs the planner in the background with live progress and a Stop, then holds the
 * result as a proposal — a list of moves with each officer's load before and after — until the user accepts it
 * (stored in one transaction) or rejects it (nothing stored).
 */
public class PlanningViewModel {

    /** One proposed move as the table shows it. */
    public record MoveRow(PlannedMove move, String threatName, String fromName, String toName) {
    }

    /**
     * One officer the proposal touches, before and after the whole proposal. Capacity does not depend on the
     * allocation, so it shows once.
     */
    public record OfficerChangeRow(String officerId, String name, double capacity, double loadBefore,
            double loadAfter, double percentBefore, double percentAfter, LoadStatus statusBefore,
            LoadStatus statusAfter, int gained, int lost) {

        /** "+2 / −1": threats the officer takes on and gives away. */
        public String gainedLost() {
            return "+" + gained + " / −" + lost;
        }
    }

    private final WorkspaceViewModel workspace;
    private final BackgroundRunner runner;
    private final Consumer<Runnable> uiThread;
    private final Function<Duration, Planner> planners;

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Proposal> proposal = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MoveRow> moves = FXCollections.observableArrayList();
    private final ObservableList<OfficerChangeRow> officerChanges = FXCollections.observableArrayList();
    private final ObservableList<FigureChange> figures = FXCollections.observableArrayList();
    private final IntegerProperty budgetSeconds = new SimpleIntegerProperty(30);
    private final ObjectProperty<String> selectedThreatId = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ObservableList<Candidate> recommendations = FXCollections.observableArrayList();
    private final ObservableList<String> threatIds = FXCollections.observableArrayList();

    private Planner current;
    private long startedNanos;
    private Caseload planned;
    private long runGeneration;
    private CaseloadAssessment proposedAssessment;

    public PlanningViewModel(WorkspaceViewModel workspace, BackgroundRunner runner, Consumer<Runnable> uiThread,
            Function<Duration, Planner> planners) {
        this.workspace = workspace;
        this.runner = runner;
        this.uiThread = uiThread;
        this.planners = planners;
        selectedThreatId.addListener((obs, old, id) -> explainSelected());
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> {
            updateThreatIds(snapshot);
            explainSelected();
            if (planAgainOnNextSnapshot) {
                planAgainOnNextSnapshot = false;
                propose();
            }
        });
        updateThreatIds(workspace.snapshot());
    }

    /** Set when a refused proposal is to be planned again from the caseload the next refresh reads. */
    private boolean planAgainOnNextSnapshot;

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Proposal> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ObservableList<MoveRow> moves() {
        return moves;
    }

    /** The officers the proposal touches: load before → after the whole proposal, threats gained and lost. */
    public ObservableList<OfficerChangeRow> officerChanges() {
        return officerChanges;
    }

    /** The plan figures before → after, in the policy's order. */
    public ObservableList<FigureChange> figures() {
        return figures;
    }

    public IntegerProperty budgetSecondsProperty() {
        return budgetSeconds;
    }

    public ObjectProperty<String> selectedThreatIdProperty() {
        return selectedThreatId;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ObservableList<Candidate> recommendations() {
        return recommendations;
    }

    public ObservableList<String> threatIds() {
        return threatIds;
    }

    /** Starts a run on the caseload as it stands on the planning date. */
    public void propose() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (running.get() || snapshot == null || snapshot.isEmpty()) {
            return;
        }
        reject();
        long generation = ++runGeneration;
        Planner planner = planners.apply(Duration.ofSeconds(Math.max(1, budgetSeconds.get())));
        current = planner;
        planned = snapshot.caseload();
        startedNanos = System.nanoTime();
        running.set(true);
        progressText.set("Starting from the greedy baseline…");
        summary.set("");
        updateElapsed();
        // Only the newest plan is worth showing: when the FX thread falls behind, older ones are dropped.
        AtomicReference<Progress> newest = new AtomicReference<>();
        runner.run(() -> planner.plan(planned, progress -> {
                    if (newest.getAndSet(progress) == null) {
                        uiThread.accept(() -> showProgress(generation, newest.getAndSet(null)));
                    }
                }),
                result -> finished(generation, result),
                error -> {
                    if (generation == runGeneration) {
                        running.set(false);
                        progressText.set("The planner failed: " + error.getMessage());
                        workspace.dialogs().showError("The planner failed",
                                error.getMessage() == null ? error.toString() : error.getMessage());
                    }
                });
    }

    /** Stops the run; the best plan found so far becomes the proposal. */
    public void stop() {
        if (current != null && running.get()) {
            progressText.set("Stopping…");
            current.stop();
        }
    }

    /** Stores the proposal's moves in one transaction. */
    public void accept() {
        Proposal result = proposal.get();
        if (result == null) {
            return;
        }
        Map<String, String> changes = new java.util.LinkedHashMap<>(result.changes());
        // The store checks that nothing the plan touches changed since the run started (here or at another
        // desk); if something did, nothing is stored and the user may plan again from now.
        workspace.acceptPlan(changes, result.rationales(), "Accepted the proposal: " + changes.size() + " moves",
                planned,
                () -> clearProposal("Accepted: " + changes.size() + " moves stored."), this::planAgainFromNow);
    }

    /** Plans again once the caseload as it is now has been read. */
    private void planAgainFromNow() {
        clearProposal("The proposal was not stored; planning again from the data as it is now.");
        planAgainOnNextSnapshot = true;
        workspace.refresh();
    }

    public void reject() {
        if (proposal.get() != null) {
            clearProposal("Proposal rejected; nothing was stored.");
        }
    }

    /** Called by the view's clock while a run goes on. */
    public void updateElapsed() {
        if (running.get()) {
            elapsedText.set(seconds(Duration.ofNanos(System.nanoTime() - startedNanos)) + " of "
                    + budgetSeconds.get() + " s");
        }
    }

    private void clearProposal(String message) {
        proposal.set(null);
        proposedAssessment = null;
        moves.clear();
        officerChanges.clear();
        figures.clear();
        summary.set(message);
        explainSelected();
    }

    private void showProgress(long generation, Progress progress) {
        if (progress == null || generation != runGeneration || !running.get()) {
            return;
        }
        progressText.set(String.format("Best so far after %s: %d hard violations · unallocated weight %s · "
                        + "overload %s points · balance with moves %s",
                seconds(progress.elapsed()), progress.hardViolations(), Formats.points(progress.unallocatedWeight()),
                Formats.points(progress.overloadPoints()), Formats.points(progress.balanceAndMoves())));
        updateElapsed();
    }

    private void finished(long generation, Proposal result) {
        if (generation != runGeneration) {
            return;
        }
        running.set(false);
        current = null;
        proposedAssessment = null;
        proposal.set(result);
        Map<String, Officer> officers = planned.officersById();
        moves.setAll(result.moves().stream().map(m -> new MoveRow(m,
                planned.threat(m.threatId()).map(Threat::name).orElse(""),
                nameOf(officers, m.fromOfficerId()), nameOf(officers, m.toOfficerId()))).toList());
        officerChanges.setAll(officerChanges(result, planned));
        figures.setAll(figureRows(result.before(), result.after(), result.moves().size()));
        progressText.set("Finished in " + seconds(result.elapsed()) + ".");
        summary.set(describe(result.moves().size()));
        explainSelected();
    }

    private static String nameOf(Map<String, Officer> officers, String id) {
        if (id == null) {
            return "no LRO";
        }
        Officer officer = officers.get(id);
        return officer == null || officer.name() == null ? id : id + " " + officer.name();
    }

    static String describe(int moveCount) {
        if (moveCount == 0) {
            return "The planner found nothing better than the allocation as it stands: no moves.";
        }
        return moveCount + (moveCount == 1 ? " move" : " moves")
                + " proposed. Nothing is stored until you accept.";
    }

    /** Every officer who gains or loses a threat, most loaded after the proposal first. */
    static List<OfficerChangeRow> officerChanges(Proposal result, Caseload caseload) {
        Map<String, Integer> gained = new java.util.HashMap<>();
        Map<String, Integer> lost = new java.util.HashMap<>();
        for (PlannedMove move : result.moves()) {
            if (move.toOfficerId() != null) {
                gained.merge(move.toOfficerId(), 1, Integer::sum);
            }
            if (move.fromOfficerId() != null) {
                lost.merge(move.fromOfficerId(), 1, Integer::sum);
            }
        }
        Map<String, OfficerLoad> before = new java.util.HashMap<>();
        result.before().officers().forEach(l -> before.put(l.officerId(), l));
        Map<String, Officer> officers = caseload.officersById();
        Policy policy = caseload.policy();
        List<OfficerChangeRow> rows = new ArrayList<>();
        for (OfficerLoad after : result.after().officers()) {
            String id = after.officerId();
            if (!gained.containsKey(id) && !lost.containsKey(id)) {
                continue;
            }
            OfficerLoad was = before.getOrDefault(id, after);
            Officer officer = officers.get(id);
            rows.add(new OfficerChangeRow(id, officer == null || officer.name() == null ? "" : officer.name(),
                    after.capacity(), was.load(), after.load(), was.loadPercent(), after.loadPercent(),
                    LoadStatus.of(was.loadPercent(), policy), LoadStatus.of(after.loadPercent(), policy),
                    gained.getOrDefault(id, 0), lost.getOrDefault(id, 0)));
        }
        rows.sort(Comparator.comparingDouble(OfficerChangeRow::percentAfter).reversed()
                .thenComparing(OfficerChangeRow::officerId));
        return rows;
    }

    /** Before → after for the figures a manager weighs, in the policy's order; lower is better for each. */
    static List<FigureChange> figureRows(PlanFigures before, PlanFigures after, int moveCount) {
        return List.of(
                FigureChange.of("hardViolations", "Hard violations", before.hardViolations(), after.hardViolations(),
                        Unit.COUNT),
                FigureChange.of("unallocated", "Unallocated threats", before.unallocated().size(),
                        after.unallocated().size(), Unit.COUNT),
                FigureChange.of("overloadPoints", "Overload (points)", before.overloadPoints(), after.overloadPoints(),
                        Unit.POINTS),
                FigureChange.of("peakLoadPercent", "Peak load", before.peakLoadPercent(), after.peakLoadPercent(),
                        Unit.PERCENT),
                FigureChange.of("balance", "Balance (lower is fairer)", before.balance(), after.balance(), Unit.POINTS),
                new FigureChange("moves", "Moves", 0, moveCount, Unit.COUNT, false),
                FigureChange.of("officersOverCapacity", "Officers over capacity", before.officersOverCapacity(),
                        after.officersOverCapacity(), Unit.COUNT),
                FigureChange.of("officersOverloaded", "Officers overloaded", before.officersOverloaded(),
                        after.officersOverloaded(), Unit.COUNT));
    }

    private void explainSelected() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        String id = selectedThreatId.get();
        if (snapshot == null || id == null || snapshot.caseload().threat(id).isEmpty()) {
            explanation.set("Select a threat to see why it sits where it does and who else could lead it.");
            recommendations.clear();
            return;
        }
        CaseloadAssessment assessment = proposal.get() == null ? snapshot.assessment() : proposedAssessment();
        String heading = proposal.get() == null ? "Now:" : "Under the proposal:";
        ThreatExplainer.Explanation why = new ThreatExplainer(assessment).explain(id);
        explanation.set(heading + "\n" + String.join("\n", Explanations.sentences(why, Explanations.Surface.APP)));
        recommendations.setAll(why.threat().isActive()
                ? Candidate.of(new Recommender(assessment).recommend(id), why) : List.of());
    }

    /** The caseload as the proposal would leave it, assessed once per proposal. */
    private CaseloadAssessment proposedAssessment() {
        if (proposedAssessment == null) {
            proposedAssessment = new CaseloadAssessment(proposal.get().applyTo(planned));
        }
        return proposedAssessment;
    }

    private void updateThreatIds(CaseloadSnapshot snapshot) {
        if (snapshot == null) {
            threatIds.clear();
            return;
        }
        threatIds.setAll(snapshot.caseload().threats().stream().filter(Threat::isActive).map(Threat::id).toList());
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.UK, "%.1f s", duration.toMillis() / 1000.0);
    }
}
