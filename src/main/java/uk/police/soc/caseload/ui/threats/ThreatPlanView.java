package uk.police.soc.caseload.ui.threats;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Tables;
import uk.police.soc.caseload.ui.planning.Candidate;
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
        actions.setMinHeight(80);

        Button done = new Button("Mark done");
        done.setId("plan-mark-done");
        done.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> model.markDone(actions.getSelectionModel().getSelectedItem()));
        Button add = new Button("Add action…");
        add.setId("plan-add-action");
        add.disableProperty().bind(model.hasThreatProperty().not());
        add.setOnAction(e -> model.addAction());
        Button edit = new Button("Edit…");
        edit.setId("plan-edit-action");
        edit.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> model.editAction(actions.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.setId("plan-remove-action");
        remove.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeAction(actions.getSelectionModel().getSelectedItem()));
        actions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && actions.getSelectionModel().getSelectedItem() != null) {
                model.editAction(actions.getSelectionModel().getSelectedItem());
            }
        });
        Button review = new Button("Record review…");
        review.setId("plan-record-review");
        review.disableProperty().bind(model.hasThreatProperty().not());
        review.setOnAction(e -> model.recordReview());
        HBox buttons = new HBox(6, add, edit, done, remove, review);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(12, title, health);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(health, Priority.ALWAYS);
        health.setMaxWidth(Double.MAX_VALUE);
        health.setMinWidth(0);

        ListView<String> reviews = new ListView<>(model.reviews());
        reviews.setId("plan-reviews");
        reviews.setPlaceholder(new Label("No review recorded"));
        reviews.setPrefHeight(150);
        ListView<String> timeline = new ListView<>(model.timeline());
        timeline.setId("lro-timeline");
        timeline.setPrefHeight(150);
        // The actions stay in view; who could lead it, the reviews and who has led it share the other half.
        TabPane people = new TabPane(new Tab("Who could lead it", candidates(model)), new Tab("Reviews", reviews),
                new Tab("Who has led it", timeline));
        people.setId("threat-people");
        people.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox peopleBox = new VBox(2, people);
        VBox.setVgrow(people, Priority.ALWAYS);
        VBox actionBox = new VBox(2, new Label("Actions by strand"), actions);
        VBox.setVgrow(actions, Priority.ALWAYS);
        HBox.setHgrow(actionBox, Priority.ALWAYS);
        HBox.setHgrow(peopleBox, Priority.ALWAYS);
        actionBox.setPrefWidth(520);
        peopleBox.setPrefWidth(600);
        HBox body = new HBox(10, actionBox, peopleBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, buttons, body);
    }

    /** The ranked list of who could lead the threat instead, with Assign (through the move preview). */
    private static VBox candidates(ThreatPlanViewModel model) {
        TableView<Candidate> table = new TableView<>(model.candidates());
        table.setId("threat-candidates");
        table.setPlaceholder(new Label("Select an active threat to rank who could lead it"));
        TableColumn<Candidate, String> officer = Tables.column("Officer", 210, Candidate::officer);
        TableColumn<Candidate, String> load = Tables.column("Load now → after", 140, Candidate::load);
        TableColumn<Candidate, String> note = Tables.column("Also", 200, Candidate::note);
        table.getColumns().setAll(java.util.List.of(officer, load, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setSortPolicy(t -> false); // the order is the ranking
        Label hint = new Label();
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(model.candidatesHintProperty());
        hint.setMinWidth(0);
        Button assign = new Button("Assign…");
        assign.setId("threat-assign-candidate");
        assign.setTooltip(new Tooltip("Preview moving the threat to the selected officer; nothing changes until you"
                + " confirm"));
        assign.setMinWidth(Region.USE_PREF_SIZE);
        assign.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        assign.setOnAction(e -> model.assign(table.getSelectionModel().getSelectedItem()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.assign(table.getSelectionModel().getSelectedItem());
            }
        });
        HBox bar = new HBox(8, assign, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        VBox box = new VBox(4, bar, table);
        box.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
