package uk.police.soc.caseload.ui.access;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Locks the app after {@link IdleLockViewModel#idleLimit()} without a key press or a mouse action in any of its
 * windows (an editor left open counts as the app), then asks for the password over everything, so what was
 * typed stays where it was. The only other way out is to sign out, which closes the app.
 */
public final class IdleLockDialog {

    private IdleLockDialog() {
    }

    /** Watches every window of the app for input; in open mode the time runs out with nobody to lock. */
    public static void install(Window owner, IdleLockViewModel model) {
        Duration limit = model.idleLimit();
        PauseTransition idle = new PauseTransition(javafx.util.Duration.millis(limit.toMillis()));
        long[] lastNoted = {0};
        EventHandler<InputEvent> activity = e -> {
            if (!model.lockedProperty().get()) {
                idle.playFromStart();
                long now = System.nanoTime();
                if (now - lastNoted[0] > 20_000_000_000L) {
                    lastNoted[0] = now;
                    model.activity();
                }
            }
        };
        Window.getWindows().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
            }
        });
        idle.setOnFinished(e -> {
            // Shown after the animation's pulse: a dialog cannot wait inside an animation's handler.
            if (model.lock()) {
                Platform.runLater(() -> {
                    if (askPassword(owner, model, limit)) {
                        idle.playFromStart();
                    } else {
                        Platform.exit();
                    }
                });
            } else {
                idle.playFromStart();
            }
        });
        idle.playFromStart();
    }

    /** True once unlocked; false when the user signs out instead. */
    private static boolean askPassword(Window owner, IdleLockViewModel model, Duration limit) {
        ButtonType unlock = new ButtonType("Unlock", ButtonBar.ButtonData.OK_DONE);
        ButtonType signOut = new ButtonType("Sign out and close", ButtonBar.ButtonData.CANCEL_CLOSE);
        while (true) {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("Locked – SOC Caseload Planner");
            long minutes = limit.toMinutes();
            dialog.setHeaderText("Locked after " + minutes + (minutes == 1 ? " minute" : " minutes") + " without use");
            Label who = new Label(model.userName() + ", enter your password to go on. Everything you had open is"
                    + " as you left it.");
            who.setWrapText(true);
            who.setMaxWidth(420);
            PasswordField password = new PasswordField();
            password.setId("unlock-password");
            Label problem = new Label(model.problemProperty().get());
            problem.setId("unlock-problem");
            problem.setWrapText(true);
            problem.setStyle("-fx-text-fill: #b00020;");
            problem.setMaxWidth(420);
            VBox content = new VBox(8, who, new Label("Password"), password, problem);
            content.setPadding(new Insets(12));
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().getButtonTypes().addAll(unlock, signOut);
            Platform.runLater(password::requestFocus);
            if (dialog.showAndWait().orElse(signOut) != unlock) {
                return false;
            }
            if (model.unlock(password.getText())) {
                return true;
            }
        }
    }
}
