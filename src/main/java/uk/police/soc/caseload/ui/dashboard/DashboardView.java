package uk.police.soc.caseload.ui.dashboard;

import uk.police.soc.caseload.ui.Statuses;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.OfficerRow;

/** Tiles and the workload chart; every tile and bar opens the list behind it. */
public class DashboardView extends StackPane {

    private static final int MAX_LABELLED_BARS = 12;

    private final DashboardViewModel model;
    private final TilePane tiles = new TilePane();
    private final NumberAxis yAxis = new NumberAxis();
    private final ThresholdBarChart chart;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        getStyleClass().add("dashboard");
        setId("dashboard");

        tiles.setHgap(12);
        tiles.setVgap(12);
        // Six across: the twelve tiles take two rows at 1366×768 and leave the chart room.
        tiles.setPrefColumns(6);
        tiles.setPrefTileWidth(182);
        tiles.setTileAlignment(Pos.TOP_LEFT);

        CategoryAxis xAxis = new CategoryAxis();
        xAxis.setLabel("Officer");
        yAxis.setLabel("Load % of capacity");
        yAxis.setForceZeroInRange(true);
        chart = new ThresholdBarChart(xAxis, yAxis, 100, "100 % capacity");
        chart.setId("workload-chart");
        chart.titleProperty().bind(model.chartTitleProperty());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(12);
        chart.setMinHeight(260);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label legend = new Label("✓ within capacity   ▲ over capacity (amber)   ■ overloaded (red)   ∞ no capacity but leads threats");
        legend.getStyleClass().add("hint");
        Label note = new Label();
        note.setId("chart-note");
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.chartNoteProperty());
        Hyperlink all = new Hyperlink("Open the Officers screen");
        all.setOnAction(e -> model.openAllOfficers());
        HBox noteBar = new HBox(6, note, all);
        noteBar.setAlignment(Pos.CENTER_LEFT);
        noteBar.visibleProperty().bind(model.chartNoteProperty().isNotEmpty());
        noteBar.managedProperty().bind(noteBar.visibleProperty());
        VBox below = new VBox(2, noteBar, legend);
        VBox content = new VBox(14, heading("Dashboard"), tiles, chart, below);
        content.setPadding(new Insets(16));

        getChildren().addAll(content, emptyState());
        model.tiles().addListener((ListChangeListener<DashboardViewModel.Tile>) c -> showTiles());
        model.officerLoads().addListener((ListChangeListener<OfficerRow>) c -> showChart());
        showTiles();
        showChart();
        content.visibleProperty().bind(model.emptyProperty().not());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("page-title");
        return label;
    }

    private Node emptyState() {
        Label title = new Label("This database is empty");
        title.getStyleClass().add("page-title");
        Label text = new Label("Load the worked example from the guidance to try the planner, "
                + "or import your force's dataset (soc-caseload/1 JSON).");
        text.setWrapText(true);
        Button example = new Button("Load the worked example");
        example.setId("load-worked-example");
        example.setDefaultButton(true);
        example.setOnAction(e -> model.loadWorkedExample());
        Button importFile = new Button("Import a file…");
        importFile.setId("import-first-file");
        importFile.setOnAction(e -> model.importDataset());
        VBox box = new VBox(14, title, text, new HBox(10, example, importFile));
        box.setMaxWidth(520);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(model.emptyProperty());
        StackPane.setAlignment(box, Pos.CENTER);
        return box;
    }

    private void showTiles() {
        tiles.getChildren().clear();
        for (DashboardViewModel.Tile tile : model.tiles()) {
            Label value = new Label(tile.value());
            value.getStyleClass().add("tile-value");
            Label title = new Label(tile.title());
            title.getStyleClass().add("tile-title");
            Label hint = new Label(tile.hint());
            hint.getStyleClass().add("tile-hint");
            hint.setWrapText(true);
            VBox body = new VBox(2, title, value, hint);
            Button button = new Button();
            button.setGraphic(body);
            button.setId("tile-" + tile.key());
            button.getStyleClass().addAll("tile", "tile-" + tile.severity().name().toLowerCase());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.TOP_LEFT);
            button.setOnAction(e -> tile.open().run());
            button.setTooltip(new Tooltip("Open the list behind this figure"));
            tiles.getChildren().add(button);
        }
    }

    private void showChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        double finiteMax = model.officerLoads().stream().mapToDouble(OfficerRow::loadPercent)
                .filter(Double::isFinite).max().orElse(0);
        double ceiling = Math.max(finiteMax, model.policy().redLoadPercent()) * 1.1;
        // Fixed range with headroom, so the labels above the tallest bar stay inside the plot.
        double tick = ceiling <= 250 ? 25 : ceiling <= 600 ? 50 : 100;
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(0);
        yAxis.setTickUnit(tick);
        yAxis.setUpperBound(Math.ceil(ceiling * 1.08 / tick) * tick);
        for (OfficerRow row : model.officerLoads()) {
            // Load on no capacity has no height: its bar reaches the top of the plot, hatched and labelled ∞,
            // so that it is never read as a figure on the axis.
            double shown = Double.isInfinite(row.loadPercent()) ? yAxis.getUpperBound() : row.loadPercent();
            XYChart.Data<String, Number> bar = new XYChart.Data<>(DashboardViewModel.chartLabel(row), shown);
            bar.nodeProperty().addListener((obs, old, node) -> decorate(node, row));
            series.getData().add(bar);
        }
        chart.clearBarLabels();
        chart.getData().setAll(java.util.List.of(series));
        series.getData().forEach(d -> decorate(d.getNode(), rowFor(d.getXValue())));
        // With a unit-sized team each bar also says its figure and status in text; a force-wide chart would be
        // too crowded for that, and the tooltips and officer table carry it there.
        boolean labelAll = model.officerLoads().size() <= MAX_LABELLED_BARS;
        series.getData().forEach(d -> {
            OfficerRow row = rowFor(d.getXValue());
            if (Double.isInfinite(row.loadPercent())) {
                chart.setBarLabel(d, "∞");
            } else if (labelAll) {
                chart.setBarLabel(d, Statuses.symbol(row.status()) + " " + Formats.percent(row.loadPercent()));
            }
        });
    }

    private OfficerRow rowFor(String label) {
        return model.officerLoads().stream().filter(r -> DashboardViewModel.chartLabel(r).equals(label)).findFirst()
                .orElse(null);
    }

    private void decorate(Node node, OfficerRow row) {
        if (node == null || row == null) {
            return;
        }
        node.getStyleClass().removeIf(s -> s.startsWith("status-"));
        node.getStyleClass().removeAll("load-infinite");
        node.getStyleClass().addAll("load-bar", Statuses.styleClass(row.status()));
        if (Double.isInfinite(row.loadPercent())) {
            node.getStyleClass().add("load-infinite");
        }
        Tooltip.install(node, new Tooltip(String.format("%s (%s)%nLoad %s of %s points: %s%n%s", row.name(), row.id(),
                Formats.points(row.load()), Formats.points(row.capacity()), Formats.percent(row.loadPercent()),
                row.statusText())));
        node.setOnMouseClicked(e -> model.openOfficer(row.id()));
        node.setStyle("-fx-cursor: hand;");
    }
}
