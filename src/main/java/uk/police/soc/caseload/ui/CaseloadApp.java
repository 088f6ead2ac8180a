package uk.police.soc.caseload.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** The desktop app. */
public class CaseloadApp extends Application {

    public static final String STYLESHEET =
            CaseloadApp.class.getResource("/uk/police/soc/caseload/ui/caseload.css").toExternalForm();

    private static String databasePath;
    private static volatile boolean opened;
    private WorkspaceViewModel workspace;
    private MainView view;

    /**
     * Starts the app on the given database, or the user's default one when {@code null}; returns on exit, with
     * false when the database could not be opened.
     */
    public static boolean launchOn(String database) {
        databasePath = database;
        Application.launch(CaseloadApp.class);
        return opened;
    }

    @Override
    public void start(Stage stage) {
        CaseloadService service;
        try {
            char[] filePassword = null;
            // The default database too may have been encrypted (encrypt --db with its path).
            String file = databasePath == null ? CaseloadServices.defaultDatabasePath().toString() : databasePath;
            if (CaseloadServices.isEncrypted(file)) {
                // An encrypted file: its password from the environment (as the commands take it), else asked.
                String fromEnvironment = System.getenv(CaseloadServices.FILE_PASSWORD_VARIABLE);
                java.util.Optional<char[]> asked = fromEnvironment != null
                        ? java.util.Optional.of(fromEnvironment.toCharArray())
                        : new FxDialogService(null).askFilePassword("the encrypted database " + file);
                if (asked.isEmpty()) {
                    Platform.exit();
                    return;
                }
                filePassword = asked.get();
            }
            service = filePassword == null ? CaseloadServices.open(databasePath)
                    : CaseloadServices.open(file, filePassword);
        } catch (RuntimeException e) {
            // A locked or unreadable file: say so in words rather than leave the user with no window at all.
            new FxDialogService(null).showError("Could not open the database",
                    (databasePath == null ? "Your own database" : databasePath) + ": "
                            + (e instanceof uk.police.soc.caseload.domain.access.NotAllowedException refused
                                    ? refused.reason() : e.getMessage() == null ? e.toString() : e.getMessage()));
            Platform.exit();
            return;
        }
        opened = true;
        // Sign-in mode: nothing is shown before the user signs in (the service refuses it anyway).
        if (service.access().signInRequired() && !uk.police.soc.caseload.ui.access.SignInDialog.show(null,
                new uk.police.soc.caseload.ui.access.SignInViewModel(service.access()), service.storeName())) {
            service.close();
            Platform.exit();
            return;
        }
        // Name the file even for the default database: support and backups need to know where it is.
        String name = databasePath == null ? service.storeName() + " (your default)" : service.storeName();
        workspace = new WorkspaceViewModel(service, name, new FxBackgroundRunner(), new FxDialogService(stage),
                CaseloadServices::open);
        view = new MainView(workspace);
        Scene scene = createScene(view, workspace);
        // The window always names the store it shows: two desks side by side must not be mistaken.
        stage.titleProperty().bind(workspace.databaseNameProperty().map(n -> "SOC Caseload Planner — " + n));
        workspace.startLiveView(Platform::runLater);
        workspace.keepRollingBackup();
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        uk.police.soc.caseload.ui.access.IdleLockDialog.install(stage,
                new uk.police.soc.caseload.ui.access.IdleLockViewModel(() -> workspace.service().access()));
    }

    @Override
    public void stop() {
        if (view != null) {
            view.close();
        }
        if (workspace != null) {
            try {
                workspace.service().access().signOut();
            } catch (RuntimeException e) {
                // the window closes whatever the store says; the session's end is simply not recorded
            }
            workspace.close();
        }
    }

    /** Builds the main window's scene on a workspace; the tests use it with a service and dialogs of their own. */
    public static Scene createScene(Stage stage, WorkspaceViewModel workspace) {
        return createScene(new MainView(workspace), workspace);
    }

    public static Scene createScene(MainView view, WorkspaceViewModel workspace) {
        // Sized for a 1366×768 laptop, never bigger than the screen it opens on.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1366, screen.getWidth()), Math.min(740, screen.getHeight()));
        scene.getStylesheets().add(STYLESHEET);
        workspace.refresh();
        workspace.openOnRememberedDate();
        return scene;
    }
}
