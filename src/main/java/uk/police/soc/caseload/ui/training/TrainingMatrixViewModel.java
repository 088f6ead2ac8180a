package uk.police.soc.caseload.ui.training;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.report.training.TrainingMatrix;
import uk.police.soc.caseload.report.training.TrainingStatus;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.Formats;

/**
 * The training matrix screen's state: active officers × courses on the planning date, filtered by unit and
 * course category, with an expiry window in days.
 */
public class TrainingMatrixViewModel extends TrainingScreenViewModel<TrainingMatrixViewModel.Figures> {

    public static final String ALL_UNITS = "All units";
    public static final String ALL_CATEGORIES = "All categories";

    private final IntegerProperty withinDays = new SimpleIntegerProperty(TrainingGaps.DEFAULT_WITHIN_DAYS);
    private final ObjectProperty<String> unitChoice = new SimpleObjectProperty<>(ALL_UNITS);
    private final ObjectProperty<String> categoryChoice = new SimpleObjectProperty<>(ALL_CATEGORIES);
    private final ObservableList<String> unitChoices = FXCollections.observableArrayList(ALL_UNITS);
    private final ObservableList<String> categoryChoices = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final ReadOnlyObjectWrapper<TrainingMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** Set while the choices are refilled from a new snapshot, so that refilling them works nothing out. */
    private boolean filling;

    /** Follows the workspace's snapshot, like every other screen. */
    public TrainingMatrixViewModel(WorkspaceViewModel workspace) {
        super(workspace);
        withinDays.addListener((obs, old, days) -> choiceChanged());
        unitChoice.addListener((obs, old, unit) -> choiceChanged());
        categoryChoice.addListener((obs, old, category) -> choiceChanged());
        follow();
    }

    private void choiceChanged() {
        if (!filling) {
            recompute();
        }
    }

    /** The matrix and the unit choices of one snapshot, worked out in the background. */
    record Figures(TrainingMatrix matrix, TreeSet<String> units) {
    }

    @Override
    protected Callable<Figures> work(CaseloadSnapshot snapshot) {
        Caseload caseload = snapshot.caseload();
        String unit = ALL_UNITS.equals(unitChoice.get()) ? null : unitChoice.get();
        String category = ALL_CATEGORIES.equals(categoryChoice.get()) ? null : categoryChoice.get();
        int days = Math.max(0, withinDays.get());
        return () -> {
            TreeSet<String> units = new TreeSet<>();
            caseload.officers().stream().filter(Officer::active).map(Officer::unit).filter(Objects::nonNull)
                    .forEach(units::add);
            boolean unitGone = unit != null && !units.contains(unit);
            boolean categoryGone = category != null && caseload.categories().stream()
                    .noneMatch(c -> c.code().equals(category));
            return new Figures(TrainingMatrix.of(caseload, days, unitGone ? null : unit,
                    categoryGone ? null : category), units);
        };
    }

    @Override
    protected void show(CaseloadSnapshot snapshot, Figures figures) {
        Caseload caseload = snapshot.caseload();
        filling = true;
        try {
            if (!unitChoices.subList(1, unitChoices.size()).equals(java.util.List.copyOf(figures.units()))) {
                unitChoices.setAll(ALL_UNITS);
                unitChoices.addAll(figures.units());
            }
            java.util.List<String> categories = new java.util.ArrayList<>(java.util.List.of(ALL_CATEGORIES));
            caseload.categories().stream().map(Category::code).forEach(categories::add);
            if (!categoryChoices.equals(categories)) {
                categoryChoices.setAll(categories);
            }
            if (!unitChoices.contains(unitChoice.get())) {
                unitChoice.set(ALL_UNITS);
            }
            if (!categoryChoices.contains(categoryChoice.get())) {
                categoryChoice.set(ALL_CATEGORIES);
            }
        } finally {
            filling = false;
        }
        TrainingMatrix computed = figures.matrix();
        matrix.set(computed);
        Map<TrainingStatus, Integer> counts = counts(computed);
        summary.set(String.format("%d officer%s × %d course%s on %s: %s %d valid, %s %d expiring within %d days, "
                        + "%s %d expired, %s %d never taken",
                computed.rows().size(), computed.rows().size() == 1 ? "" : "s", computed.courses().size(),
                computed.courses().size() == 1 ? "" : "s", Formats.date(computed.asOf()),
                TrainingStatus.VALID.symbol(), counts.get(TrainingStatus.VALID),
                TrainingStatus.EXPIRING.symbol(), counts.get(TrainingStatus.EXPIRING), computed.withinDays(),
                TrainingStatus.EXPIRED.symbol(), counts.get(TrainingStatus.EXPIRED),
                TrainingStatus.NEVER_TAKEN.symbol(), counts.get(TrainingStatus.NEVER_TAKEN)));
    }

    public static Map<TrainingStatus, Integer> counts(TrainingMatrix matrix) {
        Map<TrainingStatus, Integer> counts = new EnumMap<>(TrainingStatus.class);
        for (TrainingStatus status : TrainingStatus.values()) {
            counts.put(status, 0);
        }
        matrix.rows().forEach(r -> r.cells().forEach(c -> counts.merge(c.status(), 1, Integer::sum)));
        return counts;
    }

    /** The text of a cell: symbol, word and the date it rests on, so it reads without colour. */
    public static String cellText(TrainingMatrix.Cell cell) {
        String status = cell.status().symbol() + " " + cell.status().label();
        return switch (cell.status()) {
            case VALID -> status + (cell.expiresOn() == null ? " (no expiry)" : " to " + Formats.date(cell.expiresOn()));
            case EXPIRING -> status + " " + Formats.date(cell.expiresOn());
            case EXPIRED -> status + " " + Formats.date(cell.expiresOn());
            case NEVER_TAKEN -> status;
        };
    }

    public String categoryName(String code) {
        Caseload caseload = caseload();
        if (code == null || ALL_CATEGORIES.equals(code) || caseload == null) {
            return code;
        }
        return caseload.categories().stream().filter(c -> c.code().equals(code)).map(Category::name)
                .findFirst().orElse(code);
    }

    public void exportCsv(Writer out) {
        matrix.get().writeCsv(out);
    }

    /**
     * Writes the CSV as every export is written (whole or not at all, readable by its owner only), after its
     * disclosure is recorded in the audit trail (s.62): a role that may not export writes nothing.
     */
    public void exportCsv(Path file, uk.police.soc.caseload.domain.access.Disclosure disclosure) {
        StringWriter out = new StringWriter();
        exportCsv(out);
        service().access().recordDisclosure(uk.police.soc.caseload.domain.access.Operation.TRAINING_MATRIX_EXPORT,
                disclosure, null, "training matrix to " + file.toAbsolutePath());
        new DatasetWriter().writeText(out.toString(), file);
    }

    public String suggestedExportName() {
        return "training-matrix-" + planningDate() + ".csv";
    }

    public IntegerProperty withinDaysProperty() {
        return withinDays;
    }

    public ObjectProperty<String> unitChoiceProperty() {
        return unitChoice;
    }

    public ObjectProperty<String> categoryChoiceProperty() {
        return categoryChoice;
    }

    public ObservableList<String> unitChoices() {
        return unitChoices;
    }

    public ObservableList<String> categoryChoices() {
        return categoryChoices;
    }

    public ReadOnlyObjectProperty<TrainingMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
