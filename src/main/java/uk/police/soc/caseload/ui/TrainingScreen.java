package uk.police.soc.caseload.ui;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import uk.police.soc.caseload.ui.training.TrainingModels;
import uk.police.soc.caseload.ui.training.TrainingView;

/**
 * Hosts the training screens in the main window. They read the store themselves, so they are rebuilt only when
 * shown after the store or the planning date changed, not on every refresh of the other screens; and since
 * their edits change the store too, leaving them refreshes the rest of the app.
 */
class TrainingScreen extends StackPane {

    private final WorkspaceViewModel workspace;
    private boolean stale = true;

    TrainingScreen(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> {
            stale = true;
            if (isVisible()) {
                showing();
            }
        });
        visibleProperty().addListener((obs, was, is) -> {
            if (is) {
                showing();
            } else {
                workspace.refresh();
            }
        });
        workspace.trainingTabProperty().addListener((obs, old, tab) -> select(tab));
        showing();
    }

    private void select(TrainingTab tab) {
        if (!getChildren().isEmpty() && getChildren().get(0).lookup("#training-tabs") instanceof TabPane pane) {
            pane.getSelectionModel().select(tab.ordinal());
        }
    }

    private void showing() {
        if (!stale) {
            return;
        }
        stale = false;
        int tab = getChildren().isEmpty() ? workspace.trainingTabProperty().get().ordinal() : selectedTab();
        TrainingView view = new TrainingView(
                TrainingModels.of(workspace.service(), workspace.planningDate(), workspace.runner()),
                uk.police.soc.caseload.ui.training.TrainingFiles.fileChooser());
        view.reportTo(workspace::say);
        getChildren().setAll(view);
        if (tab > 0) {
            ((TabPane) view.lookup("#training-tabs")).getSelectionModel().select(tab);
        }
    }

    private int selectedTab() {
        if (getChildren().isEmpty()) {
            return 0;
        }
        Node tabs = getChildren().get(0).lookup("#training-tabs");
        return tabs instanceof TabPane pane ? pane.getSelectionModel().getSelectedIndex() : 0;
    }
}
