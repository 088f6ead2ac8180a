package uk.police.soc.caseload.ui.access;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the user name and password before the app shows anything (thin view over {@link SignInViewModel}). */
public final class SignInDialog {

    private SignInDialog() {
    }

    /** Shows the dialog until the user signs in (true) or cancels (false). */
    public static boolean show(Window owner, SignInViewModel model, String storeName) {
        while (true) {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("Sign in – SOC Caseload Planner");
            dialog.setHeaderText("Sign in to " + storeName);
            TextField user = new TextField(model.userNameProperty().get());
            user.setId("sign-in-user");
            PasswordField password = new PasswordField();
            password.setId("sign-in-password");
            Label problem = new Label(model.problemProperty().get());
            problem.setId("sign-in-problem");
            problem.setWrapText(true);
            problem.setMaxWidth(380);
            problem.setStyle("-fx-text-fill: #b00020;");
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            grid.addRow(0, new Label("User name"), user);
            grid.addRow(1, new Label("Password"), password);
            grid.add(problem, 0, 2, 2, 1);
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            javafx.application.Platform.runLater(user.getText().isEmpty() ? user::requestFocus : password::requestFocus);
            if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return false;
            }
            model.userNameProperty().set(user.getText());
            model.passwordProperty().set(password.getText());
            if (model.signIn()) {
                return !model.mustChangePassword() || changePassword(owner, model);
            }
        }
    }

    private static boolean changePassword(Window owner, SignInViewModel model) {
        while (true) {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("Choose a new password");
            dialog.setHeaderText(model.problemProperty().get());
            PasswordField first = new PasswordField();
            PasswordField second = new PasswordField();
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            grid.addRow(0, new Label("New password"), first);
            grid.addRow(1, new Label("The same again"), second);
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return false;
            }
            model.newPasswordProperty().set(first.getText());
            model.repeatedPasswordProperty().set(second.getText());
            if (model.changePassword()) {
                return true;
            }
        }
    }
}
