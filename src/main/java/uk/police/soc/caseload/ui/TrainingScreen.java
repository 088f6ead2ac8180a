package uk.police.soc.caseload.ui;

import java.time.LocalDate;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.training.TrainingFiles;
import uk.police.soc.caseload.ui.training.TrainingGapReportView;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel;
import uk.police.soc.caseload.ui.training.TrainingMatrixView;
import uk.police.soc.caseload.ui.training.TrainingMatrixViewModel;

/**
 * Hosts the training matrix and gap report in the main window. They read the store themselves, so they are
 * reloaded only when shown after a change, not on every refresh of the other screens.
 */
class TrainingScreen extends StackPane {

    private final WorkspaceViewModel workspace;
    private final Tab matrixTab = new Tab("Training matrix");
    private final Tab gapsTab = new Tab("Training gaps");
    private CaseloadService service;
    private TrainingMatrixViewModel matrix;
    private TrainingGapReportViewModel gaps;
    private boolean stale = true;

    TrainingScreen(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        setId("training");
        TabPane tabs = new TabPane(matrixTab, gapsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().add(tabs);
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> {
            stale = true;
            if (isVisible()) {
                showing();
            }
        });
        visibleProperty().addListener((obs, was, is) -> {
            if (is) {
                showing();
            }
        });
        showing();
    }

    /** Brings both reports up to date with the store and the planning date. */
    void showing() {
        if (!stale) {
            return;
        }
        stale = false;
        LocalDate day = workspace.planningDate();
        if (service != workspace.service()) {
            service = workspace.service();
            matrix = new TrainingMatrixViewModel(service, day);
            gaps = new TrainingGapReportViewModel(service, day);
            matrixTab.setContent(new TrainingMatrixView(matrix, TrainingFiles.fileChooser()));
            gapsTab.setContent(new TrainingGapReportView(gaps));
            return;
        }
        reload(matrix.planningDateProperty(), day, matrix::reload);
        reload(gaps.planningDateProperty(), day, gaps::reload);
    }

    private static void reload(javafx.beans.property.ObjectProperty<LocalDate> date, LocalDate day, Runnable reload) {
        if (day.equals(date.get())) {
            reload.run();
        } else {
            date.set(day);
        }
    }
}
