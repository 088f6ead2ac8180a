package uk.police.soc.caseload.ui.access;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** What the Accounts and Audit trail screens both show: the title with its busy sign, and why they are closed. */
final class AccessScreens {

    private AccessScreens() {
    }

    static HBox heading(String text, ObservableBooleanValue busy) {
        Label title = new Label(text);
        title.getStyleClass().add("page-title");
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(busy);
        HBox heading = new HBox(10, title, working);
        heading.setAlignment(Pos.CENTER_LEFT);
        return heading;
    }

    /** Why the screen shows nothing to this account; takes no room when empty. */
    static Label refusal(ObservableStringValue text, String id) {
        Label refusal = wrapping(new Label(), id);
        refusal.getStyleClass().add("access-refusal");
        refusal.textProperty().bind(text);
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
    }

    static Label wrapping(Label label, String id) {
        label.setId(id);
        label.setWrapText(true);
        // Wrapping labels in boxes otherwise get one line and an ellipsis (they did at 1366×768).
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    static javafx.scene.control.Button button(String text, String id, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
