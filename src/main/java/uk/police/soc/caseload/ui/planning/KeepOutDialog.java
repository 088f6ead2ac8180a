package uk.police.soc.caseload.ui.planning;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableSet;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.police.soc.caseload.ui.CaseloadApp;

/** Ticks the threats and officers the next planner run must leave alone. */
final class KeepOutDialog {

    private KeepOutDialog() {
    }

    static void show(Window owner, PlanningViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Keep out of the run");
        dialog.setHeaderText("Tick what the planner must leave as it is. A threat ticked keeps its LRO; an officer "
                + "ticked keeps every threat they lead and is given no other.");
        ListView<String> threats = checklist(model.keepOutThreatChoices(), model.heldThreats(), model::threatLabel,
                "keep-out-threats");
        ListView<String> officers = checklist(model.keepOutOfficerChoices(), model.heldOfficers(), model::officerLabel,
                "keep-out-officers");
        VBox left = new VBox(4, new Label("Threats"), threats);
        VBox right = new VBox(4, new Label("Officers"), officers);
        VBox.setVgrow(threats, Priority.ALWAYS);
        VBox.setVgrow(officers, Priority.ALWAYS);
        HBox content = new HBox(12, left, right);
        content.setPrefSize(760, 460);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        dialog.showAndWait();
    }

    private static ListView<String> checklist(List<String> ids, ObservableSet<String> held,
            java.util.function.Function<String, String> label, String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(ids);
        list.setCellFactory(CheckBoxListCell.forListView(item -> {
            BooleanProperty ticked = new SimpleBooleanProperty(held.contains(item));
            ticked.addListener((obs, was, is) -> {
                if (is) {
                    held.add(item);
                } else {
                    held.remove(item);
                }
            });
            return ticked;
        }, new javafx.util.StringConverter<>() {
            @Override
            public String toString(String item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        }));
        return list;
    }
}
