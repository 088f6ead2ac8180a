package uk.police.soc.caseload.ui.scenarios;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.scenario.Scenario;
import uk.police.soc.caseload.presentation.PolicyWords;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Tables;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.ComparisonRow;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.FigureRow;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.Kind;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.LoadComparisonRow;
import uk.police.soc.caseload.ui.scenarios.ScenariosViewModel.LoadRow;

/**
 * Changes built by hand on the left; on the right, the three columns of figures and each officer's load % for
 * this scenario, and a tab comparing two saved ones side by side.
 */
public class ScenariosView extends VBox {

    private final ScenariosViewModel model;
    private final ComboBox<Officer> officer = named(new ComboBox<>(), uk.police.soc.caseload.presentation.Names::officer);
    private final ComboBox<Course> course = named(new ComboBox<>(), c -> c.name() + " (" + c.code() + ")");
    private final ComboBox<Category> category = named(new ComboBox<>(), Category::name);
    private final ComboBox<Threat> threat = named(new ComboBox<>(), t -> t.id() + " " + t.name());

    public ScenariosView(ScenariosViewModel model) {
        this.model = model;
        setId("scenarios");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Scenarios");
        title.getStyleClass().add("page-title");
        Label hint = new Label("Try changes on a copy of the caseload: nothing stored changes. Before is the caseload"
                + " as it stands; after, the changes with every threat kept with its officer; planned, after the"
                + " planner has run on it.");
        hint.setId("scenarios-intro");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        // A wrapping label in a box otherwise gets one line and an ellipsis (at 1366×768 it did).
        hint.setMinHeight(Region.USE_PREF_SIZE);

        SplitPane split = new SplitPane(changesPane(), resultsPane());
        split.setDividerPositions(0.38);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, hint, split);
        model.kindProperty().addListener((obs, old, kind) -> showFields(kind));
        model.policySettingProperty().addListener((obs, old, field) -> showFields(model.kindProperty().get()));
        showFields(model.kindProperty().get());
    }

    private final GridPane form = new GridPane();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final DatePicker from = uk.police.soc.caseload.ui.DateField.picker("scenario-from", typo -> { });
    private final DatePicker until = uk.police.soc.caseload.ui.DateField.picker("scenario-until", typo -> { });
    private final Spinner<Integer> priority = new Spinner<>(1, 4, 2);
    private final Spinner<Integer> skill = new Spinner<>(0, 3, 3);
    private final ComboBox<String> policySetting = named(new ComboBox<>(), PolicyWords::label);
    private final TextField policyValue = new TextField();
    private final CheckBox allowOverload = new CheckBox("Every threat gets an LRO, even if that overloads someone");

    private VBox changesPane() {
        ComboBox<Kind> kind = new ComboBox<>();
        kind.setId("scenario-kind");
        kind.getItems().setAll(Kind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        id.setId("scenario-id");
        id.textProperty().bindBidirectional(model.newIdProperty());
        name.setId("scenario-name");
        name.textProperty().bindBidirectional(model.newNameProperty());
        officer.setId("scenario-officer");
        officer.valueProperty().bindBidirectional(model.officerProperty());
        course.valueProperty().bindBidirectional(model.courseProperty());
        category.setId("scenario-category");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        threat.valueProperty().bindBidirectional(model.threatProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        until.valueProperty().bindBidirectional(model.untilProperty());
        priority.getValueFactory().valueProperty().addListener((obs, o, n) -> model.priorityProperty().set(n));
        skill.getValueFactory().valueProperty().addListener((obs, o, n) -> model.skillProperty().set(n));
        policySetting.setId("scenario-policy-setting");
        policySetting.getItems().setAll(model.policySettings());
        policySetting.valueProperty().bindBidirectional(model.policySettingProperty());
        policyValue.setId("scenario-policy-value");
        policyValue.textProperty().bindBidirectional(model.policyValueProperty());
        allowOverload.setId("scenario-policy-allow-overload");
        allowOverload.setWrapText(true);
        allowOverload.selectedProperty().bindBidirectional(model.policyAllowOverloadProperty());
        form.setHgap(8);
        form.setVgap(6);
        Button add = new Button("Add change");
        add.setId("scenario-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> {
            fillChoices();
            model.addChange();
        });
        ListView<String> list = new ListView<>(model.changeTexts());
        list.setId("scenario-changes");
        list.setPlaceholder(new Label("No changes yet: add one above."));
        list.setMinHeight(72);
        // A long change (a threat's name) wraps rather than hides behind a scroll bar.
        Tables.wrapLines(list);
        list.setPrefHeight(150);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.setId("scenario-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeChange(list.getSelectionModel().getSelectedIndex()));
        Label problems = new Label();
        problems.setId("scenario-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(model.problemsProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        Label addTitle = new Label("Add a change");
        addTitle.getStyleClass().add("section-title");
        Label listTitle = new Label("The scenario's changes");
        listTitle.getStyleClass().add("section-title");
        TextField scenarioName = new TextField();
        scenarioName.setId("scenario-save-name");
        scenarioName.setPromptText("Name, e.g. Two more LRO courses");
        scenarioName.textProperty().bindBidirectional(model.scenarioNameProperty());
        HBox.setHgrow(scenarioName, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("scenario-save");
        save.setOnAction(e -> model.save());
        ComboBox<Scenario> open = savedChoice("Open a saved scenario…");
        open.setId("scenario-open");
        open.setOnAction(e -> {
            if (open.getValue() != null) {
                model.open(open.getValue());
            }
        });
        Button delete = new Button("Delete");
        delete.setId("scenario-delete");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(open.valueProperty().isNull());
        delete.setOnAction(e -> model.delete(open.getValue()));
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label savedTitle = new Label("Saved scenarios");
        savedTitle.getStyleClass().add("section-title");
        HBox saveBar = new HBox(6, scenarioName, save);
        HBox openBar = new HBox(6, open, delete);
        VBox box = new VBox(8, addTitle, kind, form, add, problems, listTitle, list, remove, savedTitle, saveBar,
                openBar);
        model.loadSaved();
        box.setPadding(new Insets(0, 10, 0, 0));
        box.setOnMouseEntered(e -> fillChoices());
        return box;
    }

    /** The choices come from the caseload as it stands (and the officers the scenario adds, for a course). */
    private void fillChoices() {
        Caseload caseload = model.caseload();
        if (caseload == null) {
            return;
        }
        refill(officer, caseload.officers());
        refill(course, caseload.courses());
        refill(category, caseload.categories());
        refill(threat, caseload.threats().stream().filter(Threat::isActive).toList());
    }

    private static <T> void refill(ComboBox<T> box, java.util.List<T> items) {
        if (!box.getItems().equals(items)) {
            T chosen = box.getValue();
            box.getItems().setAll(items);
            box.setValue(chosen != null && items.contains(chosen) ? chosen : null);
        }
    }

    private void showFields(Kind kind) {
        fillChoices();
        form.getChildren().clear();
        int row = 0;
        switch (kind) {
            case HYPOTHETICAL_LRO:
                row = field(row, "Id", id);
                row = field(row, "Name", name);
                row = field(row, "Skilled in", category);
                field(row, "Skill level", skill);
                break;
            case COURSE_PASSED:
                row = field(row, "Officer", officer);
                row = field(row, "Course", course);
                field(row, "Passed on", from);
                break;
            case ABSENCE:
                row = field(row, "Officer", officer);
                row = field(row, "From", from);
                field(row, "Until", until);
                break;
            case OFFICER_LEAVES:
                field(row, "Officer", officer);
                break;
            case NEW_THREAT:
                row = field(row, "Id", id);
                row = field(row, "Name", name);
                row = field(row, "Category", category);
                field(row, "Priority", priority);
                break;
            case ARCHIVE_THREAT:
                field(row, "Threat", threat);
                break;
            default: {
                row = field(row, "Setting", policySetting);
                String setting = model.policySettingProperty().get();
                if ("allowOverload".equals(setting)) {
                    form.add(allowOverload, 1, row);
                } else {
                    row = field(row, "New value", policyValue);
                    Label example = new Label(PolicyWords.example(setting == null ? "" : setting));
                    example.getStyleClass().add("hint");
                    example.setWrapText(true);
                    example.setMinHeight(Region.USE_PREF_SIZE);
                    form.add(example, 1, row);
                }
                break;
            }
        }
    }

    private int field(int row, String label, javafx.scene.Node input) {
        Label text = new Label(label);
        text.setLabelFor(input);
        form.add(text, 0, row);
        form.add(input, 1, row);
        if (input instanceof javafx.scene.control.Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        return row + 1;
    }

    /** Two tabs, each with the window's full height: this scenario, and two saved ones compared. */
    private TabPane resultsPane() {
        TableView<FigureRow> figures = new TableView<>(model.figures());
        figures.setId("scenario-figures");
        figures.getColumns().setAll(List.of(
                Tables.column("Plan figure", 230, FigureRow::figure),
                Tables.column("Before", 80, FigureRow::before),
                Tables.column("After", 80, FigureRow::after),
                Tables.column("Planned", 80, FigureRow::planned)));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.setPlaceholder(new Label("No figures: the scenario has a problem, said on the left."));
        TableView<LoadRow> loads = new TableView<>(model.loads());
        loads.setId("scenario-loads");
        loads.getColumns().setAll(List.of(
                Tables.column("Officer", 170, LoadRow::name),
                Tables.column("Id", 60, LoadRow::officerId),
                Tables.column("Load % before", 95, LoadRow::before),
                Tables.column("After", 80, LoadRow::after),
                Tables.column("Planned", 80, LoadRow::planned)));
        loads.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loads.setPlaceholder(new Label("No load % while the scenario has a problem."));
        Button plan = new Button("Plan the scenario");
        plan.setId("scenario-plan");
        plan.setMinWidth(Region.USE_PREF_SIZE);
        plan.disableProperty().bind(model.runningProperty());
        plan.setOnAction(e -> model.plan());
        Button stop = new Button("Stop");
        stop.setId("scenario-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Spinner<Integer> budget = new Spinner<>(1, 600, model.budgetSecondsProperty().get());
        budget.setPrefWidth(80);
        budget.setMinWidth(Region.USE_PREF_SIZE);
        budget.getValueFactory().valueProperty().addListener((obs, o, n) -> model.budgetSecondsProperty().set(n));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setMinSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label budgetLabel = new Label("Budget (seconds)");
        budgetLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.setId("scenario-progress");
        progress.setWrapText(true);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        progress.textProperty().bind(model.progressProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox bar = new HBox(8, plan, stop, budgetLabel, budget, busy, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        fitRows(figures);
        VBox.setVgrow(loads, Priority.ALWAYS);
        VBox scenario = new VBox(8, bar, figures, loads);
        scenario.setPadding(new Insets(8, 0, 0, 0));

        TabPane tabs = new TabPane(new Tab("This scenario", scenario),
                new Tab("Compare two saved scenarios", comparisonPane()));
        tabs.setId("scenario-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.comparisonTitleProperty().addListener((obs, o, n) -> tabs.getSelectionModel().select(1));
        return tabs;
    }

    /** Two saved scenarios side by side: the figures, then each officer's load %, before and after each. */
    private VBox comparisonPane() {
        ComboBox<Scenario> first = savedChoice("Scenario A");
        first.setId("scenario-compare-first");
        ComboBox<Scenario> second = savedChoice("Scenario B");
        second.setId("scenario-compare-second");
        Button compare = new Button("Compare");
        compare.setId("scenario-compare");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.disableProperty().bind(first.valueProperty().isNull().or(second.valueProperty().isNull()));
        compare.setOnAction(e -> model.compare(first.getValue(), second.getValue()));
        HBox compareBar = new HBox(6, new Label("A"), first, new Label("B"), second, compare);
        compareBar.setAlignment(Pos.CENTER_LEFT);

        TableView<ComparisonRow> comparison = new TableView<>(model.comparison());
        comparison.setId("scenario-comparison");
        // The scenarios' names can be long: the columns say A and B, the line above says which is which.
        comparison.getColumns().setAll(List.of(
                Tables.column("Plan figure", 230, ComparisonRow::figure),
                Tables.column("As it stands", 90, ComparisonRow::before),
                Tables.column("After A", 90, ComparisonRow::firstAfter),
                Tables.column("After B", 90, ComparisonRow::secondAfter)));
        comparison.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        comparison.setPlaceholder(new Label("Choose two saved scenarios and Compare."));

        TableView<LoadComparisonRow> loads = new TableView<>(model.loadComparison());
        loads.setId("scenario-load-comparison");
        loads.getColumns().setAll(List.of(
                Tables.column("Officer", 170, LoadComparisonRow::name),
                Tables.column("Id", 60, LoadComparisonRow::officerId),
                Tables.column("Load % as it stands", 130, LoadComparisonRow::before),
                Tables.column("After A", 90, LoadComparisonRow::firstAfter),
                Tables.column("After B", 90, LoadComparisonRow::secondAfter)));
        loads.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loads.setPlaceholder(new Label("Each officer's load % under both scenarios shows here."));

        Label title = new Label();
        title.setId("scenario-comparison-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(model.comparisonTitleProperty());
        fitRows(comparison);
        VBox.setVgrow(loads, Priority.ALWAYS);
        VBox box = new VBox(8, compareBar, title, comparison, loads);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** The plan figures' table shows all its rows at once; the officers' table below takes what is left. */
    private static void fitRows(TableView<?> table) {
        double row = 24;
        table.setFixedCellSize(row);
        double height = ScenariosViewModel.FIGURE_ROWS * row + 32;
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }

    private ComboBox<Scenario> savedChoice(String prompt) {
        ComboBox<Scenario> box = named(new ComboBox<>(model.saved()), Scenario::name);
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static <T> ComboBox<T> named(ComboBox<T> box, java.util.function.Function<T, String> text) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return box;
    }
}
