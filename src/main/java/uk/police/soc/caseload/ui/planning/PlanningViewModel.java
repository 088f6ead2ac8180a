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
import java.util.Set;
import uk.police.soc.caseload.solver.MoveReasons;
import uk.police.soc.caseload.presentation.Explanations;
import uk.police.soc.caseload.solver.PlannedMove;
import uk.police.soc.caseload.solver.RunScope;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.solver.ThreatExplainer;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.FigureChange;
import uk.police.soc.caseload.ui.FigureChange.Unit;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.domain.LoadStatus;
import uk.police.soc.caseload.ui.OfficerWarnings;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * "Propose allocation": runs the planner in the background with live progress and a Stop, then holds the
 * result as a proposal — a list of moves with each officer's load before and after — until the user accepts it
 * (stored in one transaction) or rejects it (nothing stored).
 */
public class PlanningViewModel {

    /** Above this many moves, accepting asks first: a slip of the keyboard must not store a reshuffle. */
    public static final int CONFIRM_ABOVE_MOVES = 5;

    /** One proposed move as the table shows it, with the manager's tick (accepted unless unticked). */
    public static final class MoveRow {
        private final PlannedMove move;
        private final String threatName;
        private final String fromName;
        private final String toName;
        private final String why;
        private final String warning;
        private final BooleanProperty accepted = new SimpleBooleanProperty(true);

        public MoveRow(PlannedMove move, String threatName, String fromName, String toName, String why) {
            this(move, threatName, fromName, toName, why, "");
        }

        /** @param warning what to know about the new LRO in a few words (accreditation lapsing, absence soon) */
        public MoveRow(PlannedMove move, String threatName, String fromName, String toName, String why,
                String warning) {
            this.move = move;
            this.threatName = threatName;
            this.fromName = fromName;
            this.toName = toName;
            this.why = why;
            this.warning = warning;
        }

        /** What to know about the new LRO before accepting, e.g. "⚠ accreditation lapses 20/05/2022"; or empty. */
        public String warning() {
            return warning;
        }

        public PlannedMove move() {
            return move;
        }

        public String threatName() {
            return threatName;
        }

        public String fromName() {
            return fromName;
        }

        public String toName() {
            return toName;
        }

        /** Why the move is proposed, in a few words. */
        public String why() {
            return why;
        }

        public BooleanProperty acceptedProperty() {
            return accepted;
        }

        public boolean isAccepted() {
            return accepted.get();
        }
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
    private final BooleanProperty breachesOnly = new SimpleBooleanProperty(false);
    private final javafx.collections.ObservableSet<String> heldThreats = FXCollections.observableSet();
    private final javafx.collections.ObservableSet<String> heldOfficers = FXCollections.observableSet();
    private final ReadOnlyStringWrapper whyWorse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper acceptText = new ReadOnlyStringWrapper("Accept and store");
    private final ReadOnlyObjectWrapper<Proposal> ticked = new ReadOnlyObjectWrapper<>();

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

    /** The threats a run could move (active), for the "keep out" list. */
    public List<String> keepOutThreatChoices() {
        return List.copyOf(threatIds);
    }

    /** The active officers, for the "keep out" list. */
    public List<String> keepOutOfficerChoices() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return snapshot == null ? List.of() : snapshot.caseload().officers().stream().filter(Officer::active)
                .map(Officer::id).toList();
    }

