package uk.police.soc.caseload.ui;

import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import uk.police.soc.caseload.ui.training.TrainingFiles;
import uk.police.soc.caseload.ui.training.TrainingModels;
import uk.police.soc.caseload.ui.training.TrainingView;

/**
 * Hosts the training screens in the main window. Like every other screen they show the workspace's snapshot
 * and write through the service, refreshing the workspace after each write; while hidden they work nothing
 * out, and catch up with the latest snapshot when shown again.
 */
class TrainingScreen extends StackPane {

    private final TabPane tabs;

    TrainingScreen(WorkspaceViewModel workspace) {
        TrainingModels models = TrainingModels.of(workspace);
        TrainingView view = new TrainingView(models, TrainingFiles.fileChooser());
        view.reportTo(workspace::say);
        getChildren().setAll(view);
        tabs = (TabPane) view.lookup("#training-tabs");
        visibleProperty().addListener((obs, was, is) -> models.setShowing(is));
        models.setShowing(isVisible());
        workspace.trainingTabProperty().addListener((obs, old, tab) -> select(tab));
        select(workspace.trainingTabProperty().get());
    }

    private void select(TrainingTab tab) {
        if (tab != null) {
            tabs.getSelectionModel().select(tab.ordinal());
        }
    }
}
