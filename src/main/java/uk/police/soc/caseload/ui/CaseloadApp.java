package uk.police.soc.caseload.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** The desktop app. */
public class CaseloadApp extends Application {

    public static final String STYLESHEET =
            CaseloadApp.class.getResource("/uk/police/soc/caseload/ui/caseload.css").toExternalForm();

    private static Path databasePath;

    /** Starts the app on the given database, or the user's default one when {@code null}; returns on exit. */
    public static void launchOn(Path database) {
        databasePath = database;
        Application.launch(CaseloadApp.class);
    }

    @Override
    public void start(Stage stage) {
        CaseloadService service = CaseloadServices.open(databasePath);
        String name = databasePath == null ? "default database" : databasePath.toString();
        Scene scene = createScene(stage, service, name);
        stage.setTitle("SOC Caseload Planner");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
    }

    /** Builds the main window's scene on a service; the tests use it with a service of their own. */
    public static Scene createScene(Stage stage, CaseloadService service, String databaseName) {
        return createScene(stage, new WorkspaceViewModel(service, databaseName, new FxBackgroundRunner(),
                new FxDialogService(stage), CaseloadServices::open));
    }

    public static Scene createScene(Stage stage, WorkspaceViewModel workspace) {
        MainView view = new MainView(workspace);
        Scene scene = new Scene(view, 1366, 740);
        scene.getStylesheets().add(STYLESHEET);
        workspace.refresh();
        return scene;
    }
}