    public String officerLabel(String officerId) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return snapshot == null ? officerId : uk.police.soc.caseload.presentation.Names.officer(snapshot.caseload(), officerId);
    }

    /** A threat as the explanation picker lists it: its name with the id beside it. */
    public String threatLabel(String threatId) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return snapshot == null ? threatId : uk.police.soc.caseload.presentation.Names.threat(snapshot.caseload(), threatId);
    }

    /** True: the next run only fixes rule breaches and unallocated threats, with the fewest moves. */
    public BooleanProperty breachesOnlyProperty() {
        return breachesOnly;
    }

    /** Threats the next run must leave where they are. */
    public javafx.collections.ObservableSet<String> heldThreats() {
        return heldThreats;
    }

    /** Officers the next run must leave alone: they keep their threats and get no others. */
    public javafx.collections.ObservableSet<String> heldOfficers() {
        return heldOfficers;
    }

    /** What is held out of the next run, in words; empty when nothing is. */
    public String heldText() {
        List<String> parts = new ArrayList<>();
        if (!heldThreats.isEmpty()) {
            parts.add(heldThreats.size() + (heldThreats.size() == 1 ? " threat" : " threats"));
        }
        if (!heldOfficers.isEmpty()) {
            parts.add(heldOfficers.size() + (heldOfficers.size() == 1 ? " officer" : " officers"));
        }
        return parts.isEmpty() ? "Nothing kept out" : "Kept out: " + String.join(", ", parts);
    }

    /** One sentence naming the figures the ticked moves make worse and why; empty when none does. */
    public ReadOnlyStringProperty whyWorseProperty() {
        return whyWorse.getReadOnlyProperty();
    }

    /** The accept button's words: how many of the proposed moves it stores. */
    public ReadOnlyStringProperty acceptTextProperty() {
        return acceptText.getReadOnlyProperty();
    }

    /** The ticked part of the proposal (what Accept stores), or null when there is no proposal. */
    public ReadOnlyObjectProperty<Proposal> tickedProperty() {
        return ticked.getReadOnlyProperty();
    }

    /** Ticks or unticks every proposed move. */
    public void tickAll(boolean accept) {
        updating = true;
        try {
            moves.forEach(row -> row.acceptedProperty().set(accept));
        } finally {
            updating = false;
        }
        updateTicked();
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
        RunScope scope = new RunScope(breachesOnly.get(), Set.copyOf(heldThreats), Set.copyOf(heldOfficers));
        if (scope.breachesOnly()) {
            progressText.set("Fixing rule breaches and unallocated threats with the fewest moves…");
        }
        // Only the newest plan is worth showing: when the FX thread falls behind, older ones are dropped.
        AtomicReference<Progress> newest = new AtomicReference<>();
        runner.run(() -> planner.plan(planned, scope, progress -> {
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

    /** Stores the ticked moves in one transaction, asking first when there are many. */
    public void accept() {
        Proposal result = ticked.get();
        if (result == null) {
            return;
        }
        int proposed = proposal.get().moves().size();
        if (result.moves().isEmpty()) {
            workspace.dialogs().showInfo("Nothing to accept", "No move is ticked: tick the moves to store.");
            return;
        }
        int count = result.moves().size();
        String what = count == proposed ? moves(count) + " of the proposal" : count + " of " + moves(proposed) + " proposed";
        if (count > CONFIRM_ABOVE_MOVES && !workspace.dialogs().confirm("Accept the proposal", "Store " + what + "?",
                confirmationDetails(result))) {
            return;
        }
        Map<String, String> changes = new java.util.LinkedHashMap<>(result.changes());
        // The store checks that nothing the plan touches changed since the run started (here or at another
        // desk); if something did, nothing is stored and the user may plan again from now.
        workspace.acceptPlan(changes, result.rationales(), "Accepted " + what, planned,
                () -> clearProposal("Accepted: " + moves(count) + " stored. Undo (Ctrl+Z) puts them back."),
                this::planAgainFromNow);
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

    private String confirmationDetails(Proposal part) {
        StringBuilder text = new StringBuilder();
        for (FigureChange row : figureRows(part.before(), part.after(), part.moves().size())) {
            if (row.better() != null) {
                text.append(row.figure()).append(": ").append(row.beforeText()).append(" → ").append(row.afterText())
                        .append(row.better() ? " (better)" : " (worse)").append('\n');
            }
        }
        if (!whyWorse.get().isEmpty()) {
            text.append(whyWorse.get()).append('\n');
        }
        return text.append("You can undo it afterwards (Planning → Undo, Ctrl+Z).").toString();
    }

    private static String moves(int count) {
        return count + (count == 1 ? " move" : " moves");
    }

    private void clearProposal(String message) {
        proposal.set(null);
        ticked.set(null);
        whyWorse.set("");
        acceptText.set("Accept and store");
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
        CaseloadAssessment assessment = new CaseloadAssessment(planned);
        Map<String, String> warnings = new java.util.HashMap<>();
        java.util.function.Function<String, String> warningsOf = OfficerWarnings.briefs(assessment);
        List<MoveRow> rows = result.moves().stream().map(m -> new MoveRow(m,
                planned.threat(m.threatId()).map(Threat::name).orElse(""),
                nameOf(officers, m.fromOfficerId()), nameOf(officers, m.toOfficerId()),
                why(MoveReasons.why(assessment, m)),
                m.toOfficerId() == null ? "" : warnings.computeIfAbsent(m.toOfficerId(),
                        warningsOf))).toList();
        rows.forEach(row -> row.acceptedProperty().addListener((obs, was, is) -> {
            if (!updating) {
                updateTicked();
            }
        }));
        moves.setAll(rows);
        updateTicked();
        progressText.set("Finished in " + seconds(result.elapsed()) + ".");
        summary.set(describe(result.moves().size()));
        explainSelected();
    }

    private boolean updating;

    /** The figures, officers and sentences of the ticked moves, recomputed as the manager ticks. */
    private void updateTicked() {
        Proposal result = proposal.get();
        if (result == null) {
            return;
        }
        Set<String> accepted = new java.util.HashSet<>();
        moves.stream().filter(MoveRow::isAccepted).forEach(row -> accepted.add(row.move().threatId()));
        Proposal part = accepted.size() == result.moves().size() ? result : result.partOf(planned, accepted);
        ticked.set(part);
        proposedAssessment = null;
        officerChanges.setAll(officerChanges(part, planned));
        figures.setAll(figureRows(part.before(), part.after(), part.moves().size()));
        whyWorse.set(ProposalWording.whyWorse(part.before(), part.after(), MoveReasons.of(planned, part),
                part != result));
        acceptText.set(part == result ? "Accept all " + moves(result.moves().size())
                : "Accept " + part.moves().size() + " of " + moves(result.moves().size()));
        explainSelected();
    }

    private static String why(MoveReasons.Why why) {
        return switch (why) {
            case BREACH_FIXED -> "rule breach";
            case UNALLOCATED_PLACED -> "had no LRO";
            case CHOSEN -> "balance";
        };
    }

    private static String nameOf(Map<String, Officer> officers, String id) {
        if (id == null) {
            return "no LRO";
        }
        Officer officer = officers.get(id);
        return officer == null ? id : uk.police.soc.caseload.presentation.Names.officer(officer);
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
        List<String> sentences = new ArrayList<>(Explanations.sentences(why, Explanations.Surface.APP));
        // What the Watch column says in a few words, in whole sentences for the threat chosen.
        if (why.officer() != null) {
            sentences.addAll(OfficerWarnings.of(assessment, why.officer().id()));
        }
        explanation.set(heading + "\n" + String.join("\n", sentences));
        recommendations.setAll(why.threat().isActive()
                ? Candidate.of(new Recommender(assessment).recommend(id), why, assessment) : List.of());
    }

    /** The caseload as the proposal would leave it, assessed once per proposal. */
    private CaseloadAssessment proposedAssessment() {
        if (proposedAssessment == null) {
            proposedAssessment = new CaseloadAssessment(ticked.get().applyTo(planned));
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
