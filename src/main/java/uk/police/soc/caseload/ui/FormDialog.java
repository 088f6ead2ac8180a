package uk.police.soc.caseload.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog of labelled fields whose errors show under the field they concern. OK stays open, showing the
 * errors, until the save succeeds.
 */
public class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final Label general = new Label();
    private final FormErrors errors;
    private final ScrollPane scroll;
    private int row;

    public FormDialog(Window owner, String title, FormErrors errors) {
        this.errors = errors;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().setAll(labels, fields);
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        // A refusal can be a few sentences (who changed the record, when, what to do): wrapped, never cut.
        general.setMaxWidth(540);
        general.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        general.managedProperty().bind(general.visibleProperty());
        general.setVisible(false);
        scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(540);
        scroll.setPrefViewportWidth(540);
        dialog.getDialogPane().setContent(new VBox(8, general, scroll));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        errors.byField().addListener((MapChangeListener<String, String>) c -> showErrors());
        errors.general().addListener((ListChangeListener<String>) c -> showErrors());
    }

    /**
     * As {@link #add}, for a field asked only while {@code shown} holds (e.g. why the LRO changes, once another
     * is chosen): hidden, it takes no room.
     */
    public void addShownWhen(String label, Node control, String field,
            javafx.beans.value.ObservableBooleanValue shown) {
        Label name = add(label, control, field, null);
        for (Node node : List.of(name, control)) {
            node.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(shown::get, shown));
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    /** A form of a few fields takes only the height it needs (the default suits the long record editors). */
    public void fitHeight(double height) {
        scroll.setPrefViewportHeight(height);
    }

    /** Adds a labelled field; {@code field} is the record field whose problems show under it. */
    public Label add(String label, Node control, String field, String hint) {
        Label name = new Label(label);
        name.setLabelFor(control);
        grid.add(name, 0, row);
        grid.add(control, 1, row);
        row++;
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        error.setId("error-" + field);
        errorLabels.put(field, error);
        grid.add(error, 1, row++);
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add("hint");
            hintLabel.setWrapText(true);
            grid.add(hintLabel, 1, row++);
        }
        return name;
    }

    /** A text field bound both ways to {@code property}. */
    public static javafx.scene.control.TextField textField(javafx.beans.property.StringProperty property, String id) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A combo box of ids, each shown as {@code label} says (e.g. id and name), bound both ways to {@code value}. */
    public static javafx.scene.control.ComboBox<String> idChoice(java.util.List<String> ids,
            java.util.function.Function<String, String> label, javafx.beans.property.ObjectProperty<String> value,
            String id) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.setId(id);
        box.getItems().setAll(ids);
        labelled(box, label);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** Makes a list of ids show each as {@code label} says (names, not codes), in the list and in the box. */
    public static <T> void labelled(javafx.scene.control.ComboBox<T> box, java.util.function.Function<T, String> label) {
        javafx.util.Callback<javafx.scene.control.ListView<T>, javafx.scene.control.ListCell<T>> cells =
                l -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(T item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : label.apply(item));
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    /** Shows the dialog; {@code save} runs on OK and keeps it open while it returns false. */
    public boolean showAndSave(BooleanSupplier save) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Save");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!save.getAsBoolean()) {
                event.consume();
            }
        });
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String message = errors.of(field);
            label.setText(message == null ? "" : "⚠ " + message);
            label.setVisible(message != null);
        });
        StringBuilder rest = new StringBuilder();
        errors.general().forEach(m -> rest.append("⚠ ").append(m).append('\n'));
        errors.byField().forEach((field, message) -> {
            if (!errorLabels.containsKey(field)) {
                rest.append("⚠ ").append(field).append(": ").append(message).append('\n');
            }
        });
        general.setText(rest.toString().trim());
        general.setVisible(rest.length() > 0);
    }
}
