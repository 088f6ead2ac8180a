package uk.police.soc.caseload.ui.officers;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.OfficerFilter;
import uk.police.soc.caseload.ui.OfficerRow;
import uk.police.soc.caseload.ui.Tables;

/** The officer table and, below it, the selected officer's page. */
public class OfficersView extends VBox {

    private final OfficersViewModel model;
    private final TableView<OfficerRow> table = new TableView<>();

    public OfficersView(OfficersViewModel model) {
        this.model = model;
        setId("officers");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Officers");
        title.getStyleClass().add("page-title");

        ComboBox<OfficerFilter> filter = new ComboBox<>();
        filter.setId("officer-filter");
        filter.getItems().setAll(OfficerFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        TextField search = new TextField();
        search.setId("officer-search");
        search.setPromptText("Search id, name, unit, area, skill…");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button create = new Button("New…");
        create.setId("new-officer");
        create.setOnAction(e -> model.newOfficer());
        Button edit = new Button("Edit…");
        edit.setId("edit-officer");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> model.editSelected());
        HBox bar = new HBox(8, new Label("Show"), filter, search, create, edit);
        bar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        SplitPane split = new SplitPane(table, detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, bar, split);
    }

    private void buildTable() {
        table.setId("officer-table");
        TableColumn<OfficerRow, String> id = Tables.column("Id", 70, OfficerRow::id);
        TableColumn<OfficerRow, String> name = Tables.column("Name", 150, OfficerRow::name);
        TableColumn<OfficerRow, String> unit = Tables.column("Unit", 120, r -> r.officer().unit());
        TableColumn<OfficerRow, Double> capacity = Tables.numberColumn("Capacity", 75, OfficerRow::capacity, Formats::points);
        TableColumn<OfficerRow, Double> load = Tables.numberColumn("Load", 60, OfficerRow::load, Formats::points);
        TableColumn<OfficerRow, Double> percent = Tables.numberColumn("Load %", 75, OfficerRow::loadPercent, Formats::percent);
        TableColumn<OfficerRow, OfficerRow> status = Tables.styledColumn("Status", 185, OfficerRow::statusText,
                OfficerRow::statusStyleClass);
        TableColumn<OfficerRow, String> accreditation = Tables.column("Accreditation", 130, r -> r.accreditation().label());
        TableColumn<OfficerRow, Integer> pip = Tables.column("PIP", 45, r -> r.officer().pipLevel());
        TableColumn<OfficerRow, String> skills = Tables.column("Skills", 165, model::skillsText);
        TableColumn<OfficerRow, String> active = Tables.column("Active", 60, r -> r.officer().active() ? "Yes" : "No");
        table.getColumns().setAll(List.of(id, name, unit, capacity, load, percent, status, accreditation, pip, skills, active));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> showSelected());
        // A refresh replaces the rows with equal ones (records), so the selected property does not change while
        // the table loses its selection; and an officer may be chosen (showOfficer) before this view exists.
        table.getItems().addListener((javafx.collections.ListChangeListener<OfficerRow>) change ->
                javafx.application.Platform.runLater(this::showSelected));
        showSelected();
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<OfficerRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.editSelected();
                }
            });
            return row;
        });
    }

    /** The officer's load % day by day against the red line, from the workload history. */
    private VBox loadOverTime() {
        javafx.scene.chart.NumberAxis x = new javafx.scene.chart.NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel("Date");
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return java.time.LocalDate.ofEpochDay(epochDay.longValue())
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        javafx.scene.chart.NumberAxis y = new javafx.scene.chart.NumberAxis();
        y.setLabel("Load %");
        javafx.scene.chart.LineChart<Number, Number> chart = new javafx.scene.chart.LineChart<>(x, y);
        chart.setId("officer-load-trend");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        Runnable fill = () -> {
            javafx.scene.chart.XYChart.Series<Number, Number> load = new javafx.scene.chart.XYChart.Series<>();
            load.setName("Load %");
            javafx.scene.chart.XYChart.Series<Number, Number> red = new javafx.scene.chart.XYChart.Series<>();
            red.setName("Red line (overloaded above)");
            for (OfficersViewModel.LoadPoint point : model.loadTrend()) {
                long day = point.date().toEpochDay();
                if (point.loadPercent() != null) {
                    load.getData().add(new javafx.scene.chart.XYChart.Data<>(day, point.loadPercent()));
                }
                red.getData().add(new javafx.scene.chart.XYChart.Data<>(day, point.redLoadPercent()));
            }
            chart.getData().setAll(List.of(load, red));
            // Dark and solid for the officer, dashed and without points for the threshold: apart in grey too.
            load.getNode().setStyle("-fx-stroke: #1f3a60; -fx-stroke-width: 2px;");
            load.getData().forEach(d -> d.getNode().setStyle("-fx-background-color: #1f3a60, white;"));
            red.getNode().setStyle("-fx-stroke: #b3261e; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 8 6;");
            red.getData().forEach(d -> d.getNode().setStyle("-fx-background-color: transparent;"));
            chart.lookupAll(".chart-legend-item-symbol").forEach(symbol -> symbol.setStyle(
                    symbol.getStyleClass().contains("series1") ? "-fx-background-color: #b3261e;"
                            : "-fx-background-color: #1f3a60, white;"));
        };
        model.loadTrend().addListener((javafx.collections.ListChangeListener<OfficersViewModel.LoadPoint>) c -> fill.run());
        fill.run();
        Label summary = new Label();
        summary.setId("officer-trend-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.trendSummaryProperty().concat(
                ". Solid: their load %; dashed: the red line, above which an officer is overloaded."));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return new VBox(4, summary, chart);
    }

    private javafx.scene.control.ListView<String> allocationChanges() {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(model.allocationChanges());
        list.setId("officer-allocation-changes");
        list.setPlaceholder(new Label("No threat has come to or gone from this officer since records began"));
        return list;
    }

    private VBox detail() {
        Label title = new Label();
        title.setId("officer-detail-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.detailTitleProperty());
        Label summary = new Label();
        summary.setId("officer-detail-summary");
        summary.textProperty().bind(model.detailSummaryProperty());
        TableView<OfficersViewModel.LedThreat> led = new TableView<>(model.ledThreats());
        led.setId("officer-led-threats");
        led.setPlaceholder(new Label("Leads no active threats"));
        led.getColumns().setAll(List.of(
                Tables.<OfficersViewModel.LedThreat, String>column("Threat", 120, t -> t.threat().id()),
                Tables.<OfficersViewModel.LedThreat, String>column("Name", 180, t -> t.threat().threat().name()),
                Tables.<OfficersViewModel.LedThreat, String>column("Category", 120, t -> t.threat().categoryName()),
                Tables.<OfficersViewModel.LedThreat, Integer>column("Priority", 70, t -> t.threat().threat().priority()),
                Tables.numberColumn("Points", 70, OfficersViewModel.LedThreat::points, Formats::points),
                Tables.numberColumn("Adds load %", 100, OfficersViewModel.LedThreat::percentOfCapacity, Formats::percent),
                Tables.<OfficersViewModel.LedThreat, String>column("Status", 140, t -> t.threat().statusText())));
        led.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(led, Priority.ALWAYS);
        TableView<OfficersViewModel.BestMove> best = new TableView<>(model.bestMoves());
        best.setId("officer-best-moves");
        best.setPlaceholder(new Label("No threat may move to this officer without breaking a rule"));
        best.getColumns().setAll(List.of(
                Tables.<OfficersViewModel.BestMove, String>column("Threat", 110, OfficersViewModel.BestMove::threatId),
                Tables.<OfficersViewModel.BestMove, String>column("Name", 120, OfficersViewModel.BestMove::threatName),
                Tables.<OfficersViewModel.BestMove, String>column("From", 170, OfficersViewModel.BestMove::from),
                Tables.<OfficersViewModel.BestMove, String>column("Their load %", 130, OfficersViewModel.BestMove::fromLoad),
                Tables.<OfficersViewModel.BestMove, String>column("This officer's load %", 150,
                        OfficersViewModel.BestMove::toLoad),
                Tables.<OfficersViewModel.BestMove, String>column("Quality change", 100,
                        OfficersViewModel.BestMove::qualityChange)));
        best.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label bestTitle = new Label("Threats that would best move to them (higher quality change is better)");
        bestTitle.getStyleClass().add("hint");
        javafx.scene.control.ListView<String> capacity = new javafx.scene.control.ListView<>(model.capacityBreakdown());
        capacity.setId("officer-capacity-breakdown");
        capacity.setPlaceholder(new Label("Select an officer"));
        Tables.wrapLines(capacity);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Threats they lead", led),
                new javafx.scene.control.Tab("How their capacity is made up", capacity),
                new javafx.scene.control.Tab("Best threats to give them", new VBox(4, bestTitle, best)),
                new javafx.scene.control.Tab("Load over time", loadOverTime()),
                new javafx.scene.control.Tab("Threats taken and given up", allocationChanges()));
        tabs.setId("officer-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(best, Priority.ALWAYS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(6, title, summary, tabs);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** The table highlights the officer whose page is shown. */
    private void showSelected() {
        OfficerRow row = model.selectedProperty().get();
        if (row != null && !row.equals(table.getSelectionModel().getSelectedItem())) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
    }
}
