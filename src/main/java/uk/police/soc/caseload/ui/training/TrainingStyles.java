package uk.police.soc.caseload.ui.training;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import uk.police.soc.caseload.report.training.TrainingStatus;

/** The training screens' stylesheet and the style classes of the training statuses. */
final class TrainingStyles {

    static final String STYLESHEET = TrainingStyles.class.getResource("training.css").toExternalForm();

    private static final String[] STATUS_CLASSES = java.util.Arrays.stream(TrainingStatus.values())
            .map(TrainingStyles::styleClass).toArray(String[]::new);

    private TrainingStyles() {
    }

    static void apply(Parent root) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("training-screen");
    }

    static String styleClass(TrainingStatus status) {
        return "status-" + status.code();
    }

    /** Replaces any status class on {@code label} with {@code status}'s ({@code null}: none). */
    static void setStatus(Label label, TrainingStatus status) {
        label.getStyleClass().removeAll(STATUS_CLASSES);
        if (status != null) {
            label.getStyleClass().add(styleClass(status));
        }
    }

    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("training-title");
        return title;
    }
}
