package uk.police.soc.caseload.ui.access;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.Tables;
import uk.police.soc.caseload.ui.access.AccountsViewModel.AccountRow;

/** The Accounts screen (thin view over {@link AccountsViewModel}). */
public class AccountsView extends VBox {

    public AccountsView(AccountsViewModel model) {
        setId("accounts");
        setSpacing(10);
        setPadding(new Insets(16));
        HBox heading = AccessScreens.heading("Accounts", model.loadingProperty());
        Label refusal = AccessScreens.refusal(model.refusalProperty(), "accounts-refusal");
        Label notice = AccessScreens.wrapping(new Label(), "accounts-notice");
        notice.textProperty().bind(model.noticeProperty());

        TableView<AccountRow> table = new TableView<>(model.rows());
        table.setId("accounts-table");
        table.setPlaceholder(new Label("No accounts to show"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                Tables.column("User name", 110, AccountRow::userName),
                Tables.column("Name", 150, AccountRow::displayName),
                Tables.column("Roles", 210, AccountRow::roles),
                Tables.column("Officer", 190, AccountRow::officer),
                Tables.column("Status", 130, AccountRow::status),
                Tables.column("Password", 130, AccountRow::mustChangePassword),
                Tables.column("Last sign-in (UTC)", 170, AccountRow::lastSignIn)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        table.visibleProperty().bind(model.allowedProperty());
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        BooleanBinding noneSelected = model.selectedProperty().isNull().or(model.allowedProperty().not());
        Button add = AccessScreens.button("New account…", "account-add", model::addAccount);
        add.disableProperty().bind(model.allowedProperty().not());
        Button roles = AccessScreens.button("Change roles…", "account-roles-change", model::changeRoles);
        roles.disableProperty().bind(noneSelected);
        Button enable = AccessScreens.button("Disable…", "account-enable", model::toggleEnabled);
        enable.textProperty().bind(model.selectedProperty().map(r -> model.enableActionFor(r) + "…")
                .orElse("Disable…"));
        enable.disableProperty().bind(noneSelected);
        Button reset = AccessScreens.button("Reset password…", "account-reset-password", model::resetPassword);
        reset.disableProperty().bind(noneSelected);
        HBox actions = new HBox(8, add, roles, enable, reset);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = AccessScreens.wrapping(new Label("A reset password must be changed at the next sign-in. The last enabled"
                + " administrator cannot be disabled or lose the admin role."), "accounts-hint");
        hint.getStyleClass().add("hint");
        getChildren().addAll(heading, refusal, notice, actions, table, hint);
    }
}
