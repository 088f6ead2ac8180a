package uk.police.soc.caseload.ui.officers;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import uk.police.soc.caseload.ui.FormDialog;
import uk.police.soc.caseload.ui.Formats;

/** The officer form, with the errors beside the fields. */
public final class OfficerEditorDialog {

    private OfficerEditorDialog() {
    }

    public static boolean show(Window owner, OfficerEditorViewModel model) {
        FormDialog form = new FormDialog(owner, model.title(), model.errors());
        TextField id = FormDialog.textField(model.idProperty(), "officer-id");
        id.setDisable(!model.isCreating());
        form.add("Id", id, "id", model.isCreating() ? "staff or collar number" : null);
        form.add("Name", FormDialog.textField(model.nameProperty(), "officer-name"), "name", null);
        form.add("Rank", FormDialog.textField(model.rankProperty(), "officer-rank"), "rank", null);
        form.add("Unit", FormDialog.textField(model.unitProperty(), "officer-unit"), "unit", null);
        form.add("Area", FormDialog.textField(model.areaProperty(), "officer-area"), "area", null);
        form.add("Weekly hours", FormDialog.textField(model.weeklyHoursProperty(), "officer-hours"), "weeklyHours",
                "empty: the policy's standard week");
        ComboBox<Integer> pip = new ComboBox<>();
        pip.setId("officer-pip");
        pip.getItems().setAll(0, 1, 2, 3, 4);
        pip.valueProperty().bindBidirectional(model.pipLevelProperty());
        form.add("PIP level", pip, "pipLevel", null);
        form.add("Skills", area(model.skillsProperty(), "officer-skills", 4), "skills",
                "one a line: CATEGORY LEVEL (0 none, 1 awareness, 2 practitioner, 3 specialist)");
        ComboBox<String> mentor = FormDialog.idChoice(model.mentorChoices(), model::officerLabel,
                model.mentorIdProperty(), "officer-mentor");
        form.add("Mentor", mentor, "mentorId", null);
        form.add("Reductions", area(model.reductionsProperty(), "officer-reductions", 3), "reductions",
                "one a line: PERCENT | REASON | FROM | UNTIL (dates " + Formats.dateHint() + ", may be empty)");
        form.add("Absences", area(model.absencesProperty(), "officer-absences", 3), "absences",
                "one a line: FROM | UNTIL | REASON (dates " + Formats.dateHint() + ")");
        CheckBox active = new CheckBox("Still in the unit");
        active.setId("officer-active");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.add("Active", active, "active", null);
        return form.showAndSave(model::save);
    }

    private static TextArea area(javafx.beans.property.StringProperty property, String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
