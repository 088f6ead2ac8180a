package uk.police.soc.caseload.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.FigureChange;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.FormErrors;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The force's policy settings as a form, with a live preview of what the edited policy would do to the plan
 * figures of the stored caseload. Field names (for {@link #errors()}) are the validator's problem paths
 * without {@code policy.}, e.g. {@code redLoadPercent} or {@code pointsByPriority.2}.
 */
public class PolicySettingsViewModel {

    public static final List<Integer> PRIORITIES = List.of(1, 2, 3, 4);
    private static final String POLICY_PREFIX = "policy.";

    private final CaseloadService service;
    private final BackgroundRunner runner;
    private final Caseload caseload;
    private final Policy stored;
    private final PlanFigures storedFigures;

    private final StringProperty nominalCapacityPoints = new SimpleStringProperty("");
    private final StringProperty standardWeeklyHours = new SimpleStringProperty("");
    private final Map<Integer, StringProperty> pointsByPriority = new LinkedHashMap<>();
    private final Map<Integer, StringProperty> minSkillLevelByPriority = new LinkedHashMap<>();
    private final ObservableList<PipLevelRow> pipLevels = FXCollections.observableArrayList();
    private final Map<Integer, BooleanProperty> traineeMayLead = new LinkedHashMap<>();
    private final StringProperty longAbsenceDays = new SimpleStringProperty("");
    private final StringProperty amberLoadPercent = new SimpleStringProperty("");
    private final StringProperty redLoadPercent = new SimpleStringProperty("");
    private final StringProperty moveCostPoints = new SimpleStringProperty("");
    private final BooleanProperty allowOverload = new SimpleBooleanProperty(true);

    private final FormErrors errors = new FormErrors();
    private final ObservableList<FigureChange> preview = FXCollections.observableArrayList();
    // One read-only view each: a fresh wrapper per call would hold its listeners only weakly, and drop them.
    private final ObservableList<FigureChange> previewView = FXCollections.unmodifiableObservableList(preview);
    private final ObservableList<PipLevelRow> pipLevelsView = FXCollections.unmodifiableObservableList(pipLevels);
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private boolean filling;
    /** The preview's latest computation: an older one finishing late is dropped. */
    private long previewGeneration;

    /** The settings of the workspace's caseload as it stands, like every other screen. */
    public static PolicySettingsViewModel of(WorkspaceViewModel workspace, BackgroundRunner runner) {
        return new PolicySettingsViewModel(workspace.service(), workspace.snapshot(), runner);
    }

    /**
     * The stored policy is the snapshot's; the preview judges the snapshot's caseload, in the background, so
     * that typing into a field never waits for a national-sized caseload's figures.
     */
    public PolicySettingsViewModel(CaseloadService service, CaseloadSnapshot snapshot, BackgroundRunner runner) {
        this.service = service;
        this.runner = runner;
        this.caseload = snapshot.assessment().caseload();
        this.stored = caseload.policy();
        this.storedFigures = snapshot.figures();
        for (Integer priority : PRIORITIES) {
            pointsByPriority.put(priority, new SimpleStringProperty(""));
            minSkillLevelByPriority.put(priority, new SimpleStringProperty(""));
            traineeMayLead.put(priority, new SimpleBooleanProperty(false));
        }
        Map<String, String> categories = new LinkedHashMap<>();
        caseload.categories().forEach(c -> categories.put(c.code(), c.name()));
        // A policy may name a category the store no longer has; keep it so saving does not drop it silently.
        new TreeMap<>(stored.minPipLevelByCategory()).keySet()
                .forEach(code -> categories.putIfAbsent(code, "(not a category in the store)"));
        categories.forEach((code, name) -> pipLevels.add(new PipLevelRow(code, name)));
        fill(stored);
        for (Observable field : fields()) {
            field.addListener(o -> {
                if (!filling) {
                    refreshPreview();
                }
            });
        }
    }

    /** Puts the defaults in the form; nothing is stored until {@link #save()}. */
    public void restoreDefaults() {
        errors.clear();
        fill(Policy.DEFAULTS);
    }

    /** Validates the form and stores it; false, storing nothing, with {@link #errors()} filled when it cannot. */
    public boolean save() {
        errors.clear();
        Optional<Policy> policy = read(errors);
        if (policy.isEmpty()) {
            return false;
        }
        List<Problem> problems = policyProblems(policy.get());
        if (!problems.isEmpty()) {
            file(problems);
            return false;
        }
        try {
            service.savePolicy(policy.get());
        } catch (InvalidInputException invalid) {
            file(invalid.problems());
            return false;
        }
        return true;
    }

    /** The policy the form holds, when every field reads; empty otherwise. */
    public Optional<Policy> editedPolicy() {
        return read(new FormErrors());
    }

    private void fill(Policy policy) {
        filling = true;
        try {
            nominalCapacityPoints.set(FormErrors.text(policy.nominalCapacityPoints()));
            standardWeeklyHours.set(FormErrors.text(policy.standardWeeklyHours()));
            for (Integer priority : PRIORITIES) {
                pointsByPriority.get(priority).set(FormErrors.text(policy.pointsByPriority().get(priority)));
                minSkillLevelByPriority.get(priority).set(FormErrors.text(policy.minSkillLevelByPriority().get(priority)));
                traineeMayLead.get(priority).set(policy.traineeMayLead(priority));
            }
            pipLevels.forEach(row -> row.levelProperty().set(FormErrors.text(policy.minPipLevelByCategory().get(row.categoryCode()))));
            longAbsenceDays.set(String.valueOf(policy.longAbsenceDays()));
            amberLoadPercent.set(FormErrors.text(policy.amberLoadPercent()));
            redLoadPercent.set(FormErrors.text(policy.redLoadPercent()));
            moveCostPoints.set(FormErrors.text(policy.moveCostPoints()));
            allowOverload.set(policy.allowOverload());
        } finally {
            filling = false;
        }
        refreshPreview();
    }

    private Optional<Policy> read(FormErrors found) {
        Double capacity = required(found, "nominalCapacityPoints", nominalCapacityPoints);
        Double hours = required(found, "standardWeeklyHours", standardWeeklyHours);
        Map<Integer, Double> points = new LinkedHashMap<>();
        Map<Integer, Integer> skills = new LinkedHashMap<>();
        List<Integer> trainees = new ArrayList<>();
        for (Integer priority : PRIORITIES) {
            points.put(priority, required(found, "pointsByPriority." + priority, pointsByPriority.get(priority)));
            skills.put(priority, requiredWhole(found, "minSkillLevelByPriority." + priority,
                    minSkillLevelByPriority.get(priority)));
            if (traineeMayLead.get(priority).get()) {
                trainees.add(priority);
            }
        }
        Map<String, Integer> pip = new LinkedHashMap<>();
        for (PipLevelRow row : pipLevels) {
            Integer level = found.optionalInteger(row.field(), row.levelProperty().get());
            if (level != null) {
                pip.put(row.categoryCode(), level);
            }
        }
        Integer absenceDays = requiredWhole(found, "longAbsenceDays", longAbsenceDays);
        Double amber = required(found, "amberLoadPercent", amberLoadPercent);
        Double red = required(found, "redLoadPercent", redLoadPercent);
        Double moveCost = required(found, "moveCostPoints", moveCostPoints);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Policy(capacity, hours, points, skills, pip, trainees, absenceDays, amber, red, moveCost,
                allowOverload.get()));
    }

    private static Double required(FormErrors found, String field, StringProperty text) {
        Double value = found.optionalNumber(field, text.get());
        if (found.of(field) == null && value == null) {
            found.add(field, "required");
        } else if (value != null && !Double.isFinite(value)) {
            found.add(field, "must be a finite number");
            return null;
        }
        return value;
    }

    private static Integer requiredWhole(FormErrors found, String field, StringProperty text) {
        Integer value = found.optionalInteger(field, text.get());
        if (found.of(field) == null && value == null) {
            found.add(field, "required");
        }
        return value;
    }

    /**
     * The validator's problems with the policy itself (the rest of the store is not the form's business), less
     * any the stored policy has already. Judges the policy alone: it runs on the FX thread at every keystroke.
     */
    private List<Problem> policyProblems(Policy policy) {
        CaseloadValidator validator = uk.police.soc.caseload.ui.Formats.validator();
        java.util.Set<String> existing = new java.util.HashSet<>();
        validator.validatePolicy(stored).forEach(p -> existing.add(p.toString()));
        return validator.validatePolicy(policy).stream().filter(p -> !existing.contains(p.toString())).toList();
    }

    /** Files {@code policy.traineePriorities[1]} under {@code traineePriorities}, and so on. */
    private void file(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.path().startsWith(POLICY_PREFIX)) {
                String field = problem.path().substring(POLICY_PREFIX.length());
                int bracket = field.indexOf('[');
                errors.add(bracket < 0 ? field : field.substring(0, bracket), problem.message());
            } else {
                errors.general().add(problem.toString());
            }
        }
    }

    private void refreshPreview() {
        FormErrors scratch = new FormErrors();
        Optional<Policy> policy = read(scratch);
        changed.set(policy.map(p -> !p.equals(stored)).orElse(true));
        warning.set(policy.filter(p -> p.redLoadPercent() < p.amberLoadPercent())
                .map(p -> "The red threshold is below the amber one: officers can be overloaded without being over capacity.")
                .orElse(""));
        if (policy.isEmpty() || !policyProblems(policy.get()).isEmpty()) {
            previewGeneration++;
            preview.setAll(figures(storedFigures, null));
            previewNote.set("Some fields are not valid yet: the preview waits until they are.");
            return;
        }
        long mine = ++previewGeneration;
        Policy edited = policy.get();
        runner.run(() -> new CaseloadAssessment(caseload.withPolicy(edited)).figures(), after -> {
            if (mine != previewGeneration) {
                return;
            }
            List<FigureChange> rows = figures(storedFigures, after);
            preview.setAll(rows);
            long differing = rows.stream().filter(r -> r.before() != r.after()).count();
            previewNote.set(differing == 0
                    ? "These settings would not change any of these figures on the current caseload."
                    : differing + (differing == 1 ? " figure changes" : " figures change") + " on the caseload of "
                            + Formats.date(caseload.asOf()) + ".");
        }, error -> previewNote.set("The preview could not be worked out: " + error.getMessage()));
    }

    /** The figures before and after; {@code after} null when the form does not hold a valid policy. */
    private List<FigureChange> figures(PlanFigures before, PlanFigures after) {
        return List.of(
                change("officersOverCapacity", "Officers over capacity (amber)", before, after,
                        PlanFigures::officersOverCapacity),
                change("officersOverloaded", "Officers overloaded (red)", before, after, PlanFigures::officersOverloaded),
                change("uncoverable", "Threats no officer may lead", before, after, f -> f.uncoverable().size()),
                change("lroShortfall", "LRO shortfall (full-time officers)", before, after, PlanFigures::lroShortfall),
                change("hardViolations", "Threats whose LRO breaks a rule", before, after,
                        PlanFigures::hardViolations),
                change("totalPoints", "Total points of active threats", before, after, PlanFigures::totalPoints));
    }

    private static FigureChange change(String key, String figure, PlanFigures before, PlanFigures after,
            ToDoubleFunction<PlanFigures> value) {
        return FigureChange.of(key, figure, value.applyAsDouble(before),
                after == null ? Double.NaN : value.applyAsDouble(after), FigureChange.Unit.COUNT);
    }

    private List<Observable> fields() {
        List<Observable> all = new ArrayList<>(List.of(nominalCapacityPoints, standardWeeklyHours, longAbsenceDays,
                amberLoadPercent, redLoadPercent, moveCostPoints, allowOverload));
        all.addAll(pointsByPriority.values());
        all.addAll(minSkillLevelByPriority.values());
        all.addAll(traineeMayLead.values());
        pipLevels.forEach(row -> all.add(row.levelProperty()));
        return all;
    }

    public Policy storedPolicy() {
        return stored;
    }

    public List<Category> categories() {
        return caseload.categories();
    }

    public LocalDate planningDate() {
        return caseload.asOf();
    }

    public FormErrors errors() {
        return errors;
    }

    public ObservableList<FigureChange> preview() {
        return previewView;
    }

    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    /** A sentence when the thresholds are legal but odd; empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Whether the form differs from the stored policy (or does not read). */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public StringProperty nominalCapacityPointsProperty() {
        return nominalCapacityPoints;
    }

    public StringProperty standardWeeklyHoursProperty() {
        return standardWeeklyHours;
    }

    public StringProperty pointsProperty(int priority) {
        return pointsByPriority.get(priority);
    }

    public StringProperty minSkillLevelProperty(int priority) {
        return minSkillLevelByPriority.get(priority);
    }

    public ObservableList<PipLevelRow> pipLevels() {
        return pipLevelsView;
    }

    public BooleanProperty traineeMayLeadProperty(int priority) {
        return traineeMayLead.get(priority);
    }

    public StringProperty longAbsenceDaysProperty() {
        return longAbsenceDays;
    }

    public StringProperty amberLoadPercentProperty() {
        return amberLoadPercent;
    }

    public StringProperty redLoadPercentProperty() {
        return redLoadPercent;
    }

    public StringProperty moveCostPointsProperty() {
        return moveCostPoints;
    }

    public BooleanProperty allowOverloadProperty() {
        return allowOverload;
    }
}
