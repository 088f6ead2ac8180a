package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.ui.settings.PolicySettingsDialog;
import uk.police.soc.caseload.ui.settings.PolicySettingsViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.police.soc.caseload.ui.board.AllocationBoardView;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;
import uk.police.soc.caseload.ui.dashboard.DashboardView;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel;
import uk.police.soc.caseload.ui.officers.OfficersView;
import uk.police.soc.caseload.ui.officers.OfficersViewModel;
import uk.police.soc.caseload.solver.PlanningService;
import uk.police.soc.caseload.ui.planning.Planner;
import uk.police.soc.caseload.ui.planning.PlanningView;
import uk.police.soc.caseload.ui.planning.PlanningViewModel;
import uk.police.soc.caseload.ui.resilience.ResilienceView;
import uk.police.soc.caseload.ui.resilience.ResilienceViewModel;
import uk.police.soc.caseload.ui.scenarios.ScenariosView;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel;
import uk.police.soc.caseload.ui.threats.ThreatsView;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

/** The main window's content: menu, toolbar with the planning date, navigation, the current screen, status. */
public class MainView extends BorderPane {

    private final WorkspaceViewModel workspace;
    private final Map<Screen, Supplier<Node>> factories = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final StackPane center = new StackPane();
    private final ThreatsViewModel threats;
    private final OfficersViewModel officers;
    private final AllocationBoardViewModel board;
    private final PlanningViewModel planning;
    private PlanningService planningService;
    private final uk.police.soc.caseload.ui.access.RestoreViewModel restore;
    private MenuBar menuBar;
    private DatePicker planningDate;

    public MainView(WorkspaceViewModel workspace) {
        this(workspace, new PlanningService());
    }

    private MainView(WorkspaceViewModel workspace, PlanningService planningService) {
        this(workspace, budget -> Planner.using(planningService, budget));
        this.planningService = planningService;
    }

