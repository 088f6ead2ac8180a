package uk.police.soc.caseload.ui.threats;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import uk.police.soc.caseload.ui.DateField;
import uk.police.soc.caseload.ui.Formats;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.ui.FormDialog;

/** The threat form: every field of the register, with the errors beside them. */
public final class ThreatEditorDialog {

    private ThreatEditorDialog() {
    }

    public static boolean show(Window owner, ThreatEditorViewModel model) {
        FormDialog form = new FormDialog(owner, model.title(), model.errors());
        TextField id = FormDialog.textField(model.idProperty(), "threat-id");
        id.setEditable(model.isCreating());
        id.setDisable(!model.isCreating());
        form.add("Id", id, "id", model.isCreating() ? "e.g. the mapping reference, OCG-2022-001" : null);
        form.add("Name", FormDialog.textField(model.nameProperty(), "threat-name"), "name", null);
        ComboBox<String> category = FormDialog.idChoice(model.categoryCodes(), model::categoryLabel,
                model.categoryProperty(), "threat-category-field");
        form.add("Category", category, "category", null);
        ComboBox<Integer> priority = new ComboBox<>();
        priority.setId("threat-priority");
        priority.getItems().setAll(1, 2, 3, 4);
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        form.add("Priority", priority, "priority", "1 is the most harmful");
        form.add("Band", FormDialog.textField(model.bandProperty(), "threat-band"), "band", null);
        form.add("Risk score", FormDialog.textField(model.riskScoreProperty(), "threat-risk"), "riskScore", null);
        form.add("Workload points", FormDialog.textField(model.workloadPointsProperty(), "threat-points"), "workloadPoints",
                "empty: the policy's points for the priority");
        form.add("Min. skill level", FormDialog.textField(model.minSkillLevelProperty(), "threat-min-skill"), "minSkillLevel",
                "0–3; empty: the policy's level for the priority");
        form.add("Min. PIP level", FormDialog.textField(model.minPipLevelProperty(), "threat-min-pip"), "minPipLevel",
                "0–4; empty: the policy's level for the category");
        form.add("Area", FormDialog.textField(model.areaProperty(), "threat-area"), "area", null);
        ComboBox<String> officer = FormDialog.idChoice(model.officerChoices(), model::officerLabel,
                model.officerIdProperty(), "threat-officer");
        form.add("LRO", officer, "officerId", null);
        CheckBox pinned = new CheckBox("The planner must not move it");
        pinned.selectedProperty().bindBidirectional(model.pinnedProperty());
        form.add("Pinned", pinned, "pinned", null);
        form.add("Excluded officers", FormDialog.textField(model.excludedOfficerIdsProperty(), "threat-excluded"),
                "excludedOfficerIds", "officer ids, comma separated (e.g. conflicts of interest)");
        ComboBox<ThreatStatus> status = new ComboBox<>();
        status.getItems().setAll(ThreatStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        form.add("Status", status, "status", null);
        DatePicker adopted = DateField.of(model.adoptedOn(), "threat-adopted");
        form.add("Adopted on", adopted, "adoptedOn", Formats.dateHint());
        DatePicker review = DateField.of(model.nextReviewDue(), "threat-next-review");
        form.add("Next 4P review", review, "nextReviewDue", Formats.dateHint());
        return form.showAndSave(model::save);
    }
}
