package uk.police.soc.caseload.ui.scenarios;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.dataset.ChangesReader;
import uk.police.soc.caseload.dataset.ChangesWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.PolicyPatch;
import uk.police.soc.caseload.domain.scenario.Scenario;
import uk.police.soc.caseload.presentation.PolicyWords;
import uk.police.soc.caseload.solver.Progress;
import uk.police.soc.caseload.solver.Proposal;
import uk.police.soc.caseload.solver.whatif.WhatIf;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Screen;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.planning.Planner;

/**
 * The Scenarios screen: a manager builds a list of changes by hand (a hypothetical LRO, a course passed, an
 * absence, an officer leaving, a new threat, an archived one, any policy setting a changes file may set), sees
 * the plan figures before, after and planned side by side with each officer's load %, and runs the planner on
 * the result in the background with progress and Stop. Saved scenarios are compared two at a time, figures and
 * each officer's load % side by side. Nothing stored changes, except a scenario saved by name.
 */
public class ScenariosViewModel {

    /** The kinds of change the form builds; each names the fields it uses. */
    public enum Kind {
        HYPOTHETICAL_LRO("A hypothetical accredited LRO"),
        COURSE_PASSED("A course passed"),
        ABSENCE("An absence"),
        OFFICER_LEAVES("An officer leaves"),
        NEW_THREAT("A new threat"),
        ARCHIVE_THREAT("A threat archived"),
        POLICY("A policy setting changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One plan figure in the three columns. */
    public record FigureRow(String figure, String before, String after, String planned) {
    }

    /** One officer's load % in the three columns. */
    public record LoadRow(String officerId, String name, String before, String after, String planned) {
    }

    /** One plan figure of two saved scenarios: as the caseload stands, and after each one's changes. */
    public record ComparisonRow(String figure, String before, String firstAfter, String secondAfter) {
    }

    /** One officer's load % as the caseload stands and after each of two saved scenarios. */
    public record LoadComparisonRow(String officerId, String name, String before, String firstAfter,
            String secondAfter) {
    }

    /** How many plan figures the tables show (so a view can show them all at once). */
    public static final int FIGURE_ROWS = 10;

    /** Written where an officer is not on a caseload: one a scenario adds, seen before or in the other. */
    public static final String NOT_THERE = "—";

    private final WorkspaceViewModel workspace;
    private final BackgroundRunner runner;
    private final Consumer<Runnable> uiThread;
    private final Function<Duration, Planner> planners;

    private final ObservableList<CaseloadChange> changes = FXCollections.observableArrayList();
    private final ObservableList<String> changeTexts = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<LoadRow> loads = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final IntegerProperty budgetSeconds = new SimpleIntegerProperty(10);

    // The form.
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.HYPOTHETICAL_LRO);
    private final StringProperty newId = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<Course> course = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Threat> threat = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final IntegerProperty priority = new SimpleIntegerProperty(2);
    private final IntegerProperty skill = new SimpleIntegerProperty(3);
    private final ObjectProperty<String> policySetting = new SimpleObjectProperty<>("redLoadPercent");
    private final StringProperty policyValue = new SimpleStringProperty("");
    private final BooleanProperty policyAllowOverload = new SimpleBooleanProperty(true);

    private final StringProperty scenarioName = new SimpleStringProperty("");
    private final ObservableList<Scenario> saved = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<LoadComparisonRow> loadComparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper firstName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondName = new ReadOnlyStringWrapper("");
    /** The version of the saved scenario the changes were opened from (0: not saved yet). */
    private long openedVersion;

    private WhatIf whatIf;
    /** The caseload the figures shown were worked out on, and the changes tried on it. */
    private Caseload triedOn;
    private List<CaseloadChange> triedChanges = List.of();
    private Proposal planned;
    private Planner current;
    private long generation;

