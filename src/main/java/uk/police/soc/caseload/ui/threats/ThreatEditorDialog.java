package uk.police.soc.caseload.ui.threats;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
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
        TextField id = text(model.idProperty(), "threat-id");
        id.setEditable(model.isCreating());
        id.setDisable(!model.isCreating());
        form.add("Id", id, "id", model.isCreating() ? "e.g. the mapping reference, OCG-2022-001" : null);
        form.add("Name", text(model.nameProperty(), "threat-name"), "name", null);
        ComboBox<String> category = new ComboBox<>();
        category.setId("threat-category-field");
        category.getItems().setAll(model.categoryCodes());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        form.add("Category", category, "category", null);
        ComboBox<Integer> priority = new ComboBox<>();
        priority.setId("threat-priority");
        priority.getItems().setAll(1, 2, 3, 4);
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        form.add("Priority", priority, "priority", "1 is the most harmful");
        form.add("Band", text(model.bandProperty(), "threat-band"), "band", null);
        form.add("Risk score", text(model.riskScoreProperty(), "threat-risk"), "riskScore", null);
        form.add("Workload points", text(model.workloadPointsProperty(), "threat-points"), "workloadPoints",
                "empty: the policy's points for the priority");
        form.add("Min. skill level", text(model.minSkillLevelProperty(), "threat-min-skill"), "minSkillLevel",
                "0–3; empty: the policy's level for the priority");
        form.add("Min. PIP level", text(model.minPipLevelProperty(), "threat-min-pip"), "minPipLevel",
                "0–4; empty: the policy's level for the category");
        form.add("Area", text(model.areaProperty(), "threat-area"), "area", null);
        ComboBox<String> officer = new ComboBox<>();
        officer.setId("threat-officer");
        officer.getItems().setAll(model.officerChoices());
        officer.setCellFactory(l -> labelled(model));
        officer.setButtonCell(labelled(model));
        officer.valueProperty().bindBidirectional(model.officerIdProperty());
        form.add("LRO", officer, "officerId", null);
        CheckBox pinned = new CheckBox("The planner must not move it");
        pinned.selectedProperty().bindBidirectional(model.pinnedProperty());
        form.add("Pinned", pinned, "pinned", null);
        form.add("Excluded officers", text(model.excludedOfficerIdsProperty(), "threat-excluded"),
                "excludedOfficerIds", "officer ids, comma separated (e.g. conflicts of interest)");
        ComboBox<ThreatStatus> status = new ComboBox<>();
        status.getItems().setAll(ThreatStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        form.add("Status", status, "status", null);
        DatePicker adopted = uk.police.soc.caseload.ui.Formats.britishDates(new DatePicker());
        adopted.valueProperty().bindBidirectional(model.adoptedOnProperty());
        form.add("Adopted on", adopted, "adoptedOn", null);
        DatePicker review = uk.police.soc.caseload.ui.Formats.britishDates(new DatePicker());
        review.setId("threat-next-review");
        review.valueProperty().bindBidirectional(model.nextReviewDueProperty());
        form.add("Next 4P review", review, "nextReviewDue", null);
        return form.showAndSave(model::save);
    }

    private static ListCell<String> labelled(ThreatEditorViewModel model) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : model.officerLabel(item));
            }
        };
    }

    static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