    /** The main window with its own planner factory (tests stand in for the solver). */
    public MainView(WorkspaceViewModel workspace, Function<Duration, Planner> planners) {
        this.workspace = workspace;
        getStyleClass().add("main");
        DashboardViewModel dashboard = new DashboardViewModel(workspace);
        threats = new ThreatsViewModel(workspace);
        officers = new OfficersViewModel(workspace);
        board = new AllocationBoardViewModel(workspace);
        factories.put(Screen.DASHBOARD, () -> new DashboardView(dashboard));
        factories.put(Screen.THREATS, () -> new ThreatsView(threats));
        factories.put(Screen.OFFICERS, () -> new OfficersView(officers));
        factories.put(Screen.BOARD, () -> new AllocationBoardView(board));
        planning = new PlanningViewModel(workspace, new FxBackgroundRunner(), javafx.application.Platform::runLater,
                planners);
        factories.put(Screen.PLANNING, () -> new PlanningView(planning));
        factories.put(Screen.TRAINING, () -> new TrainingScreen(workspace));
        ResilienceViewModel resilience = new ResilienceViewModel(workspace, new FxBackgroundRunner());
        factories.put(Screen.RESILIENCE, () -> new ResilienceView(resilience));
        ScenariosViewModel scenarios = new ScenariosViewModel(workspace, new FxBackgroundRunner(),
                javafx.application.Platform::runLater, planners);
        factories.put(Screen.SCENARIOS, () -> new ScenariosView(scenarios));
        uk.police.soc.caseload.ui.access.AccountsViewModel accounts =
                new uk.police.soc.caseload.ui.access.AccountsViewModel(workspace);
        factories.put(Screen.ACCOUNTS, () -> new uk.police.soc.caseload.ui.access.AccountsView(accounts));
        uk.police.soc.caseload.ui.access.AuditViewModel audit = new uk.police.soc.caseload.ui.access.AuditViewModel(workspace);
        factories.put(Screen.AUDIT, () -> new uk.police.soc.caseload.ui.access.AuditView(audit));
        restore = new uk.police.soc.caseload.ui.access.RestoreViewModel(workspace);

        menuBar = menuBar();
        setTop(new VBox(menuBar, toolBar(), connectionBanner(), dateNotice()));
        showOpenModeBanner();
        setLeft(navigation());
        // The screens share one stack, whose minimum would otherwise be the tallest screen's: a screen that
        // cannot shrink (the dashboard's tiles) pushed the status bar and Planning's Accept bar off a 768-px window.
        center.setMinSize(0, 0);
        // A screen taller than the space left (the dashboard under both banners at 768 px) is cut at the
        // bottom, never pushed up under the banners as a centred child would be.
        center.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setCenter(center);
        setBottom(statusBar());
        workspace.screenProperty().addListener((obs, old, screen) -> show(screen));
        // Some screens build tables as their data arrives: give those the Export and Print commands too.
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> javafx.application.Platform.runLater(() -> {
            Node screen = screens.get(workspace.screenProperty().get());
            if (screen != null) {
                TableExport.install(screen, this::tableTitle, tableCommands);
            }
        }));
        show(workspace.screenProperty().get());
    }

    /** Stops any planner run and releases its thread; the window is closing. */
    public void close() {
        planning.stop();
        if (planningService != null) {
            planningService.close();
        }
    }

    private void show(Screen screen) {
        Node node = screens.computeIfAbsent(screen, s -> {
            Node created = factories.get(s).get();
            center.getChildren().add(created);
            return created;
        });
        center.getChildren().forEach(n -> n.setVisible(n == node));
        // Screens build their tables as they are shown: give each new one its Export and Print commands.
        javafx.application.Platform.runLater(() -> TableExport.install(node, this::tableTitle, tableCommands));
        ToggleButton button = navButtons.get(screen);
        if (button != null) {
            button.setSelected(true);
        }
    }

    /** Open mode (no accounts): a permanent banner says that anyone can change the data (access.md). */
    private void showOpenModeBanner() {
        Label banner = new Label("Anyone who can open this file can change it. Create an administrator account"
                + " to require sign-in (see docs/data-protection.md).");
        banner.setId("open-mode-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff3c4; -fx-text-fill: #5c4400; -fx-padding: 4 10 4 10;"
                + " -fx-border-color: #e0c060; -fx-border-width: 0 0 1 0;");
        // Another database opened from the File menu may be in the other mode.
        banner.visibleProperty().bind(workspace.openModeProperty());
        banner.managedProperty().bind(workspace.openModeProperty());
        ((VBox) getTop()).getChildren().add(banner);
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Import dataset…", "Shortcut+I", workspace::importDataset),
                item("_Export dataset…", "Shortcut+Shift+E", workspace::exportDataset),
                item("Export the _table on screen to CSV…", "Shortcut+Shift+C", () -> tableOnScreen()
                        .ifPresent(t -> tableCommands.exportCsv(t, tableTitle(t)))),
                item("_Print the table on screen…", "Shortcut+Shift+P", () -> tableOnScreen()
                        .ifPresent(t -> tableCommands.print(t, tableTitle(t)))),
                item("Inspection _report…", "Shortcut+Shift+R", workspace::inspectionReport),
                new SeparatorMenuItem(),
                item("_Open database…", "Shortcut+O", workspace::openDatabase),
                item("Open _shared database…", "Shortcut+Shift+O", workspace::openSharedDatabase),
                item("_Restore…", null, restore::restore),
                item("Load the _worked example", null, this::confirmWorkedExample),
                new SeparatorMenuItem(),
                item("Policy _settings…", "Shortcut+COMMA", this::editPolicy),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", () -> getScene().getWindow().hide()));
        Menu view = new Menu("_View");
        for (Screen screen : Screen.values()) {
            view.getItems().add(item(screen.title(), screen.shortcutDigit().map(d -> "Shortcut+" + d).orElse(null),
                    () -> workspace.screenProperty().set(screen)));
        }
        view.getItems().addAll(new SeparatorMenuItem(), item("_Refresh", "F5", workspace::refresh));
        Menu threatMenu = new Menu("_Threats");
        threatMenu.getItems().addAll(
                item("_New threat…", "Shortcut+N", () -> {
                    workspace.screenProperty().set(Screen.THREATS);
                    threats.newThreat();
                }),
                item("_Edit selected threat…", "Shortcut+E", threats::editSelected),
                item("_Archive selected threat…", "Shortcut+Delete", threats::archiveSelected),
                item("Open its _LRO", "Shortcut+L", threats::openSelectedOfficer));
        Menu officerMenu = new Menu("_Officers");
        officerMenu.getItems().addAll(
                item("_New officer…", "Shortcut+Shift+N", () -> {
                    workspace.screenProperty().set(Screen.OFFICERS);
                    officers.newOfficer();
                }),
                item("_Edit selected officer…", "Shortcut+Shift+O", officers::editSelected));
        Menu boardMenu = new Menu("_Board");
        boardMenu.getItems().addAll(
                item("_Move selected threat to…", "Shortcut+M", () -> {
                    if (workspace.screenProperty().get() == Screen.BOARD) {
                        board.moveSelected();
                    }
                }),
                item("_Pin / unpin selected threat", "Shortcut+P", () -> {
                    if (workspace.screenProperty().get() == Screen.BOARD) {
                        board.togglePinSelected();
                    }
                }));
        Menu planMenu = new Menu("_Planning");
        planMenu.getItems().addAll(
                item("_Propose allocation", "Shortcut+R", () -> {
                    workspace.screenProperty().set(Screen.PLANNING);
                    planning.propose();
                }),
                item("_Stop the planner", "Shortcut+PERIOD", planning::stop),
                item("_Accept the proposal", "Shortcut+Shift+A", planning::accept),
                item("Re_ject the proposal", "Shortcut+Shift+J", planning::reject),
                new SeparatorMenuItem(),
                undoItem());
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("_User guide", "Shift+F1", () -> UserGuideWindow.show(getScene() == null ? null : getScene().getWindow())),
                item("_Keyboard shortcuts…", "F1", this::showShortcuts),
                item("Go to the _planning date", "Shortcut+D", () -> planningDate.requestFocus()));
        MenuBar bar = new MenuBar(file, view, threatMenu, officerMenu, boardMenu, planMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem undoItem() {
        MenuItem undo = item("_Undo the last move or accepted proposal", "Shortcut+Z", workspace::undoLastChange);
        undo.setId("menu-undo");
        undo.disableProperty().bind(workspace.lastChangeProperty().isNull());
        return undo;
    }

    private final TableExport.Exporter tableCommands = new TableExport.Exporter() {
        @Override
        public void exportCsv(javafx.scene.control.TableView<?> table, String title) {
            String name = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                    + workspace.planningDate() + ".csv";
            workspace.dialogs().chooseCsvToSave(name).ifPresent(file -> workspace.exportTable(title,
                    TableExport.header(table), TableExport.rows(table), file));
        }

        @Override
        public void print(javafx.scene.control.TableView<?> table, String title) {
            workspace.say(TablePrinter.print(getScene() == null ? null : getScene().getWindow(), table,
                    title + " on " + Formats.date(workspace.planningDate())));
        }
    };

    /** The table the user is in, else the first table on the screen showing. */
    private java.util.Optional<javafx.scene.control.TableView<?>> tableOnScreen() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableView<?> table) {
                return java.util.Optional.<javafx.scene.control.TableView<?>>of(table);
            }
        }
        Node screen = screens.get(workspace.screenProperty().get());
        if (screen == null) {
            return java.util.Optional.empty();
        }
        return screen.lookupAll(".table-view").stream().filter(Node::isVisible)
                .filter(n -> n instanceof javafx.scene.control.TableView<?>)
                .<javafx.scene.control.TableView<?>>map(n -> (javafx.scene.control.TableView<?>) n)
                .filter(t -> t.getScene() != null && t.localToScene(t.getBoundsInLocal()).getWidth() > 0)
                .findFirst();
    }

    private String tableTitle(javafx.scene.control.TableView<?> table) {
        String screen = workspace.screenProperty().get().title();
        String id = table.getId() == null ? "" : table.getId().replace("-table", "").replace('-', ' ');
        return id.isBlank() ? screen : screen + " – " + id;
    }

    private void editPolicy() {
        // Every figure, colour and eligibility depends on the policy: a saved change means a full refresh.
        if (workspace.snapshot() == null) {
            return;
        }
        PolicySettingsViewModel settings = PolicySettingsViewModel.of(workspace, new FxBackgroundRunner());
        if (PolicySettingsDialog.show(getScene().getWindow(), settings)) {
            workspace.refresh();
        }
    }

    private void confirmWorkedExample() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null || snapshot.isEmpty() || workspace.dialogs().confirm("Load the worked example",
                "Replace everything in this database with the worked example?",
                "Every officer, threat and training record stored now will be replaced.")) {
            workspace.loadWorkedExample();
        }
    }

    /** Every menu command with a key, as the menus show it: the dialog cannot fall out of step with them. */
    List<Shortcut> shortcuts() {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            String menuName = menu.getText().replace("_", "");
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    shortcuts.add(new Shortcut(menuName, item.getText().replace("_", "").replace("…", ""),
                            item.getAccelerator().getDisplayText()));
                }
            }
        }
        shortcuts.add(new Shortcut("Everywhere", "Move between fields and tables", "Tab / Shift+Tab"));
        shortcuts.add(new Shortcut("Everywhere", "Open a menu", "Alt + the underlined letter"));
        shortcuts.add(new Shortcut("Tables", "Open the selected row", "Enter"));
        return shortcuts;
    }

    /** One line of the keyboard shortcuts dialog. */
    record Shortcut(String menu, String action, String keys) {
    }

    private void showShortcuts() {
        javafx.scene.control.TableView<Shortcut> table = new javafx.scene.control.TableView<>(
                javafx.collections.FXCollections.observableArrayList(shortcuts()));
        table.setId("shortcuts-table");
        table.getColumns().setAll(List.of(Tables.<Shortcut, String>column("Menu", 110, Shortcut::menu),
                Tables.<Shortcut, String>column("Action", 260, Shortcut::action),
                Tables.<Shortcut, String>column("Keys", 170, Shortcut::keys)));
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefSize(580, 460);
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Every command in the menus can be reached from the keyboard");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.show();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        DatePicker date = DateField.picker("planning-date", workspace::say);
        planningDate = date;
        date.valueProperty().bindBidirectional(workspace.planningDateProperty());
        date.setTooltip(new Tooltip("Every figure is judged on this date: training validity, absences, reviews"));
        date.setPrefWidth(130);
        Button today = new Button("Today");
        today.setOnAction(e -> workspace.planningDateProperty().set(java.time.LocalDate.now()));
        Button refresh = new Button("Refresh");
        refresh.setTooltip(new Tooltip("Reload from the database (F5)"));
        refresh.setOnAction(e -> workspace.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(workspace.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label database = new Label();
        database.getStyleClass().add("hint");
        database.textProperty().bind(workspace.databaseNameProperty().map(n -> "Database: " + n));
        Label dateLabel = new Label("Planning _date");
        dateLabel.setMnemonicParsing(true);
        dateLabel.setLabelFor(date);
        Button undo = new Button("↶ Undo");
        undo.setId("undo");
        undo.disableProperty().bind(workspace.lastChangeProperty().isNull());
        undo.setOnAction(e -> workspace.undoLastChange());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(workspace.lastChangeProperty().map(c -> "Undo \u201c" + c.description()
                + "\u201d (Ctrl+Z): stored as a new change").orElse("Nothing to undo"));
        undo.setTooltip(undoTip);
        return new ToolBar(dateLabel, date, today, refresh, undo, busy, spacer, database);
    }

    /** Says when the data is dated other than the planning date, and offers to plan on the data's date. */
    private Node dateNotice() {
        Label text = new Label();
        text.setId("date-notice");
        text.setWrapText(true);
        text.textProperty().bind(workspace.dateNoticeProperty());
        Button planOnData = new Button();
        planOnData.setId("plan-on-data-date");
        planOnData.textProperty().bind(workspace.dataAsOfProperty().map(d -> "Plan on " + Formats.date(d)).orElse(""));
        planOnData.setOnAction(e -> workspace.planOnDataDate());
        planOnData.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(10, new Label("ℹ"), text, planOnData);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("date-notice");
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.visibleProperty().bind(workspace.dateNoticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node navigation() {
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(170);
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            if (screen == Screen.ACCOUNTS) {
                Label administration = new Label("Administration");
                administration.getStyleClass().add("hint");
                administration.setPadding(new Insets(14, 0, 0, 4));
                nav.getChildren().add(administration);
            }
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.name().toLowerCase());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(screen.title() + (screen.forAdministrators() ? ", for administrators" : "")
                    + screen.shortcutDigit().map(d -> " (Ctrl+" + d + ")").orElse("")));
            button.setOnAction(e -> {
                workspace.screenProperty().set(screen);
                button.setSelected(true);
            });
            navButtons.put(screen, button);
            nav.getChildren().add(button);
        }
        return nav;
    }

    /** Shown while the store cannot be reached: what happened, and that the desk is reconnecting. */
    private Node connectionBanner() {
        Label banner = new Label();
        banner.setId("connection-problem");
        banner.getStyleClass().add("connection-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.setStyle("-fx-background-color: #fde2e1; -fx-text-fill: #7a1712; -fx-font-weight: bold;");
        banner.textProperty().bind(workspace.connectionProblemProperty());
        banner.visibleProperty().bind(workspace.connectionProblemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("status-message");
        // Stamped with the time it was said, so that an old message is not read as news.
        message.textProperty().bind(workspace.messageProperty().map(text -> text.isEmpty() ? ""
                : java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + " · " + text));
        HBox bar = new HBox(message);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    Pane centerPane() {
        return center;
    }
}
