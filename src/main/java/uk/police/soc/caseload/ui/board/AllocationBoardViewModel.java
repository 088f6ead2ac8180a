package uk.police.soc.caseload.ui.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

    /**
     * One column of the board; {@code officer} is null for the unallocated threats. {@code moreCards} threats
     * beyond the first {@link #CARD_LIMIT} (highest priority first) are left off the column.
     */
    public record Column(OfficerRow officer, List<ThreatRow> cards, int moreCards) {

        public String key() {
            return officer == null ? "" : officer.id();
        }
    }

    /** How the officers' columns are ordered. */
    public enum Order {
        REGISTER("Register order"),
        MOST_LOADED("Most loaded first"),
        LEAST_LOADED("Least loaded first");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The most officer columns and cards per column the board builds: thousands of cards cannot be laid out
     * quickly, and nobody drags between 900 columns. A search or an order finds the rest.
     */
    public static final int COLUMN_LIMIT = 24;
    public static final int CARD_LIMIT = 60;

    private final WorkspaceViewModel workspace;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedThreatId = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.REGISTER);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    public AllocationBoardViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> update(snapshot));
        search.addListener((obs, old, text) -> update(workspace.snapshot()));
        order.addListener((obs, old, value) -> update(workspace.snapshot()));
        update(workspace.snapshot());
    }

    /** Officer id, name, unit or area to show the columns of. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Empty when every matching officer has a column; otherwise how many are left off and how to find them. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
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
            // The allocation history keeps why a threat went to the officer it did (evidence.md).
            workspace.dialogs().askMoveReason(preview.header()).ifPresent(why -> {
                Map<String, String> change = new LinkedHashMap<>();
                change.put(threatId, toOfficerId);
                Map<String, String> rationale = why.rationale() == null ? Map.of() : Map.of(threatId, why.rationale());
                workspace.applyAllocation(change, why.reason(), rationale,
                        "Moved " + threatId + " to " + (toOfficerId == null ? "no LRO" : toOfficerId));
            });
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
            note.set("");
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
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.UK);
        List<OfficerRow> matching = new ArrayList<>();
        for (OfficerRow officer : snapshot.officers()) {
            Officer o = officer.officer();
            boolean shown = o.active() || byOfficer.containsKey(officer.id());
            if (shown && (wanted.isEmpty() || matches(o, wanted))) {
                matching.add(officer);
            }
        }
        if (order.get() == Order.MOST_LOADED) {
            matching.sort(Comparator.comparingDouble(OfficerRow::loadPercent).reversed()
                    .thenComparing(OfficerRow::id));
        } else if (order.get() == Order.LEAST_LOADED) {
            matching.sort(Comparator.comparingDouble(OfficerRow::loadPercent).thenComparing(OfficerRow::id));
        }
        List<Column> next = new ArrayList<>();
        next.add(column(null, unallocated));
        matching.stream().limit(COLUMN_LIMIT)
                .forEach(officer -> next.add(column(officer, byOfficer.getOrDefault(officer.id(), List.of()))));
        columns.setAll(next);
        if (matching.size() > COLUMN_LIMIT) {
            note.set(String.format("Showing %d of %,d officers. Search by name, unit or area, or order by load, "
                    + "to see others.", COLUMN_LIMIT, matching.size()));
        } else if (matching.isEmpty() && !wanted.isEmpty()) {
            note.set("No officer matches \"" + search.get().strip() + "\".");
        } else {
            note.set("");
        }
    }

    private static boolean matches(Officer officer, String wanted) {
        return java.util.stream.Stream.of(officer.id(), officer.name(), officer.unit(), officer.area())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.UK).contains(wanted));
    }

    private static Column column(OfficerRow officer, List<ThreatRow> cards) {
        List<ThreatRow> sorted = sortCards(cards);
        int shown = Math.min(CARD_LIMIT, sorted.size());
        return new Column(officer, List.copyOf(sorted.subList(0, shown)), sorted.size() - shown);
    }

    private static List<ThreatRow> sortCards(List<ThreatRow> cards) {
        List<ThreatRow> sorted = new ArrayList<>(cards);
        sorted.sort(java.util.Comparator.comparingInt((ThreatRow t) -> t.threat().priority()).thenComparing(ThreatRow::id));
        return sorted;
    }
}
