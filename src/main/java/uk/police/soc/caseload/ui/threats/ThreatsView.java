package uk.police.soc.caseload.ui.threats;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.ThreatFilter;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.Tables;

/** The threat register table and its filter bar. */
public class ThreatsView extends VBox {

    private final ThreatsViewModel model;
    private final TableView<ThreatRow> table = new TableView<>();

    public ThreatsView(ThreatsViewModel model) {
        this.model = model;
        setId("threats");
        setSpacing(10);
        setPadding(new Insets(16));

        Label title = new Label("Threat register");
        title.getStyleClass().add("page-title");

        ComboBox<ThreatFilter> filter = new ComboBox<>();
        filter.setId("threat-filter");
        filter.getItems().setAll(ThreatFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());

        ComboBox<String> category = new ComboBox<>(model.categories());
        category.setId("threat-category");
        category.setPromptText("All categories");
        uk.police.soc.caseload.ui.FormDialog.labelled(category, code -> code == null ? "All categories" : model.categoryName(code));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        Button allCategories = new Button("×");
        allCategories.setTooltip(new javafx.scene.control.Tooltip("Show every category"));
        allCategories.setOnAction(e -> model.categoryProperty().set(null));

        TextField search = new TextField();
        search.setId("threat-search");
        search.setPromptText("Search id, name, LRO, area…");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button create = new Button("New…");
        create.setId("new-threat");
        create.setOnAction(e -> model.newThreat());
        Button edit = new Button("Edit…");
        edit.setId("edit-threat");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> model.editSelected());
        Button archive = new Button("Archive…");
        archive.setId("archive-threat");
        archive.disableProperty().bind(model.selectedProperty().isNull());
        archive.setOnAction(e -> model.archiveSelected());

        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(model.countTextProperty());

        Button assign = new Button("Assign…");
        assign.setId("assign-threat");
        assign.setTooltip(new javafx.scene.control.Tooltip(
                "Who could lead the selected threat, best first; the move is previewed before anything changes"));
        assign.disableProperty().bind(model.selectedProperty().isNull());
        assign.setOnAction(e -> model.assignSelected());
        HBox bar = new HBox(8, new Label("Show"), filter, category, allCategories, search, create, edit, assign,
                archive);
        bar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox footer = new HBox(count);
        ThreatPlanView plan = new ThreatPlanView(model.plan());
        // The register above, the selected threat's plan below: the user drags the divider to give either room.
        VBox register = new VBox(4, table, footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(register, plan);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, bar, split);
    }

    private void buildTable() {
        table.setId("threat-table");
        table.setPlaceholder(new Label("No threats match"));
        TableColumn<ThreatRow, String> id = Tables.column("Id", 128, ThreatRow::id);
        TableColumn<ThreatRow, String> name = Tables.column("Name", 120, r -> r.threat().name());
        TableColumn<ThreatRow, String> category = Tables.column("Category", 150, ThreatRow::categoryName);
        TableColumn<ThreatRow, Integer> priority = Tables.column("Priority", 60, r -> r.threat().priority());
        priority.setStyle("-fx-alignment: CENTER;");
        TableColumn<ThreatRow, String> band = Tables.column("Band", 50, r -> r.threat().band());
        TableColumn<ThreatRow, Double> points = Tables.numberColumn("Points", 55, ThreatRow::points, Formats::points);
        TableColumn<ThreatRow, String> lro = Tables.column("LRO", 165,
                r -> r.threat().officerId() == null ? "" : r.officerName() + " (" + r.threat().officerId() + ")");
        // At 1366 × 768 the register is wider than the window: the columns squeezed are the wordy ones (with
        // tooltips), never the id, priority, band or points, which are read whole.
        id.setMinWidth(128);
        priority.setMinWidth(62);
        band.setMinWidth(48);
        points.setMinWidth(55);
        TableColumn<ThreatRow, LocalDate> review = Tables.column("Next review", 175, r -> r.threat().nextReviewDue());
        review.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("review-overdue", "review-due-soon");
                ThreatRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || item == null || row == null) {
                    setText(null);
                    return;
                }
                String text = Formats.date(item);
                if (row.review() == ThreatRow.ReviewState.OVERDUE) {
                    text = "⚠ " + text + " (overdue)";
                    getStyleClass().add("review-overdue");
                } else if (row.review() == ThreatRow.ReviewState.DUE_SOON) {
                    text = text + " (soon)";
                    getStyleClass().add("review-due-soon");
                }
                setText(text);
                Tables.withTooltip(this);
            }
        });
        TableColumn<ThreatRow, ThreatRow> plan = Tables.styledColumn("4P plan", 150, ThreatRow::planText,
                r -> r.planHealth() == null ? "status-none" : r.planNeedsAttention() ? "status-amber" : "status-ok");
        plan.setId("plan-column");
        plan.setComparator(java.util.Comparator.comparing(ThreatRow::planText));
        TableColumn<ThreatRow, ThreatRow> status = Tables.styledColumn("Status", 150, ThreatRow::statusText,
                ThreatRow::statusStyleClass);
        status.setSortable(true);
        status.setComparator(java.util.Comparator.comparing(ThreatRow::statusText));
        // Single points of failure marked where managers look: whose absence would leave the threat with no one.
        TableColumn<ThreatRow, String> cover = Tables.column("Who may lead", 150, ThreatRow::coverageText);
        cover.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        table.getColumns().setAll(java.util.List.of(id, name, category, priority, band, points, lro, cover, review,
                plan, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || !table.getItems().isEmpty()) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.setRowFactory(t -> {
            TableRow<ThreatRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ThreatRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("row-overdue", "row-archived", "row-uncoverable");
                    if (!empty && item != null) {
                        if (item.review() == ThreatRow.ReviewState.OVERDUE) {
                            getStyleClass().add("row-overdue");
                        }
                        if (!item.active()) {
                            getStyleClass().add("row-archived");
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.editSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.editSelected();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
    }

    public TableView<ThreatRow> table() {
        return table;
    }
}
