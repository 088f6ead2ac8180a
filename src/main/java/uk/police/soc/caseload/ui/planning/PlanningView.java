package uk.police.soc.caseload.ui.planning;

import uk.police.soc.caseload.ui.Statuses;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.police.soc.caseload.ui.FigureChange;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Tables;

/** The planner: run, watch, stop; then accept or reject the proposal; explanations for any threat. */
public class PlanningView extends VBox {

    private final PlanningViewModel model;

    public PlanningView(PlanningViewModel model) {
        this.model = model;
        setId("planning");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Planning");
        title.getStyleClass().add("page-title");

        Spinner<Integer> budget = new Spinner<>(1, 600, model.budgetSecondsProperty().get(), 5);
        budget.setId("planner-budget");
        budget.setEditable(true);
        budget.setPrefWidth(80);
        budget.valueProperty().addListener((obs, old, v) -> model.budgetSecondsProperty().set(v));
        budget.disableProperty().bind(model.runningProperty());
        Button propose = new Button("Propose allocation");
        propose.setId("propose");
        propose.setDefaultButton(true);
        propose.disableProperty().bind(model.runningProperty());
        propose.setOnAction(e -> model.propose());
        Button stop = new Button("■ Stop");
        stop.setId("stop-planner");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.visibleProperty().bind(model.runningProperty());
        Label elapsed = new Label();
        elapsed.setId("planner-elapsed");
        elapsed.textProperty().bind(model.elapsedTextProperty());
        elapsed.visibleProperty().bind(model.runningProperty());
        javafx.scene.control.ToggleGroup modes = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton full = new javafx.scene.control.RadioButton("Best plan");
        full.setId("mode-full");
        full.setToggleGroup(modes);
        full.setTooltip(new javafx.scene.control.Tooltip("No rule breaches, least overload, then the fairest balance "
                + "with the fewest moves"));
        javafx.scene.control.RadioButton fix = new javafx.scene.control.RadioButton("Only fix rule breaches (fewest moves)");
        fix.setId("mode-breaches-only");
        fix.setToggleGroup(modes);
        fix.setTooltip(new javafx.scene.control.Tooltip("Moves only threats whose LRO may not lead them and gives "
                + "unallocated threats an LRO; every other threat stays"));
        (model.breachesOnlyProperty().get() ? fix : full).setSelected(true);
        fix.selectedProperty().addListener((obs, was, is) -> model.breachesOnlyProperty().set(is));
        full.disableProperty().bind(model.runningProperty());
        fix.disableProperty().bind(model.runningProperty());
        Button keepOut = new Button("Keep out of the run…");
        keepOut.setId("keep-out");
        keepOut.disableProperty().bind(model.runningProperty());
        Label held = new Label(model.heldText());
        held.setId("held-out");
        held.getStyleClass().add("hint");
        keepOut.setOnAction(e -> {
            KeepOutDialog.show(getScene() == null ? null : getScene().getWindow(), model);
            held.setText(model.heldText());
        });
        Label run = new Label("Run:");
        HBox scope = new HBox(10, run, full, fix, keepOut, held);
        scope.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node node : scope.getChildren()) {
            ((javafx.scene.layout.Region) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label budgetLabel = new Label("Time budget (s)");
        HBox controls = new HBox(8, budgetLabel, budget, propose, stop, bar, elapsed);
        for (javafx.scene.Node node : List.of(budgetLabel, propose, stop)) {
            ((javafx.scene.layout.Region) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        controls.setAlignment(Pos.CENTER_LEFT);
        Label progress = new Label();
        progress.setId("planner-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressTextProperty());

        Timeline clock = new Timeline(new KeyFrame(Duration.millis(200), e -> model.updateElapsed()));
        clock.setCycleCount(Animation.INDEFINITE);
        model.runningProperty().addListener((obs, was, is) -> {
            if (is) {
                clock.play();
            } else {
                clock.stop();
            }
        });

        SplitPane proposalPane = new SplitPane(titled("Proposed moves", movesTable()),
                titled("Officers the proposal touches: before → after", officersTable()));
        proposalPane.setOrientation(Orientation.VERTICAL);
        proposalPane.setDividerPositions(0.5);
        Label whyWorse = new Label();
        whyWorse.setId("why-worse");
        whyWorse.setWrapText(true);
        whyWorse.getStyleClass().add("why-worse");
        whyWorse.textProperty().bind(model.whyWorseProperty());
        whyWorse.managedProperty().bind(whyWorse.textProperty().isNotEmpty());
        whyWorse.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox figures = titled("Plan figures of the ticked moves: before → after", figuresTable());

        VBox.setVgrow(figures.getChildren().get(1), Priority.NEVER);
        VBox explanation = explanationPane();
        VBox.setVgrow(explanation, Priority.ALWAYS);
        VBox sidePane = new VBox(8, figures, explanation);
        // At 1366×768 the figures and the explanation together are taller than the space left: they scroll,
        // so that the Accept and Reject bar below never leaves the window.
        ScrollPane sideScroll = new ScrollPane(sidePane);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setMinHeight(0);
        SplitPane split = new SplitPane(proposalPane, sideScroll);
        split.setMinHeight(0);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        split.setMinHeight(120);

        Label summary = new Label();
        summary.setId("proposal-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button accept = new Button();
        accept.textProperty().bind(model.acceptTextProperty());
        accept.setId("accept-proposal");
        accept.disableProperty().bind(model.proposalProperty().isNull());
        accept.setOnAction(e -> model.accept());
        Button reject = new Button("Reject");
        reject.setId("reject-proposal");
        reject.disableProperty().bind(model.proposalProperty().isNull());
        reject.setOnAction(e -> model.reject());
        accept.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reject.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button tickAll = new Button("Tick all");
        tickAll.setId("tick-all");
        tickAll.disableProperty().bind(model.proposalProperty().isNull());
        tickAll.setOnAction(e -> model.tickAll(true));
        Button tickNone = new Button("Untick all");
        tickNone.setId("tick-none");
        tickNone.disableProperty().bind(model.proposalProperty().isNull());
        tickNone.setOnAction(e -> model.tickAll(false));
        tickAll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tickNone.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox words = new VBox(2, whyWorse, summary);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox decision = new HBox(8, words, tickAll, tickNone, accept, reject);
        decision.setAlignment(Pos.CENTER_LEFT);
        decision.getStyleClass().add("decision-bar");
        decision.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label intro = new Label("The planner proposes who should lead each threat: no one who fails a rule, "
                + "as little overload as possible, then the fairest balance with the fewest moves. "
                + "Nothing is stored until you accept.");
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        // At 1366×768 every row counts: the introduction is the Propose button's tooltip, and the sentence on a
        // worse figure sits with the summary above the decision buttons.
        propose.setTooltip(new javafx.scene.control.Tooltip(intro.getText()));
        getChildren().addAll(title, scope, controls, progress, split, decision);
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new Insets(8));
        label.getStyleClass().add("hint");
        return label;
    }

    private static VBox titled(String heading, TableView<?> table) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        label.setLabelFor(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(4, label, table);
        box.setPadding(new Insets(4, 4, 4, 0));
        return box;
    }

    private TableView<PlanningViewModel.MoveRow> movesTable() {
        TableView<PlanningViewModel.MoveRow> table = new TableView<>(model.moves());
        table.setId("proposal-moves");
        table.setPlaceholder(placeholder("No proposal yet: press Propose allocation (Ctrl+R)"));
        TableColumn<PlanningViewModel.MoveRow, String> name =
                Tables.column("Name", 105, PlanningViewModel.MoveRow::threatName);
        TableColumn<PlanningViewModel.MoveRow, Boolean> tick = new TableColumn<>("✔");
        tick.setId("move-accepted");
        tick.setCellValueFactory(c -> c.getValue().acceptedProperty());
        tick.setCellFactory(javafx.scene.control.cell.CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        tick.setPrefWidth(34);
        tick.setMinWidth(34);
        tick.setMaxWidth(34);
        tick.setSortable(false);
        table.setEditable(true);
        TableColumn<PlanningViewModel.MoveRow, String> threat =
                Tables.column("Threat", 128, r -> r.move().threatId());
        TableColumn<PlanningViewModel.MoveRow, Double> points =
                Tables.numberColumn("Pts", 44, r -> r.move().points(), Formats::points);
        TableColumn<PlanningViewModel.MoveRow, String> why = Tables.column("Why", 90, PlanningViewModel.MoveRow::why);
        TableColumn<PlanningViewModel.MoveRow, String> watch =
                Tables.column("Watch", 200, PlanningViewModel.MoveRow::warning);
        // At 1366 × 768 the list is narrower than its columns: the id, points and reason are read whole, and the
        // names and warnings give way (each cell's tooltip holds its whole text; the divider gives more room).
        threat.setMinWidth(126);
        points.setMinWidth(44);
        why.setMinWidth(88);
        watch.setMinWidth(120);
        table.getColumns().setAll(List.of(tick, threat, name, points,
                Tables.<PlanningViewModel.MoveRow, String>column("From", 150, PlanningViewModel.MoveRow::fromName),
                Tables.<PlanningViewModel.MoveRow, String>column("To", 150, PlanningViewModel.MoveRow::toName),
                why, watch));
        // Space ticks the selected move, so the whole list can be worked through from the keyboard.
        table.setOnKeyPressed(e -> {
            PlanningViewModel.MoveRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && row != null && table.getEditingCell() == null) {
                row.acceptedProperty().set(!row.isAccepted());
                e.consume();
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedThreatIdProperty().set(row.move().threatId());
            }
        });
        return table;
    }

    private TableView<PlanningViewModel.OfficerChangeRow> officersTable() {
        TableView<PlanningViewModel.OfficerChangeRow> table = new TableView<>(model.officerChanges());
        table.setId("proposal-officers");
        table.setPlaceholder(placeholder("Each officer who gains or loses a threat shows here, with the load "
                + "before and after the whole proposal."));
        table.getColumns().setAll(List.of(
                Tables.<PlanningViewModel.OfficerChangeRow, String>column("Officer", 160,
                        r -> r.name().isEmpty() ? r.officerId() : r.name() + " (" + r.officerId() + ")"),
                Tables.numberColumn("Capacity", 72, PlanningViewModel.OfficerChangeRow::capacity, Formats::points),
                Tables.<PlanningViewModel.OfficerChangeRow, String>column("Load", 76,
                        r -> Formats.points(r.loadBefore()) + " → " + Formats.points(r.loadAfter())),
                Tables.<PlanningViewModel.OfficerChangeRow, String>column("Load %", 142,
                        r -> Formats.percent(r.percentBefore()) + " → " + Formats.percent(r.percentAfter())),
                Tables.styledColumn("Status", 150,
                        r -> Statuses.symbol(r.statusBefore()) + " → " + Statuses.text(r.statusAfter()),
                        r -> Statuses.styleClass(r.statusAfter())),
                Tables.<PlanningViewModel.OfficerChangeRow, String>column("Threats", 64,
                        PlanningViewModel.OfficerChangeRow::gainedLost)));
        table.getColumns().get(5).setStyle("-fx-alignment: CENTER;");
        table.getColumns().get(3).setMinWidth(135);
        table.getColumns().get(1).setMinWidth(70);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    private TableView<FigureChange> figuresTable() {
        TableView<FigureChange> table = new TableView<>(model.figures());
        table.setId("proposal-figures");
        table.setPlaceholder(placeholder("The plan figures before and after show here."));
        TableColumn<FigureChange, String> before =
                Tables.column("Before", 80, FigureChange::beforeText);
        TableColumn<FigureChange, String> after =
                Tables.column("After", 80, FigureChange::afterText);
        before.setStyle("-fx-alignment: CENTER-RIGHT;");
        after.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(
                Tables.<FigureChange, String>column("Figure", 170, FigureChange::figure),
                before, after,
                Tables.styledColumn("Change", 90, FigureChange::verdict,
                        r -> r.better() == null ? null : r.better() ? "status-ok" : "status-amber")));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // All eight figures at once, without a scroll bar: the comparison is the point of the table.
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * 8 + 30);
        // Never squeezed by the explanation below it: the side pane scrolls instead.
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return table;
    }

    private VBox explanationPane() {
        ComboBox<String> threat = new ComboBox<>(model.threatIds());
        threat.setId("explain-threat");
        threat.setPromptText("Choose a threat");
        uk.police.soc.caseload.ui.FormDialog.labelled(threat, id -> id == null ? "Choose a threat" : model.threatLabel(id));
        threat.setPrefWidth(320);
        threat.valueProperty().bindBidirectional(model.selectedThreatIdProperty());
        Label heading = new Label("Explanation");
        heading.getStyleClass().add("section-title");
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label explanation = new Label();
        explanation.setId("threat-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanation.textProperty().bind(model.explanationProperty());

        Label candidates = new Label("Who could lead it, best first");
        candidates.getStyleClass().add("section-title");
        ListView<Candidate> list = new ListView<>(model.recommendations());
        list.setId("recommendations");
        list.setPlaceholder(placeholder("Choose a threat, or select a move, to rank who could lead it."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Candidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, heading, threat), explanation, candidates, list);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }
}
