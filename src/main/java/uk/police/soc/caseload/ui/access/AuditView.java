package uk.police.soc.caseload.ui.access;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.domain.access.AuditCategory;
import uk.police.soc.caseload.ui.DateField;
import uk.police.soc.caseload.ui.FormDialog;
import uk.police.soc.caseload.ui.Tables;
import uk.police.soc.caseload.ui.access.AuditViewModel.AuditRow;

/** The Audit trail screen (thin view over {@link AuditViewModel}). */
public class AuditView extends VBox {

    public AuditView(AuditViewModel model) {
        setId("audit");
        setSpacing(10);
        setPadding(new Insets(16));
        HBox heading = AccessScreens.heading("Audit trail", model.busyProperty());
        Label refusal = AccessScreens.refusal(model.refusalProperty(), "audit-refusal");

        TextField user = new TextField();
        user.setId("audit-user");
        user.setPromptText("any user");
        user.setPrefColumnCount(8);
        user.textProperty().bindBidirectional(model.userProperty());
        TextField record = new TextField();
        record.setId("audit-record");
        record.setPromptText("any record id");
        record.setPrefColumnCount(10);
        record.textProperty().bindBidirectional(model.recordProperty());
        javafx.scene.control.DatePicker from = DateField.of(model.from(), "audit-from");
        from.setPrefWidth(130);
        javafx.scene.control.DatePicker to = DateField.of(model.to(), "audit-to");
        to.setPrefWidth(130);
        ComboBox<AuditCategory> category = new ComboBox<>();
        category.setId("audit-category");
        category.getItems().setAll(model.categoryChoices());
        // The list explains each category; the closed box names the one chosen, so the filters fit on one line.
        FormDialog.labelled(category, AuditViewModel::categoryLabel);
        category.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AuditCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "Every category" : item.label());
            }
        });
        category.setPrefWidth(170);
        category.valueProperty().bindBidirectional(model.categoryProperty());
        Button show = new Button("Show");
        show.setId("audit-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.load());
        FlowPane filters = new FlowPane(8, 6, label("User", user), user, label("Record", record), record,
                label("From", from), from, label("To", to), to, label("Category", category), category, show);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.disableProperty().bind(model.allowedProperty().not());

        Label summary = AccessScreens.wrapping(new Label(), "audit-summary");
        summary.textProperty().bind(model.summaryProperty());

        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.setPlaceholder(new Label("No entries to show"));
        table.getColumns().setAll(java.util.List.of(
                Tables.column(AuditViewModel.COLUMNS.get(0), 40, AuditRow::seq),
                Tables.column(AuditViewModel.COLUMNS.get(1), 145, AuditRow::time),
                Tables.column(AuditViewModel.COLUMNS.get(2), 75, AuditRow::user),
                Tables.column(AuditViewModel.COLUMNS.get(3), 95, AuditRow::category),
                Tables.column(AuditViewModel.COLUMNS.get(4), 115, AuditRow::operation),
                Tables.column(AuditViewModel.COLUMNS.get(5), 75, AuditRow::outcome),
                Tables.column(AuditViewModel.COLUMNS.get(6), 170, AuditRow::records),
                Tables.column(AuditViewModel.COLUMNS.get(7), 245, AuditRow::detail),
                Tables.column(AuditViewModel.COLUMNS.get(8), 105, AuditRow::justification),
                Tables.column(AuditViewModel.COLUMNS.get(9), 95, AuditRow::recipient)));
        table.visibleProperty().bind(model.allowedProperty());
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        Button verify = AccessScreens.button("Verify chain", "audit-verify", model::verify);
        Button export = AccessScreens.button("Export CSV…", "audit-export", model::exportCsv);
        for (Button button : java.util.List.of(verify, export)) {
            button.disableProperty().bind(model.allowedProperty().not());
        }
        Label verification = AccessScreens.wrapping(new Label(), "audit-verification");
        verification.textProperty().bind(model.verificationProperty());
        model.chainBrokenProperty().addListener((obs, old, broken) -> {
            verification.getStyleClass().remove("access-refusal");
            if (broken) {
                verification.getStyleClass().add("access-refusal");
            }
        });
        HBox.setHgrow(verification, Priority.ALWAYS);
        HBox actions = new HBox(8, verify, export, verification);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, refusal, filters, summary, table, actions);
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
