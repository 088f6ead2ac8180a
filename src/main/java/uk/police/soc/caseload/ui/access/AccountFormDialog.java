package uk.police.soc.caseload.ui.access;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.ui.FormDialog;

/** The Accounts screen's form (thin view over {@link AccountFormViewModel}): errors show beside their field. */
public final class AccountFormDialog {

    private AccountFormDialog() {
    }

    public static boolean show(Window owner, AccountFormViewModel model) {
        FormDialog form = new FormDialog(owner, model.title(), model.errors());
        if (model.purpose() == AccountFormViewModel.Purpose.ADD) {
            TextField userName = FormDialog.textField(model.userNameProperty(), "account-user-name");
            form.add("User name", userName, AccountFormViewModel.USER_NAME,
                    "letters, digits, '.', '_' or '-'; what the person types to sign in");
            form.add("Display name", FormDialog.textField(model.displayNameProperty(), "account-display-name"),
                    "displayName", "optional, e.g. DS Amy Clarke");
        }
        if (model.purpose() != AccountFormViewModel.Purpose.RESET_PASSWORD) {
            FlowPane roles = new FlowPane(12, 6);
            roles.setId("account-roles");
            for (Role role : Role.values()) {
                CheckBox box = new CheckBox(role.label());
                box.setId("account-role-" + role.code());
                box.selectedProperty().bindBidirectional(model.roleProperty(role));
                roles.getChildren().add(box);
            }
            form.add("Roles", roles, AccountFormViewModel.ROLES,
                    "rights add up; every role may read every screen (docs/data-protection.md)");
        }
        if (model.purpose() == AccountFormViewModel.Purpose.ADD) {
            ComboBox<String> officer = FormDialog.idChoice(model.officerChoices(), model::officerLabel,
                    model.officerIdProperty(), "account-officer");
            form.add("Officer", officer, AccountFormViewModel.OFFICER,
                    "optional: the officer this person is; they may then edit the 4P plans of their threats");
        }
        if (model.purpose() != AccountFormViewModel.Purpose.ROLES) {
            boolean reset = model.purpose() == AccountFormViewModel.Purpose.RESET_PASSWORD;
            form.add(reset ? "New password" : "Initial password", password(model.passwordProperty(),
                    "account-password"), AccountFormViewModel.PASSWORD, "12 characters or more; "
                            + (reset ? "it must be changed at the next sign-in" : "give it to the person in person"));
            form.add("The same again", password(model.confirmPasswordProperty(), "account-confirm-password"),
                    AccountFormViewModel.CONFIRM, null);
        }
        form.fitHeight(switch (model.purpose()) {
            case ADD -> 440;
            case ROLES -> 110;
            case RESET_PASSWORD -> 120;
        });
        return form.showAndSave(model::save);
    }

    private static PasswordField password(javafx.beans.property.StringProperty property, String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
