package uk.police.soc.caseload.ui.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.police.soc.caseload.ui.CaseloadApp;
import uk.police.soc.caseload.ui.FigureChange;
import uk.police.soc.caseload.ui.FormErrors;

/**
 * The policy settings dialog: the settings in groups, each with a short help text and its errors beside it,
 * and on the right what the edited settings would do to the current caseload's plan figures.
 */
public final class PolicySettingsDialog {

    static final String STYLESHEET = PolicySettingsDialog.class.getResource("settings.css").toExternalForm();
    static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);
    static final ButtonType RESTORE_DEFAULTS = new ButtonType("Restore defaults", ButtonData.LEFT);

    private final PolicySettingsViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final Label generalErrors = new Label();
    private final GridPane previewGrid = new GridPane();

    /**
     * Shows the settings of {@code service}'s store, previewed on the caseload as of {@code planningDate}, until
     * the user saves valid settings or cancels. Call on the FX thread; it blocks until the dialog closes.
     *
     * @return true when a new policy was saved (the caller should reload what it shows)
     */
    public static boolean show(Window owner, PolicySettingsViewModel model) {
        return new PolicySettingsDialog(owner, model).showAndSave();
    }

    PolicySettingsDialog(Window owner, PolicySettingsViewModel model) {
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Policy settings");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        generalErrors.getStyleClass().add("field-error");
        generalErrors.setWrapText(true);
        showOnlyWithText(generalErrors);

        Node pipLevels = pipLevels();
        VBox.setVgrow(pipLevels, Priority.ALWAYS);
        HBox columns = new HBox(12, column(capacity(), thresholds(), availability(), planner()),
                column(threatDefaults(), trainees(), pipLevels));
        columns.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane form = new ScrollPane(columns);
        form.setFitToWidth(true);
        form.setFitToHeight(true);
        form.setPrefViewportHeight(610);
        form.getStyleClass().add("settings-form");
        HBox body = new HBox(16, form, previewPanel());
        HBox.setHgrow(form, Priority.ALWAYS);
        Label intro = help("The force's allocation policy: every screen, report and the planner use these settings. "
                + "Nothing changes until you save.");
        VBox content = new VBox(8, intro, generalErrors, body);
        content.getStyleClass().add("policy-settings");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE_DEFAULTS, SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(CaseloadApp.STYLESHEET, STYLESHEET);
        dialog.getDialogPane().setId("policy-settings");

        Button restore = (Button) dialog.getDialogPane().lookupButton(RESTORE_DEFAULTS);
        restore.setId("policy-restore-defaults");
        restore.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.restoreDefaults();
        });
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("policy-save");
        // Nothing to save until the form differs from the store; a form that does not read counts as different,
        // so that Save can say what is wrong.
        save.disableProperty().bind(model.changedProperty().not());
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.save()) {
                event.consume();
            }
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("policy-cancel");
        model.errors().byField().addListener((MapChangeListener<String, String>) c -> showErrors());
        model.errors().general().addListener((ListChangeListener<String>) c -> showErrors());
        model.preview().addListener((ListChangeListener<FigureChange>) c -> showPreview());
        showPreview();
    }

    boolean showAndSave() {
        return dialog.showAndWait().filter(b -> b == SAVE).isPresent();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    // ---- groups ----------------------------------------------------------------------------------------

    private Node capacity() {
        GridPane grid = fieldGrid();
        numberField(grid, 0, "Nominal capacity", model.nominalCapacityPointsProperty(), "nominalCapacityPoints", "points",
                "The workload a full-time officer can carry.");
        numberField(grid, 3, "Standard week", model.standardWeeklyHoursProperty(), "standardWeeklyHours", "hours",
                "Full-time hours; part-time capacity is pro rata.");
        return section("Capacity", grid);
    }

    private Node thresholds() {
        GridPane grid = fieldGrid();
        numberField(grid, 0, "Amber above", model.amberLoadPercentProperty(), "amberLoadPercent", "% load",
                "Above this load an officer is over capacity.");
        numberField(grid, 3, "Red above", model.redLoadPercentProperty(), "redLoadPercent", "% load",
                "Above this load an officer is overloaded.");
        Label warning = new Label();
        warning.setId("policy-warning");
        warning.getStyleClass().add("settings-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.warningProperty().map(w -> w.isEmpty() ? "" : "⚠ " + w));
        showOnlyWithText(warning);
        return section("Thresholds", grid, warning);
    }

    private Node availability() {
        GridPane grid = fieldGrid();
        numberField(grid, 0, "Long absence", model.longAbsenceDaysProperty(), "longAbsenceDays", "days or more",
                "An absence this long, on the planning date, stops an officer leading.");
        return section("Availability", grid);
    }

    private Node planner() {
        GridPane grid = fieldGrid();
        numberField(grid, 0, "Cost of a move", model.moveCostPointsProperty(), "moveCostPoints", "points",
                "How much the planner avoids moving a threat.");
        ToggleGroup overload = new ToggleGroup();
        RadioButton yes = choice("Every threat gets an LRO, even if that overloads someone",
                "No threat goes unled; the load shows amber or red.", overload, "policy-overload-yes");
        RadioButton no = choice("Leave threats unallocated rather than overload officers",
                "Capacity is filled by priority; the rest wait for an LRO.", overload, "policy-overload-no");
        overload.selectToggle(model.allowOverloadProperty().get() ? yes : no);
        model.allowOverloadProperty().addListener((o, was, allow) -> overload.selectToggle(allow ? yes : no));
        overload.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.allowOverloadProperty().set(now == yes);
            }
        });
        Label title = new Label("Allow overload");
        title.getStyleClass().add("settings-subtitle");
        return section("Planner", grid, title, explained(yes), explained(no));
    }

    private Node threatDefaults() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.add(header("Priority"), 0, 0);
        grid.add(header("Points"), 1, 0);
        grid.add(header("Min. skill"), 2, 0);
        int row = 1;
        for (Integer priority : PolicySettingsViewModel.PRIORITIES) {
            grid.add(new Label("P" + priority + (priority == 1 ? " (most harmful)" : "")), 0, row);
            grid.add(textField(model.pointsProperty(priority), "pointsByPriority." + priority), 1, row);
            grid.add(textField(model.minSkillLevelProperty(priority), "minSkillLevelByPriority." + priority), 2, row);
            grid.add(new VBox(errorLabel("pointsByPriority." + priority, "Points: "),
                    errorLabel("minSkillLevelByPriority." + priority, "Skill: ")), 3, row);
            row++;
        }
        grid.getColumnConstraints().setAll(fixed(130), fixed(70), fixed(70), new ColumnConstraints());
        return section("Threat defaults", grid,
                help("For a threat that sets none of its own: its weekly workload points, and the skill (0–3) its LRO "
                        + "needs in the threat's category."));
    }

    private Node pipLevels() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.setId("policy-pip-levels");
        grid.add(header("Category"), 0, 0);
        grid.add(header("Min. PIP"), 1, 0);
        int row = 1;
        for (PipLevelRow level : model.pipLevels()) {
            Label category = new Label(level.categoryCode());
            category.getStyleClass().add("category-code");
            Label name = new Label(level.categoryName());
            name.getStyleClass().add("hint");
            grid.add(new VBox(category, name), 0, row);
            TextField field = textField(level.levelProperty(), level.field());
            field.setPromptText("0");
            grid.add(field, 1, row);
            GridPane.setHalignment(field, HPos.LEFT);
            grid.add(errorLabel(level.field(), ""), 2, row);
            row++;
        }
        grid.getColumnConstraints().setAll(fixed(250), fixed(70), new ColumnConstraints());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // The table takes the height left in its column and scrolls when a force has many categories.
        scroll.setPrefViewportHeight(120);
        scroll.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.getStyleClass().add("pip-table");
        return section("Minimum PIP level by category", help("For a threat that sets none of its own. Empty: 0."), scroll);
    }

    private Node trainees() {
        HBox boxes = new HBox(14);
        for (Integer priority : PolicySettingsViewModel.PRIORITIES) {
            CheckBox box = new CheckBox("P" + priority);
            box.setId("policy-trainee-" + priority);
            box.selectedProperty().bindBidirectional(model.traineeMayLeadProperty(priority));
            boxes.getChildren().add(box);
        }
        return section("Trainees", help("The priorities a mentored trainee (not yet accredited) may lead."), boxes,
                errorLabel("traineePriorities", ""));
    }

    // ---- preview ---------------------------------------------------------------------------------------

    private Node previewPanel() {
        Label title = new Label("Effect on the current caseload");
        title.getStyleClass().add("section-title");
        Label explain = help("The plan figures of the current allocation under the stored settings (Now) and "
                + "under the settings on this form (New). Red: worse; green: better.");
        Label note = new Label();
        note.setId("policy-preview-note");
        note.setWrapText(true);
        note.textProperty().bind(model.previewNoteProperty());
        previewGrid.setId("policy-preview");
        previewGrid.getStyleClass().add("settings-grid");
        previewGrid.getColumnConstraints().setAll(fixed(150), fixed(40), fixed(40), fixed(66));
        VBox panel = new VBox(8, title, explain, previewGrid, note);
        panel.getStyleClass().add("settings-preview");
        panel.setMinWidth(340);
        panel.setPrefWidth(340);
        return panel;
    }

    private void showPreview() {
        previewGrid.getChildren().clear();
        previewGrid.add(header("Figure"), 0, 0);
        previewGrid.add(header("Now"), 1, 0);
        previewGrid.add(header("New"), 2, 0);
        previewGrid.add(header("Change"), 3, 0);
        List<FigureChange> rows = model.preview();
        for (int i = 0; i < rows.size(); i++) {
            FigureChange change = rows.get(i);
            Label figure = new Label(change.figure());
            figure.setWrapText(true);
            Label before = new Label(change.beforeText());
            Label after = new Label(change.afterText());
            after.setId("preview-after-" + change.key());
            Label difference = new Label(change.difference());
            difference.setId("preview-change-" + change.key());
            String status = change.isWorse() ? "status-red" : change.isBetter() ? "status-ok" : "hint";
            after.getStyleClass().add(status);
            difference.getStyleClass().add(status);
            previewGrid.addRow(i + 1, figure, before, after, difference);
        }
    }

    // ---- building blocks -------------------------------------------------------------------------------

    private static VBox column(Node... sections) {
        VBox column = new VBox(12, sections);
        column.setPrefWidth(460);
        column.setMinWidth(400);
        return column;
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(6, heading);
        section.getChildren().addAll(content);
        section.getStyleClass().add("settings-section");
        return section;
    }

    private static GridPane fieldGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(fixed(130), fixed(80), rest);
        return grid;
    }

    /** A label, a field and its unit on one row; the help text, then the field's errors, under the field. */
    private void numberField(GridPane grid, int row, String label, StringProperty value, String field, String unit,
            String helpText) {
        TextField input = textField(value, field);
        Label name = new Label(label);
        name.setLabelFor(input);
        Label units = new Label(unit);
        units.getStyleClass().add("hint");
        grid.addRow(row, name, input, units);
        grid.add(help(helpText), 1, row + 1, 2, 1);
        grid.add(errorLabel(field, ""), 1, row + 2, 2, 1);
    }

    private static TextField textField(StringProperty value, String field) {
        TextField input = new TextField();
        input.setId("policy-" + cssId(field));
        input.setPrefColumnCount(5);
        input.setAlignment(Pos.CENTER_RIGHT);
        input.textProperty().bindBidirectional(value);
        return input;
    }

    private Label errorLabel(String field, String prefix) {
        Label error = new Label();
        error.setId("error-" + cssId(field));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setUserData(prefix);
        showOnlyWithText(error);
        errorLabels.put(field, error);
        return error;
    }

    private static RadioButton choice(String text, String explanation, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setId(id);
        button.setWrapText(true);
        button.setUserData(explanation);
        return button;
    }

    private static Node explained(RadioButton button) {
        Label explanation = help((String) button.getUserData());
        explanation.setPadding(new Insets(0, 0, 0, 24));
        return new VBox(2, button, explanation);
    }

    private static Label help(String text) {
        Label help = new Label(text);
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        // A wrapping label in a grid or box otherwise gets one line and an ellipsis.
        help.setMinHeight(Region.USE_PREF_SIZE);
        return help;
    }

    private static Label header(String text) {
        Label header = new Label(text);
        header.getStyleClass().add("settings-column-header");
        return header;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints column = new ColumnConstraints(width);
        column.setMinWidth(width);
        return column;
    }

    private static void showOnlyWithText(Label label) {
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    /** Element ids may not hold dots: {@code pointsByPriority.2} becomes {@code pointsByPriority-2}. */
    static String cssId(String field) {
        return field.replace('.', '-');
    }

    private void showErrors() {
        FormErrors errors = model.errors();
        errorLabels.forEach((field, label) -> {
            String message = errors.of(field);
            label.setText(message == null ? "" : "⚠ " + label.getUserData() + message);
        });
        StringBuilder rest = new StringBuilder();
        errors.general().forEach(m -> rest.append("⚠ ").append(m).append('\n'));
        errors.byField().forEach((field, message) -> {
            if (!errorLabels.containsKey(field)) {
                rest.append("⚠ ").append(field).append(": ").append(message).append('\n');
            }
        });
        generalErrors.setText(rest.toString().trim());
    }
}
