package uk.police.soc.caseload.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public class CaseloadApp extends Application {

    private static Path databasePath;

    /** Starts the app on the given database, or the user's default one when {@code null}; returns on exit. */
    public static void launchOn(Path database) {
        databasePath = database;
        Application.launch(CaseloadApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("SOC Caseload Planner");
        stage.setScene(new Scene(new Label("SOC Caseload Planner"), 1280, 760));
        stage.show();
    }
}