    public ScenariosViewModel(WorkspaceViewModel workspace, BackgroundRunner runner, Consumer<Runnable> uiThread,
            Function<Duration, Planner> planners) {
        this.workspace = workspace;
        this.runner = runner;
        this.uiThread = uiThread;
        this.planners = planners;
        // Worked out while the screen is shown (or once changes exist), not on every refresh of other screens.
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> recomputeIfShown());
        workspace.screenProperty().addListener((obs, old, screen) -> recomputeIfShown());
        // The value field starts from the setting as it stands, with the scenario's earlier changes.
        policySetting.addListener((obs, old, field) -> fillPolicyValue());
        kind.addListener((obs, old, chosen) -> {
            if (chosen == Kind.POLICY) {
                fillPolicyValue();
            }
        });
        recomputeIfShown();
    }

    private void recomputeIfShown() {
        // A refresh that brings the same caseload (a scenario saved, an audit entry written) changes nothing
        // here: the planned column and a run in progress stay.
        if ((workspace.screenProperty().get() == Screen.SCENARIOS || !changes.isEmpty())
                && !(caseload() != null && caseload().equals(triedOn) && triedChanges.equals(changes))) {
            recompute();
        }
    }

    public ObservableList<CaseloadChange> changes() {
        return changes;
    }

