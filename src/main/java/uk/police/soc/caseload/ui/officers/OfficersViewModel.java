package uk.police.soc.caseload.ui.officers;

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
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.solver.Recommender;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.OfficerFilter;
import uk.police.soc.caseload.ui.OfficerRow;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/** The officer list and the selected officer's page: the threats they lead and the load each adds. */
public class OfficersViewModel {

    /** One threat the officer leads and the share of their capacity it takes. */
    public record LedThreat(ThreatRow threat, double points, double percentOfCapacity) {
    }

    private final WorkspaceViewModel workspace;
    private final ObservableList<OfficerRow> all = FXCollections.observableArrayList();
    private final FilteredList<OfficerRow> filtered = new FilteredList<>(all);
    private final SortedList<OfficerRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<OfficerRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<LedThreat> ledThreats = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> capacityBreakdown = FXCollections.observableArrayList();

    public OfficersViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> update(snapshot));
        workspace.officerFilterProperty().addListener((obs, old, f) -> applyFilter());
        workspace.focusedOfficerIdProperty().addListener((obs, old, id) -> select(id));
        search.addListener((obs, old, text) -> applyFilter());
        selected.addListener((obs, old, row) -> showDetail(row));
        update(workspace.snapshot());
    }

    public SortedList<OfficerRow> rows() {
        return sorted;
    }

    public ObjectProperty<OfficerFilter> filterProperty() {
        return workspace.officerFilterProperty();
    }

    /** "Drugs supply 3, Modern slavery 1": the categories by name, strongest first, as the Skills column shows. */
    public String skillsText(OfficerRow row) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return row.officer().skills().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> (snapshot == null ? e.getKey() : uk.police.soc.caseload.presentation.Names.category(
                        snapshot.caseload(), e.getKey())) + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OfficerRow> selectedProperty() {
        return selected;
    }

    public ObservableList<LedThreat> ledThreats() {
        return ledThreats;
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** How the selected officer's capacity is made up: weekly hours, each reduction and absence, the total. */
    public ObservableList<String> capacityBreakdown() {
        return capacityBreakdown;
    }

    public ReadOnlyStringProperty detailSummaryProperty() {
        return detailSummary.getReadOnlyProperty();
    }

    public void newOfficer() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null) {
            return;
        }
        OfficerEditorViewModel editor = new OfficerEditorViewModel(workspace.service(), snapshot.caseload());
        if (workspace.whileEditing(editor, () -> workspace.dialogs().editOfficer(editor))) {
            workspace.refresh();
        }
    }

    public void editSelected() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        OfficerRow row = selected.get();
        if (snapshot == null || row == null) {
            return;
        }
        OfficerEditorViewModel editor = new OfficerEditorViewModel(workspace.service(), snapshot.caseload(),
                row.officer());
        if (workspace.whileEditing(editor, () -> workspace.dialogs().editOfficer(editor))) {
            workspace.refresh();
        }
    }

    private void select(String officerId) {
        if (officerId == null) {
            return;
        }
        search.set("");
        all.stream().filter(r -> r.id().equals(officerId)).findFirst().ifPresent(selected::set);
    }

    private void update(CaseloadSnapshot snapshot) {
        String selectedId = selected.get() == null ? workspace.focusedOfficerIdProperty().get() : selected.get().id();
        all.setAll(snapshot == null ? java.util.List.of() : snapshot.officers());
        applyFilter();
        OfficerRow again = selectedId == null ? null
                : all.stream().filter(r -> r.id().equals(selectedId)).findFirst().orElse(null);
        selected.set(again);
        showDetail(again);
    }

    private void applyFilter() {
        OfficerFilter filter = workspace.officerFilterProperty().get();
        String text = search.get() == null ? "" : search.get().trim().toLowerCase();
        filtered.setPredicate(row -> (filter == null || filter.test(row))
                && (text.isEmpty() || row.searchText().contains(text)));
    }

    /** A threat that would best move to the officer shown, in words and figures. */
    public record BestMove(String threatId, String threatName, String from, String fromLoad, String toLoad,
            String qualityChange) {
    }

    private final javafx.collections.ObservableList<BestMove> bestMoves =
            javafx.collections.FXCollections.observableArrayList();

    /** The threats that would best move to the officer shown (recommend --officer), best first, at most five. */
    public javafx.collections.ObservableList<BestMove> bestMoves() {
        return bestMoves;
    }

    private void showBestMoves(CaseloadSnapshot snapshot, OfficerRow row) {
        if (!row.officer().active()) {
            bestMoves.clear();
            return;
        }
        var caseload = snapshot.caseload();
        bestMoves.setAll(new Recommender(snapshot.assessment()).forOfficer(row.id()).moves().stream().limit(5)
                .map(m -> new BestMove(m.threat().id(), m.threat().name(),
                        uk.police.soc.caseload.presentation.Names.officer(caseload, m.fromOfficerId()),
                        m.fromOfficerId() == null ? "" : Formats.percent(m.fromLoadPercentBefore()) + " → "
                                + Formats.percent(m.fromLoadPercentAfter()),
                        Formats.percent(m.toLoadPercentBefore()) + " → " + Formats.percent(m.toLoadPercentAfter()),
                        String.format(java.util.Locale.UK, "%+.1f", m.qualityChange())))
                .toList());
    }

    /**
     * One day of the officer's load % as the workload history recorded it, with that day's red line; {@code
     * loadPercent} is null when the officer was not on record that day or had no capacity (+∞).
     */
    public record LoadPoint(java.time.LocalDate date, Double loadPercent, double redLoadPercent) {
    }

    /** How many days before the planning date the load chart goes back. */
    public static final int TREND_DAYS = 90;

    private final ObservableList<LoadPoint> loadTrend = FXCollections.observableArrayList();
    private final ObservableList<String> allocationChanges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trendSummary = new ReadOnlyStringWrapper("");

    /** The shown officer's load % on each recorded day of the last {@value #TREND_DAYS} days, oldest first. */
    public ObservableList<LoadPoint> loadTrend() {
        return loadTrend;
    }

    /** The threats the shown officer took and gave up, newest first, in words. */
    public ObservableList<String> allocationChanges() {
        return allocationChanges;
    }

    /** What the chart shows in words: days on record, and sustained overload when the officer is in it. */
    public ReadOnlyStringProperty trendSummaryProperty() {
        return trendSummary.getReadOnlyProperty();
    }

    private void showHistory(CaseloadSnapshot snapshot, OfficerRow row) {
        java.time.LocalDate last = snapshot.caseload().asOf();
        java.time.LocalDate first = last.minusDays(TREND_DAYS);
        java.util.List<uk.police.soc.caseload.domain.WorkloadDay> days = snapshot.workloadHistory().stream()
                .filter(d -> !d.date().isBefore(first) && !d.date().isAfter(last)).toList();
        loadTrend.setAll(days.stream().map(d -> new LoadPoint(d.date(), d.officer(row.id())
                .map(uk.police.soc.caseload.domain.OfficerLoad::loadPercent).filter(Double::isFinite).orElse(null),
                d.redLoadPercent())).toList());
        String overload = snapshot.sustainedOverload().stream().filter(o -> o.officerId().equals(row.id()))
                .findFirst().map(o -> "; in sustained overload since " + Formats.date(o.since()) + " ("
                        + o.lengthDays() + " days above the red line)").orElse("");
        trendSummary.set(days.isEmpty() ? "No workload recorded in the " + TREND_DAYS + " days to "
                + Formats.date(last) + ": a day is recorded when something is changed."
                : days.size() + (days.size() == 1 ? " day" : " days") + " on record from " + Formats.date(first)
                        + " to " + Formats.date(last) + overload);
        var officers = snapshot.caseload().officersById();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (uk.police.soc.caseload.domain.AllocationChange change : snapshot.historyOfOfficer(row.id())) {
            String threat = snapshot.caseload().threat(change.threatId()).map(uk.police.soc.caseload.presentation.Names::threat)
                    .orElse(change.threatId());
            boolean took = row.id().equals(change.toOfficerId());
            String other = took ? change.fromOfficerId() : change.toOfficerId();
            lines.add(0, uk.police.soc.caseload.ui.threats.ThreatPlanViewModel.when(change) + "  "
                    + (took ? "took " : "gave up ") + threat
                    + (other == null ? (took ? " (it had no LRO)" : " (it has no LRO now)")
                            : (took ? " from " : " to ") + uk.police.soc.caseload.report.words.Words.officer(
                                    officers.get(other), other))
                    + "  " + uk.police.soc.caseload.report.words.Words.reason(change.reason())
                    + (change.rationale() == null ? "" : ": " + change.rationale()));
        }
        allocationChanges.setAll(lines);
    }

    private void showDetail(OfficerRow row) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (row == null || snapshot == null) {
            loadTrend.clear();
            allocationChanges.clear();
            trendSummary.set("");
            bestMoves.clear();
            ledThreats.clear();
            detailTitle.set("Select an officer to see the threats they lead");
            detailSummary.set("");
            capacityBreakdown.clear();
            return;
        }
        detailTitle.set(row.id() + "  " + row.name());
        detailSummary.set(String.format("%s · %s · load %s of %s points = %s · %s",
                row.accreditation().label(), row.officer().active() ? "active" : "inactive",
                Formats.points(row.load()), Formats.points(row.capacity()), Formats.percent(row.loadPercent()),
                row.statusText()));
        capacityBreakdown.setAll(uk.police.soc.caseload.ui.OfficerStanding.capacityBreakdown(snapshot.assessment(),
                row.officer()));
        ledThreats.setAll(snapshot.threats().stream()
                .filter(t -> t.active() && row.id().equals(t.threat().officerId()))
                .map(t -> new LedThreat(t, t.points(), CaseloadAssessment.loadPercent(t.points(), row.capacity())))
                .toList());
        showBestMoves(snapshot, row);
        showHistory(snapshot, row);
    }
}
