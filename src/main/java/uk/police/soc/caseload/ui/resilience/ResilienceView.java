package uk.police.soc.caseload.ui.resilience;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Tables;
import uk.police.soc.caseload.ui.resilience.ResilienceViewModel.CategoryRow;
import uk.police.soc.caseload.ui.resilience.ResilienceViewModel.OfficerRow;

/** Officers ranked by what their absence would break; the chosen one's threats; cover by category. */
public class ResilienceView extends VBox {

    public ResilienceView(ResilienceViewModel model) {
        setId("resilience");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Resilience");
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("resilience-summary");
        summary.setWrapText(true);
        // Wrapping labels in boxes otherwise get one line and an ellipsis (they did at 1366×768).
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Button single = new Button("Show the threats only one officer may lead");
        single.setId("show-single-cover");
        single.setMinWidth(Region.USE_PREF_SIZE);
        single.setOnAction(e -> model.openSingleCover());
        Label hint = new Label("If an officer became unavailable (a long absence), each threat they lead goes to"
                + " the eligible officer with the lowest load % after taking it, as a manager would; those no one else"
                + " may lead are left without an LRO.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, summary, busy, single);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);

        TableView<OfficerRow> officers = new TableView<>(model.officers());
        officers.setId("resilience-officers");
        officers.getColumns().setAll(java.util.List.of(
                Tables.column("Officer", 150, OfficerRow::name),
                Tables.column("Id", 60, OfficerRow::officerId),
                Tables.column("Leads", 50, OfficerRow::leads),
                Tables.column("Sole cover", 75, OfficerRow::soleCover),
                Tables.column("If unavailable", 330, OfficerRow::breaks),
                Tables.numberColumn("Peak load", 80, OfficerRow::peakLoadPercent, Formats::percent),
                Tables.column("LRO shortfall", 90, OfficerRow::lroShortfall)));
        officers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        officers.setPlaceholder(new Label("No officer leads or may lead an active threat."));
        ListView<String> detail = new ListView<>();
        detail.setId("resilience-detail");
        detail.setPlaceholder(new Label("Choose an officer to see what their absence would do."));
        Tables.wrapLines(detail);
        officers.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                detail.getItems().setAll(row == null ? java.util.List.of() : model.detail(row.officerId())));
        officers.setRowFactory(t -> {
            javafx.scene.control.TableRow<OfficerRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.openOfficer(row.getItem().officerId());
                }
            });
            return row;
        });
        Label detailTitle = new Label("What their absence would do");
        detailTitle.getStyleClass().add("section-title");
        VBox detailBox = new VBox(6, detailTitle, detail);
        VBox.setVgrow(detail, Priority.ALWAYS);

        TableView<CategoryRow> categories = new TableView<>(model.categories());
        categories.setId("resilience-categories");
        categories.getColumns().setAll(java.util.List.of(
                Tables.column("Category", 260, CategoryRow::name),
                Tables.column("Threats", 60, CategoryRow::threats),
                Tables.column("May lead", 70, CategoryRow::eligibleOfficers),
                Tables.column("No one", 60, CategoryRow::uncoverable),
                Tables.column("Only one", 70, CategoryRow::singleCover)));
        categories.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label categoriesTitle = new Label("Cover by category");
        categoriesTitle.getStyleClass().add("section-title");
        VBox categoryBox = new VBox(6, categoriesTitle, categories);
        VBox.setVgrow(categories, Priority.ALWAYS);

        SplitPane lower = new SplitPane(detailBox, categoryBox);
        lower.setDividerPositions(0.5);
        SplitPane split = new SplitPane(officers, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, bar, hint, split);
    }
}