    /** Each change in words, as the list shows it. */
    public ObservableList<String> changeTexts() {
        return changeTexts;
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObservableList<LoadRow> loads() {
        return loads;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public IntegerProperty budgetSecondsProperty() {
        return budgetSeconds;
    }

    public StringProperty scenarioNameProperty() {
        return scenarioName;
    }

    /** The scenarios saved in the store, by name. */
    public ObservableList<Scenario> saved() {
        return saved;
    }

    /** Two saved scenarios side by side: the figures before (the same under both) and after each. */
    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    /** Each officer's load % before and after each of the two scenarios compared, names beside ids. */
    public ObservableList<LoadComparisonRow> loadComparison() {
        return loadComparison;
    }

    public ReadOnlyStringProperty comparisonTitleProperty() {
        return comparisonTitle.getReadOnlyProperty();
    }

    /** The name of the first scenario compared, for its columns' headings. */
    public ReadOnlyStringProperty firstNameProperty() {
        return firstName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secondNameProperty() {
        return secondName.getReadOnlyProperty();
    }

    /** Reads the saved scenarios from the store, in the background. */
    public void loadSaved() {
        runner.run(() -> workspace.service().scenarios(), saved::setAll,
                failure -> problems.set("The saved scenarios could not be read: " + failure.getMessage()));
    }

    /** Saves the changes under the name given, in the store; a name another desk saved since is refused. */
    public void save() {
        String name = scenarioName.get() == null ? "" : scenarioName.get().strip();
        if (name.isEmpty()) {
            problems.set("Give the scenario a name to save it under.");
            return;
        }
        Scenario scenario = new Scenario(name, List.copyOf(changes), openedVersion);
        runner.run(() -> {
            workspace.service().saveScenario(scenario);
            return workspace.service().scenarios();
        }, list -> {
            saved.setAll(list);
            openedVersion = list.stream().filter(s -> s.name().equals(name)).mapToLong(Scenario::version)
                    .findFirst().orElse(0);
            progress.set("Saved as \"" + name + "\".");
        }, failure -> problems.set(failure instanceof InvalidInputException invalid
                ? "Not saved: " + problemLines(invalid, scenario.changes())
                : "Not saved: " + failure.getMessage()));
    }

    /** Deletes a saved scenario from the store (the role allowing it is checked there). */
    public void delete(Scenario scenario) {
        if (scenario == null || !workspace.dialogs().confirm("Delete scenario", "Delete the saved scenario \""
                + scenario.name() + "\"?", "It is deleted for everyone using this database. The caseload does not"
                + " change.")) {
            return;
        }
        runner.run(() -> {
            workspace.service().deleteScenario(scenario.name());
            return workspace.service().scenarios();
        }, list -> {
            saved.setAll(list);
            if (scenario.name().equals(scenarioName.get())) {
                openedVersion = 0;
            }
            progress.set("Deleted \"" + scenario.name() + "\".");
        }, failure -> problems.set("Not deleted: " + failure.getMessage()));
    }

    /** Opens a saved scenario: its changes replace the list, to try again or change and save. */
    public void open(Scenario scenario) {
        scenarioName.set(scenario.name());
        openedVersion = scenario.version();
        setChanges(scenario.changes());
    }

    /** Shows two saved scenarios' figures side by side, each applied to the caseload as it stands. */
    public void compare(Scenario first, Scenario second) {
        Caseload caseload = caseload();
        if (caseload == null || first == null || second == null) {
            return;
        }
        runner.run(() -> List.of(compared(caseload, first), compared(caseload, second)),
                results -> {
                    WhatIf a = results.get(0);
                    WhatIf b = results.get(1);
                    firstName.set(first.name());
                    secondName.set(second.name());
                    comparisonTitle.set("A: \"" + first.name() + "\" · B: \"" + second.name() + "\" · on the caseload of "
                            + Formats.date(caseload.asOf()));
                    List<ComparisonRow> rows = new ArrayList<>();
                    List<FigureRow> one = rows(a.before(), a.after(), null);
                    List<FigureRow> two = rows(b.before(), b.after(), null);
                    for (int i = 0; i < one.size(); i++) {
                        rows.add(new ComparisonRow(one.get(i).figure(), one.get(i).before(), one.get(i).after(),
                                two.get(i).after()));
                    }
                    comparison.setAll(rows);
                    loadComparison.setAll(loadComparison(a, b));
                },
                failure -> problems.set(failure instanceof InvalidInputException invalid
                        ? problemLines(invalid, List.of())
                        : "Could not compare: " + failure.getMessage()));
    }

    /** One scenario tried for a comparison; its problems say which scenario they are in. */
    private static WhatIf compared(Caseload caseload, Scenario scenario) {
        try {
            return WhatIf.of(caseload, scenario.changes());
        } catch (InvalidInputException invalid) {
            List<uk.police.soc.caseload.domain.Problem> named = new ArrayList<>();
            named.add(new uk.police.soc.caseload.domain.Problem("scenario \"" + scenario.name() + "\"",
                    "no longer fits the caseload as it stands"));
            invalid.problems().forEach(p -> named.add(new uk.police.soc.caseload.domain.Problem(p.path(),
                    ScenarioText.problem(p, scenario.changes(), caseload))));
            throw new InvalidInputException(named);
        }
    }

    /**
     * Every officer of the caseload as it stands, in its order, then those either scenario adds: load % before
     * and after each, {@link #NOT_THERE} where the officer is not on that caseload.
     */
    private static List<LoadComparisonRow> loadComparison(WhatIf first, WhatIf second) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        first.before().officers().forEach(l -> names.put(l.officerId(), null));
        for (WhatIf scenario : List.of(first, second)) {
            scenario.afterCaseload().officers().forEach(o -> names.merge(o.id(), o.name(), (was, now) -> now));
        }
        Map<String, Officer> standing = first.afterCaseload().officersById();
        Map<String, String> before = percents(first.before());
        Map<String, String> afterFirst = percents(first.after());
        Map<String, String> afterSecond = percents(second.after());
        List<LoadComparisonRow> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new LoadComparisonRow(id,
                name != null ? name : standing.containsKey(id) ? standing.get(id).name() : id,
                before.getOrDefault(id, NOT_THERE), afterFirst.getOrDefault(id, NOT_THERE),
                afterSecond.getOrDefault(id, NOT_THERE))));
        return rows;
    }

    private static Map<String, String> percents(PlanFigures figures) {
        Map<String, String> percents = new HashMap<>();
        figures.officers().forEach(l -> percents.put(l.officerId(), Formats.percent(l.loadPercent())));
        return percents;
    }

