package uk.police.soc.caseload.ui.threats;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.ThreatFilter;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/** The threat register: a filtered, searchable, sortable list with create, edit and archive. */
public class ThreatsViewModel {

    private final WorkspaceViewModel workspace;
    private final ObservableList<ThreatRow> all = FXCollections.observableArrayList();
    private final FilteredList<ThreatRow> filtered = new FilteredList<>(all);
    private final SortedList<ThreatRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<ThreatRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> categories = FXCollections.observableArrayList();

    private final ThreatPlanViewModel plan;

    /** The selected threat's page: its 4P plan and LRO timeline. */
    public ThreatPlanViewModel plan() {
        return plan;
    }

    /** A category's name for the filter list (its code when it has none). */
    public String categoryName(String code) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return snapshot == null ? code : uk.police.soc.caseload.ui.Formats.category(snapshot.caseload(), code);
    }

    public ThreatsViewModel(WorkspaceViewModel workspace) {
        this.plan = new ThreatPlanViewModel(workspace);
        selected.addListener((obs, old, row) -> plan.show(row));
        this.workspace = workspace;
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> update(snapshot));
        workspace.threatFilterProperty().addListener((obs, old, f) -> applyFilter());
        search.addListener((obs, old, text) -> applyFilter());
        category.addListener((obs, old, c) -> applyFilter());
        update(workspace.snapshot());
    }

    /** The rows to show; the view binds the sorted list's comparator to the table's. */
    public SortedList<ThreatRow> rows() {
        return sorted;
    }

    public ObjectProperty<ThreatFilter> filterProperty() {
        return workspace.threatFilterProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** A category code to show only that category, or null for all. */
    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<ThreatRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public void newThreat() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null) {
            return;
        }
        ThreatEditorViewModel editor = new ThreatEditorViewModel(workspace.service(), snapshot.caseload());
        if (workspace.whileEditing(editor, () -> workspace.dialogs().editThreat(editor))) {
            workspace.refresh();
        }
    }

    public void editSelected() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        ThreatRow row = selected.get();
        if (snapshot == null || row == null) {
            return;
        }
        ThreatEditorViewModel editor = new ThreatEditorViewModel(workspace.service(), snapshot.caseload(), row.threat());
        if (workspace.whileEditing(editor, () -> workspace.dialogs().editThreat(editor))) {
            workspace.refresh();
        }
    }

    /** Archives the selected threat after asking; it keeps its history but stops counting as load. */
    public void archiveSelected() {
        ThreatRow row = selected.get();
        if (row == null || !row.active()) {
            return;
        }
        boolean sure = workspace.dialogs().confirm("Archive threat",
                "Archive " + row.id() + " " + row.threat().name() + "?",
                "An archived threat keeps its history but is no longer planned and no longer counts toward "
                        + (row.threat().officerId() == null ? "anyone's" : row.officerName() + "'s") + " load.");
        if (sure) {
            workspace.change("Archived " + row.id(),
                    () -> workspace.service().saveThreat(row.threat().withStatus(ThreatStatus.ARCHIVED)));
        }
    }

    /** Who could lead the selected threat, best first (the threat's page lists the same). */
    public java.util.List<uk.police.soc.caseload.ui.planning.Candidate> recommendations() {
        return java.util.List.copyOf(plan.candidates());
    }

    /** Offers the ranked recommendations; the one chosen goes through the board's move preview. */
    public void assignSelected() {
        ThreatRow row = selected.get();
        java.util.List<uk.police.soc.caseload.ui.planning.Candidate> choices = recommendations();
        if (row == null) {
            return;
        }
        if (choices.isEmpty()) {
            workspace.dialogs().showInfo("No one to assign", "No other officer could take "
                    + uk.police.soc.caseload.presentation.Names.threat(row.threat()) + ".");
            return;
        }
        workspace.dialogs().choose("Assign " + uk.police.soc.caseload.presentation.Names.threat(row.threat()),
                        "Who could lead it, best first", choices, choices.get(0))
                .ifPresent(plan::assign);
    }

    /** Opens the LRO's page for the selected threat. */
    public void openSelectedOfficer() {
        ThreatRow row = selected.get();
        if (row != null && row.threat().officerId() != null) {
            workspace.showOfficer(row.threat().officerId());
        }
    }

    private void update(CaseloadSnapshot snapshot) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        if (snapshot == null) {
            all.clear();
        } else {
            all.setAll(snapshot.threats());
            categories.setAll(snapshot.caseload().categories().stream().map(c -> c.code()).toList());
        }
        selected.set(selectedId == null ? null : all.stream().filter(r -> r.id().equals(selectedId)).findFirst().orElse(null));
        // The plan or the timeline may have changed while the row did not (an action marked done).
        plan.show(selected.get());
        updateCount();
    }

    private void applyFilter() {
        ThreatFilter filter = workspace.threatFilterProperty().get();
        String text = search.get() == null ? "" : search.get().trim().toLowerCase();
        String code = category.get();
        Predicate<ThreatRow> predicate = row -> (filter == null || filter.test(row))
                && (code == null || code.equals(row.threat().category()))
                && (text.isEmpty() || row.searchText().contains(text));
        filtered.setPredicate(predicate);
        updateCount();
    }

    private void updateCount() {
        if (filtered.getPredicate() == null) {
            applyFilter();
            return;
        }
        countText.set(filtered.size() + " of " + all.size() + " threats");
    }
}
