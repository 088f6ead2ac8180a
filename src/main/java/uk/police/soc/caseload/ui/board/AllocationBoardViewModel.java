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
import uk.police.soc.caseload.presentation.Names;
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
        confirmAndMove(workspace, threatId, toOfficerId);
    }

    /**
     * The one way a single threat changes hands from a screen (the board, the threat's page): the move preview,
     * with Cancel as the default when the move breaks a rule, then the reason, then one recorded change.
     */
    public static void confirmAndMove(WorkspaceViewModel workspace, String threatId, String toOfficerId) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null || snapshot.caseload().threat(threatId).isEmpty()) {
            return;
        }
        String current = snapshot.caseload().threat(threatId).get().officerId();
        if (java.util.Objects.equals(current, toOfficerId)) {
            return;
        }
        MovePreview preview = MovePreview.of(snapshot.assessment(), snapshot.caseload().threat(threatId).get(),
                toOfficerId);
        String header = preview.header() + (preview.breaksRules() ? " — breaks rules" : "");
        // A move that breaks a rule is allowed (the manager may know better) but never the default answer.
        boolean confirmed = preview.breaksRules()
                ? workspace.dialogs().confirmRisky(preview.title(), header, preview.details())
                : workspace.dialogs().confirm(preview.title(), header, preview.details());
        if (confirmed) {
            // The allocation history keeps why a threat went to the officer it did (evidence.md).
            workspace.dialogs().askMoveReason(preview.header()).ifPresent(why -> {
                Map<String, String> change = new LinkedHashMap<>();
                change.put(threatId, toOfficerId);
                Map<String, String> rationale = why.rationale() == null ? Map.of() : Map.of(threatId, why.rationale());
                workspace.applyAllocation(change, why.reason(), rationale,
                        "Moved " + Names.threat(snapshot.caseload(), threatId) + " to "
                                + Names.officer(snapshot.caseload(), toOfficerId));
            });
        }
    }

    /** The rules a card's LRO fails, in words ("not an accredited LRO, skill level too low"). */
    public String failedRules(ThreatRow row) {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null || row.threat().officerId() == null) {
            return "";
        }
        return snapshot.caseload().officer(row.threat().officerId())
                .map(o -> String.join(", ", snapshot.assessment().unmetRules(o, row.threat()).stream()
                        .map(uk.police.soc.caseload.domain.EligibilityRule::label).toList()))
                .orElse("");
    }

    /** Which way an arrow key goes on the board. */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    /**
     * The card an arrow key goes to from {@code threatId}: the one above or below in its column, or the nearest in
     * the next column that has cards (at the same height where there is one); empty at an edge.
     */
    public Optional<String> neighbour(String threatId, Direction direction) {
        int column = -1;
        int index = -1;
        for (int c = 0; c < columns.size() && column < 0; c++) {
            List<ThreatRow> cards = columns.get(c).cards();
            for (int i = 0; i < cards.size(); i++) {
                if (cards.get(i).id().equals(threatId)) {
                    column = c;
                    index = i;
                    break;
                }
            }
        }
        if (column < 0) {
            return Optional.empty();
        }
        List<ThreatRow> here = columns.get(column).cards();
        switch (direction) {
            case UP:
                return index > 0 ? Optional.of(here.get(index - 1).id()) : Optional.empty();
            case DOWN:
                return index + 1 < here.size() ? Optional.of(here.get(index + 1).id()) : Optional.empty();
            default:
                int step = direction == Direction.LEFT ? -1 : 1;
                for (int c = column + step; c >= 0 && c < columns.size(); c += step) {
                    List<ThreatRow> cards = columns.get(c).cards();
                    if (!cards.isEmpty()) {
                        return Optional.of(cards.get(Math.min(index, cards.size() - 1)).id());
                    }
                }
                return Optional.empty();
        }
    }

    /** One line of the "Move to…" list: an officer (null for none) in words. */
    public record MoveChoice(String officerId, String text, boolean eligible) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The keyboard way: asks where the selected card goes, then moves it as a drop would. Officers who may lead
     * the threat come first, least loaded after the move first, each with load % before → after; the current LRO
     * is not offered (moving there changes nothing) and the best eligible officer is picked to start with.
     */
    public void moveSelected() {
        Optional<ThreatRow> threat = selectedThreat();
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (threat.isEmpty() || snapshot == null) {
            return;
        }
        List<MoveChoice> choices = moveChoices(snapshot, threat.get());
        if (choices.isEmpty()) {
            workspace.dialogs().showInfo("Nowhere to move it", "No other active officer could take "
                    + Names.threat(threat.get().threat()) + ".");
            return;
        }
        MoveChoice initial = choices.get(0);
        workspace.dialogs().choose("Move " + Names.threat(threat.get().threat()) + " to…",
                        "Choose the new LRO: officers who may lead it first", choices, initial)
                .ifPresent(choice -> move(threat.get().id(), choice.officerId()));
    }

    static List<MoveChoice> moveChoices(CaseloadSnapshot snapshot, ThreatRow row) {
        List<MoveChoice> choices = new ArrayList<>(moveChoices(snapshot.assessment(), row.threat(), false));
        if (row.threat().officerId() != null) {
            choices.add(new MoveChoice(null, UNALLOCATED_CHOICE, true));
        }
        return choices;
    }

    /**
     * The active officers a threat could go to, in words: those who may lead it first, least loaded after taking
     * it first, each with load % before → after; then those who fail a rule, with the rule. With
     * {@code includeCurrent} the current LRO is listed too (among the eligible when they may lead it), marked so.
     */
    public static List<MoveChoice> moveChoices(uk.police.soc.caseload.domain.CaseloadAssessment assessment,
            uk.police.soc.caseload.domain.Threat threat, boolean includeCurrent) {
        List<MoveChoice> eligible = new ArrayList<>();
        List<MoveChoice> others = new ArrayList<>();
        java.util.Map<MoveChoice, Double> after = new java.util.HashMap<>();
        for (uk.police.soc.caseload.domain.Officer officer : assessment.caseload().officers()) {
            boolean current = officer.id().equals(threat.officerId());
            if (!officer.active() || current && !includeCurrent) {
                continue;
            }
            MovePreview preview = MovePreview.of(assessment, threat, officer.id());
            String load = current ? "current LRO, load " + uk.police.soc.caseload.ui.Formats.percent(preview.toBefore())
                    : "load " + uk.police.soc.caseload.ui.Formats.percent(preview.toBefore()) + " → "
                            + uk.police.soc.caseload.ui.Formats.percent(preview.toAfter());
            if (preview.breaksRules()) {
                others.add(new MoveChoice(officer.id(), Names.officer(officer) + " — ⚠ "
                        + String.join(", ", preview.unmetRules().stream()
                                .map(uk.police.soc.caseload.domain.EligibilityRule::label).toList())
                        + "; " + load, false));
            } else {
                MoveChoice choice = new MoveChoice(officer.id(), Names.officer(officer) + " — "
                        + CaseloadSnapshot.accreditationOf(assessment, officer.id()).label() + ", " + load, true);
                eligible.add(choice);
                after.put(choice, preview.toAfter());
            }
        }
        eligible.sort(java.util.Comparator.comparingDouble((MoveChoice c) -> after.get(c))
                .thenComparing(MoveChoice::officerId));
        List<MoveChoice> choices = new ArrayList<>(eligible);
        choices.addAll(others);
        return choices;
    }

    static final String UNALLOCATED_CHOICE = "(no LRO — unallocated)";

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