    /** Problems one to a line, each with the change's number and words and the path a changes file reports. */
    private String problemLines(InvalidInputException invalid, List<CaseloadChange> tried) {
        Caseload caseload = caseload();
        return String.join("\n", invalid.problems().stream()
                .map(p -> p.path().startsWith("changes[") ? ScenarioText.problem(p, tried, caseload) : p.toString())
                .toList());
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty newIdProperty() {
        return newId;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Officer> officerProperty() {
        return officer;
    }

    public ObjectProperty<Course> courseProperty() {
        return course;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Threat> threatProperty() {
        return threat;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public IntegerProperty priorityProperty() {
        return priority;
    }

    public IntegerProperty skillProperty() {
        return skill;
    }

    /** The policy setting a policy change sets, by its dataset key (one of {@link #policySettings()}). */
    public ObjectProperty<String> policySettingProperty() {
        return policySetting;
    }

    /** The setting's new value as typed, e.g. {@code 120} or {@code 1: 30, 2: 20, 3: 12, 4: 6}. */
    public StringProperty policyValueProperty() {
        return policyValue;
    }

    /** The new value of {@code allowOverload}, the one setting that is a yes or no. */
    public BooleanProperty policyAllowOverloadProperty() {
        return policyAllowOverload;
    }

    /** Every setting a {@code setPolicy} change may give, in the policy table's order. */
    public List<String> policySettings() {
        return PolicyPatch.FIELDS;
    }

    /** The policy in force after the scenario's changes so far: the caseload's, with each policy change merged. */
    public uk.police.soc.caseload.domain.Policy policyInForce() {
        Caseload caseload = caseload();
        uk.police.soc.caseload.domain.Policy policy = caseload == null
                ? uk.police.soc.caseload.domain.Policy.DEFAULTS : caseload.policy();
        for (CaseloadChange change : changes) {
            if (change instanceof CaseloadChange.SetPolicy set) {
                policy = set.policy().applyTo(policy);
            }
        }
        return policy;
    }

    private void fillPolicyValue() {
        String field = policySetting.get();
        if (field == null) {
            return;
        }
        Object value = PolicyPatch.valueIn(policyInForce(), field);
        if (value instanceof Boolean allow) {
            policyAllowOverload.set(allow);
        } else {
            policyValue.set(PolicyWords.editable(value));
        }
    }

    /** The caseload the changes are tried on: the store's, on the planning date. */
    public Caseload caseload() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return snapshot == null ? null : snapshot.caseload();
    }

    /** Adds the change the form describes; a form that does not describe one says what is missing. */
    public boolean addChange() {
        Caseload caseload = caseload();
        if (caseload == null) {
            return false;
        }
        List<CaseloadChange> added;
        try {
            added = fromForm(caseload);
        } catch (IllegalStateException missing) {
            problems.set(missing.getMessage());
            return false;
        } catch (InvalidInputException unreadable) {
            problems.set(problemLines(unreadable, changes));
            return false;
        }
        try {
            checkShape(added);
        } catch (InvalidInputException invalid) {
            // A value a changes file could not hold: said with its path, as what-if says it; nothing is added.
            List<CaseloadChange> tried = new ArrayList<>(changes);
            tried.addAll(added);
            problems.set(problemLines(invalid, tried));
            return false;
        }
        changes.addAll(added);
        recompute();
        return problems.get().isEmpty();
    }

    public void removeChange(int index) {
        if (index >= 0 && index < changes.size()) {
            changes.remove(index);
            recompute();
        }
    }

    /** Replaces the list, e.g. with a saved scenario's. */
    public void setChanges(List<CaseloadChange> list) {
        changes.setAll(list);
        recompute();
    }

    private List<CaseloadChange> fromForm(Caseload caseload) {
        switch (kind.get()) {
            case HYPOTHETICAL_LRO: {
                String id = required(newId.get(), "an id for the new officer");
                Category in = requiredValue(category.get(), "the category they are skilled in");
                Course lro = caseload.courses().stream().filter(Course::accreditsLro).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no course accredits LROs on this caseload"));
                String name = newName.get() == null || newName.get().isBlank() ? "Hypothetical LRO " + id : newName.get();
                Officer added = Officer.named(id, name).withSkills(Map.of(in.code(), skill.get())).withPipLevel(2);
                // Two changes in one: the officer and the LRO course they passed the day before the planning date.
                return List.of(new CaseloadChange.AddOfficer(added), new CaseloadChange.AddTrainingRecord(
                        new TrainingRecord(id, lro.code(), caseload.asOf().minusDays(1), null)));
            }
            case COURSE_PASSED: {
                Officer who = requiredValue(officer.get(), "the officer");
                Course what = requiredValue(course.get(), "the course");
                LocalDate on = from.get() == null ? caseload.asOf().minusDays(1) : from.get();
                return List.of(new CaseloadChange.AddTrainingRecord(new TrainingRecord(who.id(), what.code(), on, null)));
            }
            case ABSENCE: {
                Officer who = requiredValue(officer.get(), "the officer");
                return List.of(new CaseloadChange.OfficerUnavailable(who.id(),
                        requiredValue(from.get(), "the first day of the absence"),
                        requiredValue(until.get(), "the last day of the absence")));
            }
            case OFFICER_LEAVES:
                return List.of(new CaseloadChange.DeactivateOfficer(requiredValue(officer.get(), "the officer").id()));
            case NEW_THREAT: {
                String id = required(newId.get(), "an id for the new threat");
                Category in = requiredValue(category.get(), "its category");
                String name = newName.get() == null || newName.get().isBlank() ? "New threat " + id : newName.get();
                return List.of(new CaseloadChange.AddThreat(Threat.of(id, name, in.code(), priority.get())));
            }
            case ARCHIVE_THREAT:
                return List.of(new CaseloadChange.ArchiveThreat(requiredValue(threat.get(), "the threat").id()));
            case POLICY:
                return List.of(new CaseloadChange.SetPolicy(policyPatch(changes.size())));
            default:
                throw new IllegalStateException("choose a kind of change");
        }
    }

    /**
     * The policy change the form describes. A value that does not read is reported at the path a changes file
     * would have, {@code changes[N].policy.<setting>}; whether it is in range is the validator's to say.
     */
    private PolicyPatch policyPatch(int index) {
        String field = requiredValue(policySetting.get(), "the policy setting");
        String path = "changes[" + index + "].policy." + field;
        List<uk.police.soc.caseload.domain.Problem> found = new ArrayList<>();
        Object value = PolicyValues.read(field, policyValue.get(), policyAllowOverload.get(), path, found);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return PolicyPatch.of(field, value);
    }

    /**
     * The changes so far and the new ones, written as a changes file and read back: each value a changes file
     * could not hold is refused with the message and path {@code what-if} gives it, and a scenario saved with
     * it could never be read again.
     */
    private void checkShape(List<CaseloadChange> added) {
        List<CaseloadChange> all = new ArrayList<>(changes);
        all.addAll(added);
        new ChangesReader().read(new ChangesWriter().toJson(all));
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("Give " + what + ".");
        }
        return text.strip();
    }

    private static <T> T requiredValue(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("Choose " + what + ".");
        }
        return value;
    }

    /** Before and after, worked out again for the changes as they stand; a planned column from before is dropped. */
    private void recompute() {
        Caseload caseload = caseload();
        planned = null;
        // A plan of other changes no longer belongs in the planned column, nor its message under the bar.
        if (running.get()) {
            generation++;
            current.stop();
            running.set(false);
            progress.set(triedChanges.equals(changes)
                    ? "The caseload changed while planning: plan the scenario again."
                    : "The changes changed while planning: plan the scenario again.");
        } else {
            progress.set("");
        }
        triedOn = caseload;
        triedChanges = List.copyOf(changes);
        changeTexts.setAll(changes.stream().map(c -> ScenarioText.describe(c, caseload, changes)).toList());
        if (caseload == null) {
            figures.clear();
            loads.clear();
            return;
        }
        List<CaseloadChange> tried = List.copyOf(changes);
        runner.run(() -> WhatIf.of(caseload, tried), result -> {
            whatIf = result;
            problems.set("");
            show();
        }, failure -> {
            whatIf = null;
            if (failure instanceof InvalidInputException invalid) {
                problems.set(String.join("\n", invalid.problems().stream()
                        .map(p -> ScenarioText.problem(p, tried, caseload)).toList()));
            } else {
                problems.set("The scenario could not be worked out: " + failure.getMessage());
            }
            figures.clear();
            loads.clear();
        });
    }

    /** Runs the planner on the scenario's after, in the background; progress as it goes. */
    public void plan() {
        if (whatIf == null || running.get()) {
            return;
        }
        long run = ++generation;
        Planner planner = planners.apply(Duration.ofSeconds(Math.max(1, budgetSeconds.get())));
        current = planner;
        running.set(true);
        progress.set("Planning the scenario…");
        Caseload after = whatIf.afterCaseload();
        AtomicReference<Progress> newest = new AtomicReference<>();
        runner.run(() -> planner.plan(after, uk.police.soc.caseload.solver.RunScope.FULL, p -> {
            if (newest.getAndSet(p) == null) {
                uiThread.accept(() -> {
                    Progress latest = newest.getAndSet(null);
                    if (latest != null && run == generation && running.get()) {
                        progress.set(String.format("Best so far after %.1f s: overload %s points",
                                latest.elapsed().toMillis() / 1000.0, Formats.points(latest.overloadPoints())));
                    }
                });
            }
        }), result -> {
            if (run == generation) {
                running.set(false);
                planned = result;
                progress.set(String.format("Planned in %.1f s: %d threats would change officer.",
                        result.elapsed().toMillis() / 1000.0, result.moves().size()));
                show();
            }
        }, failure -> {
            if (run == generation) {
                running.set(false);
                progress.set("The planner failed: " + failure.getMessage());
            }
        });
    }

    /** Stops the planner; the best plan so far fills the planned column. */
    public void stop() {
        if (current != null && running.get()) {
            progress.set("Stopping…");
            current.stop();
        }
    }

    private void show() {
        if (whatIf == null) {
            return;
        }
        PlanFigures before = whatIf.before();
        PlanFigures after = whatIf.after();
        PlanFigures plan = planned == null ? null : planned.after();
        List<FigureRow> rows = rows(before, after, plan);
        figures.setAll(rows);

        Map<String, OfficerLoad> was = new HashMap<>();
        before.officers().forEach(l -> was.put(l.officerId(), l));
        Map<String, Officer> officers = whatIf.afterCaseload().officersById();
        List<LoadRow> loadRows = new ArrayList<>();
        for (int i = 0; i < after.officers().size(); i++) {
            OfficerLoad now = after.officers().get(i);
            OfficerLoad then = was.get(now.officerId());
            loadRows.add(new LoadRow(now.officerId(), officers.get(now.officerId()).name(),
                    then == null ? "(new)" : Formats.percent(then.loadPercent()), Formats.percent(now.loadPercent()),
                    plan == null ? "" : Formats.percent(plan.officers().get(i).loadPercent())));
        }
        loads.setAll(loadRows);
    }

    /** The plan figures in three columns; the third is empty when there is none yet. */
    private static List<FigureRow> rows(PlanFigures before, PlanFigures after, PlanFigures plan) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(row("Hard violations", f -> String.valueOf(f.hardViolations()), before, after, plan));
        rows.add(row("Uncoverable threats", f -> String.valueOf(f.uncoverable().size()), before, after, plan));
        rows.add(row("Unallocated threats", f -> String.valueOf(f.unallocated().size()), before, after, plan));
        rows.add(row("Overload (points above capacity)", f -> Formats.points(f.overloadPoints()), before, after, plan));
        rows.add(row("Peak load", f -> Formats.percent(f.peakLoadPercent()), before, after, plan));
        rows.add(row("Officers over capacity", f -> String.valueOf(f.officersOverCapacity()), before, after, plan));
        rows.add(row("Officers overloaded", f -> String.valueOf(f.officersOverloaded()), before, after, plan));
        rows.add(row("Balance (lower is more even)", f -> Formats.points(f.balance()), before, after, plan));
        rows.add(row("Moves", f -> String.valueOf(f.moves()), before, after, plan));
        rows.add(row("LRO shortfall (full-time LROs)", f -> String.valueOf(f.lroShortfall()), before, after, plan));
        return rows;
    }

    private static FigureRow row(String name, Function<PlanFigures, String> value, PlanFigures before,
            PlanFigures after, PlanFigures planned) {
        return new FigureRow(name, value.apply(before), value.apply(after), planned == null ? "" : value.apply(planned));
    }
}
