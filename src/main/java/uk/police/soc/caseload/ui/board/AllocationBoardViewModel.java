package uk.police.soc.caseload.ui.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.OfficerRow;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The allocation board: one column per officer with the active threats they lead as cards, plus a column of
 * unallocated threats. A move is previewed (load % before and after, rules broken) and applied only once
 * confirmed.
 */
public class AllocationBoardViewModel {

    /** One column of the board; {@code officer} is null for the unallocated threats. */
    public record Column(OfficerRow officer, List<ThreatRow> cards) {

        public String key() {
            return officer == null ? "" : officer.id();
        }
    }

    private final WorkspaceViewModel workspace;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedThreatId = new SimpleObjectProperty<>();

    public AllocationBoardViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> update(snapshot));
        update(workspace.snapshot());
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObjectProperty<String> selectedThreatIdProperty() {
        return selectedThreatId;
    }

    public Optional<ThreatRow> selectedThreat() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null || selectedThreatId.get() == null) {
            return Optional.empty();
        }
        return snapshot.threats().stream().filter(t -> t.id().equals(selectedThreatId.get())).findFirst();
    }

    public MovePreview preview(String threatId, String toOfficerId) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return MovePreview.of(snapshot.assessment(), snapshot.caseload().threat(threatId).orElseThrow(), toOfficerId);
    }

    /**
     * Shows what the move does and applies it once the user confirms. A drop on the column the threat is
     * already in does nothing.
     */
    public void move(String threatId, String toOfficerId) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null || snapshot.caseload().threat(threatId).isEmpty()) {
            return;
        }
        String current = snapshot.caseload().threat(threatId).get().officerId();
        if (java.util.Objects.equals(current, toOfficerId)) {
            return;
        }
        MovePreview preview = preview(threatId, toOfficerId);
        String header = preview.header() + (preview.breaksRules() ? " — breaks rules" : "");
        if (workspace.dialogs().confirm(preview.title(), header, preview.details())) {
            Map<String, String> change = new LinkedHashMap<>();
            change.put(threatId, toOfficerId);
            workspace.applyAllocation(change, "Moved " + threatId + " to " + (toOfficerId == null ? "no LRO" : toOfficerId));
        }
    }

    /** The keyboard way: asks where the selected card goes, then moves it as a drop would. */
    public void moveSelected() {
        Optional<ThreatRow> threat = selectedThreat();
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (threat.isEmpty() || snapshot == null) {
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add(UNALLOCATED_CHOICE);
        for (OfficerRow officer : snapshot.officers()) {
            if (officer.officer().active()) {
                choices.add(officerChoice(officer));
            }
        }
        String current = threat.get().threat().officerId();
        String initial = current == null ? UNALLOCATED_CHOICE
                : choices.stream().filter(c -> c.startsWith(current + " ")).findFirst().orElse(UNALLOCATED_CHOICE);
        workspace.dialogs().choose("Move " + threat.get().id() + " to…", "Choose the new LRO", choices, initial)
                .ifPresent(choice -> move(threat.get().id(), UNALLOCATED_CHOICE.equals(choice) ? null : choice.split(" ")[0]));
    }

    static final String UNALLOCATED_CHOICE = "(no LRO — unallocated)";

    private static String officerChoice(OfficerRow officer) {
        return officer.id() + " " + officer.name() + " — " + officer.accreditation().label() + ", load "
                + uk.police.soc.caseload.ui.Formats.percent(officer.loadPercent());
    }

    public void togglePinSelected() {
        selectedThreat().ifPresent(row -> {
            if (!row.threat().pinned() && row.threat().officerId() == null) {
                workspace.dialogs().showInfo("Cannot pin", "Give " + row.id() + " an LRO before pinning it.");
                return;
            }
            workspace.setPinned(row.id(), !row.threat().pinned());
        });
    }

    private void update(CaseloadSnapshot snapshot) {
        if (snapshot == null) {
            columns.clear();
            return;
        }
        Map<String, List<ThreatRow>> byOfficer = new LinkedHashMap<>();
        List<ThreatRow> unallocated = new ArrayList<>();
        for (ThreatRow row : snapshot.threats()) {
            if (!row.active()) {
                continue;
            }
            String officerId = row.threat().officerId();
            if (officerId == null) {
                unallocated.add(row);
            } else {
                byOfficer.computeIfAbsent(officerId, k -> new ArrayList<>()).add(row);
            }
        }
        List<Column> next = new ArrayList<>();
        next.add(new Column(null, sortCards(unallocated)));
        for (OfficerRow officer : snapshot.officers()) {
            List<ThreatRow> cards = byOfficer.getOrDefault(officer.id(), List.of());
            Officer o = officer.officer();
            if (o.active() || !cards.isEmpty()) {
                next.add(new Column(officer, sortCards(cards)));
            }
        }
        columns.setAll(next);
    }

    private static List<ThreatRow> sortCards(List<ThreatRow> cards) {
        List<ThreatRow> sorted = new ArrayList<>(cards);
        sorted.sort(java.util.Comparator.comparingInt((ThreatRow t) -> t.threat().priority()).thenComparing(ThreatRow::id));
        return sorted;
    }
}
