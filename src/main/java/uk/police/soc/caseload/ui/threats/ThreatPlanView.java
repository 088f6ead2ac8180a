package uk.police.soc.caseload.ui.threats;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Tables;
import uk.police.soc.caseload.ui.threats.ThreatPlanViewModel.ActionRow;

/** The selected threat's 4P plan and LRO timeline, under the register. A thin view over its model. */
public class ThreatPlanView extends VBox {

    public ThreatPlanView(ThreatPlanViewModel model) {
        setId("threat-plan");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.titleProperty());
        Label health = new Label();
        health.setId("plan-health");
        health.textProperty().bind(model.healthProperty());

        TableView<ActionRow> actions = new TableView<>(model.actions());
        actions.setId("plan-actions");
        actions.setPlaceholder(new Label("No 4P actions recorded: every strand is missing"));
        TableColumn<ActionRow, String> strand = Tables.column("Strand", 80, ActionRow::strand);
        TableColumn<ActionRow, String> text = Tables.column("Action", 300, r -> r.action().id() + "  " + r.action().text());
        TableColumn<ActionRow, String> status = Tables.column("Status", 70, ActionRow::status);
        TableColumn<ActionRow, String> owner = Tables.column("Owner", 170, ActionRow::owner);
        TableColumn<ActionRow, String> due = Tables.column("Due", 110, r -> r.due() + (r.overdue() ? " ⚠ overdue" : ""));
        actions.getColumns().setAll(java.util.List.of(strand, text, status, owner, due));
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actions.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("row-overdue");
                }
            }
        });
        actions.setPrefHeight(150);

        Button done = new Button("Mark done");
        done.setId("plan-mark-done");
        done.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> model.markDone(actions.getSelectionModel().getSelectedItem()));
        Button review = new Button("Record review…");
        review.setId("plan-record-review");
        review.disableProperty().bind(model.hasThreatProperty().not());
        review.setOnAction(e -> model.recordReview());
        HBox header = new HBox(12, title, health, done, review);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(health, Priority.ALWAYS);
        health.setMaxWidth(Double.MAX_VALUE);

        ListView<String> reviews = new ListView<>(model.reviews());
        reviews.setId("plan-reviews");
        reviews.setPlaceholder(new Label("No review recorded"));
        reviews.setPrefHeight(150);
        ListView<String> timeline = new ListView<>(model.timeline());
        timeline.setId("lro-timeline");
        timeline.setPrefHeight(150);
        VBox reviewBox = new VBox(2, new Label("Reviews"), reviews);
        VBox timelineBox = new VBox(2, new Label("Who has led it (LRO timeline)"), timeline);
        VBox actionBox = new VBox(2, new Label("Actions by strand"), actions);
        HBox.setHgrow(actionBox, Priority.ALWAYS);
        HBox.setHgrow(timelineBox, Priority.ALWAYS);
        reviewBox.setPrefWidth(280);
        timelineBox.setPrefWidth(380);
        HBox body = new HBox(10, actionBox, reviewBox, timelineBox);
        getChildren().addAll(header, body);
    }
}
