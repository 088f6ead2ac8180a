package uk.police.soc.caseload.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.ui.officers.OfficerEditorDialog;
import uk.police.soc.caseload.ui.officers.OfficerEditorViewModel;
import uk.police.soc.caseload.ui.threats.ThreatEditorDialog;
import uk.police.soc.caseload.ui.threats.ThreatEditorViewModel;

/** The real dialogs, owned by the main window. */
public class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert alert = new Alert(type, content);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        alert.getDialogPane().setMinWidth(460);
        alert.setResizable(true);
        return alert;
    }

    @Override
    public boolean confirm(String title, String header, String details) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, details);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public boolean confirmRisky(String title, String header, String details) {
        Alert alert = alert(Alert.AlertType.WARNING, title, header, details);
        alert.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.control.Button ok = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        javafx.scene.control.Button cancel =
                (javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        ok.setText("Move anyway");
        ok.setDefaultButton(false);
        cancel.setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message).showAndWait();
    }

    @Override
    public void showProblems(String title, String header, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, null);
        // Fields in words ("Completed on"), the record kept: as the editors' own problems read.
        TextArea list = new TextArea(problems.stream().map(Formats::problem).collect(Collectors.joining("\n")));
        list.setId("problem-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(16, Math.max(4, problems.size())));
        list.setPrefColumnCount(70);
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
    }

    private FileChooser datasetChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("soc-caseload/1 datasets (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    @Override
    public Optional<Path> chooseDatasetToOpen() {
        return Optional.ofNullable(datasetChooser("Import a dataset").showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDatasetToSave(String suggestedName) {
        FileChooser chooser = datasetChooser("Export the caseload");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvToSave(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the table to CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<uk.police.soc.caseload.domain.access.Disclosure> askDisclosure(String what) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Disclosure");
        dialog.setHeaderText(what + " takes police data out of the planner. The audit trail records why and for"
                + " whom (Data Protection Act 2018, s.62).");
        javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
        reason.setId("disclosure-reason");
        reason.setPromptText("e.g. monthly caseload review");
        javafx.scene.control.TextField recipient = new javafx.scene.control.TextField();
        recipient.setId("disclosure-recipient");
        recipient.setPromptText("e.g. Head of SOC");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new javafx.scene.control.Label("Why"), reason);
        grid.addRow(1, new javafx.scene.control.Label("For whom"), recipient);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                .map(b -> new uk.police.soc.caseload.domain.access.Disclosure(reason.getText(), recipient.getText()));
    }

    @Override
    public Optional<Path> chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open or create a database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("H2 databases (*.mv.db)", "*.mv.db"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String path = file.getPath();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        return Optional.of(Path.of(path));
    }

    @Override
    public boolean signIn(uk.police.soc.caseload.service.AccessService access, String storeName) {
        return uk.police.soc.caseload.ui.access.SignInDialog.show(owner,
                new uk.police.soc.caseload.ui.access.SignInViewModel(access), storeName);
    }

    @Override
    public Optional<SharedStoreLogin> chooseSharedDatabase() {
        // The URL and user are remembered for next time; the password never is.
        java.util.prefs.Preferences remembered = java.util.prefs.Preferences.userNodeForPackage(FxDialogService.class);
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open shared database");
        dialog.setHeaderText("Open the unit's shared PostgreSQL database");
        javafx.scene.control.TextField url = new javafx.scene.control.TextField(remembered.get("sharedUrl",
                "postgresql://"));
        url.setId("shared-url");
        url.setPromptText("postgresql://HOST[:PORT]/NAME[?sslmode=verify-full]");
        url.setPrefColumnCount(36);
        javafx.scene.control.TextField user = new javafx.scene.control.TextField(remembered.get("sharedUser", ""));
        user.setId("shared-user");
        user.setPromptText("your database role (blank: PGUSER or your login name)");
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("shared-password");
        password.setPromptText("blank: PGPASSWORD or your .pgpass file");
        javafx.scene.layout.GridPane grid = grid();
        grid.addRow(0, new javafx.scene.control.Label("Database URL"), url);
        grid.addRow(1, new javafx.scene.control.Label("User"), user);
        grid.addRow(2, new javafx.scene.control.Label("Password"), password);
        javafx.scene.control.Label hint = new javafx.scene.control.Label("The password is used for this session only"
                + " and never stored. Ask your administrator for the URL and your desk role.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        grid.add(hint, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Open");
        javafx.application.Platform.runLater(url::requestFocus);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            remembered.put("sharedUrl", url.getText().strip());
            remembered.put("sharedUser", user.getText().strip());
            return new SharedStoreLogin(url.getText().strip(), user.getText().strip(),
                    password.getText().toCharArray());
        });
    }

    @Override
    public Optional<ImportMode> chooseImportMode(Path file) {
        ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType("Replace everything", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Import " + file.getFileName(),
                "How should " + file.getFileName() + " be imported?",
                "Merge adds new records and updates those with the same id.\n"
                        + "Replace makes the database hold exactly the file's data.\n"
                        + "Either way, a file with any problem changes nothing.");
        alert.getButtonTypes().setAll(merge, replace, ButtonType.CANCEL);
        return alert.showAndWait().flatMap(b -> b == merge ? Optional.of(ImportMode.MERGE)
                : b == replace ? Optional.of(ImportMode.REPLACE) : Optional.empty());
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> choices, T initial) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseReportToSave(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the inspection report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents (*.pdf)", "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<PlanReview> askReview(String threat, List<Officer> reviewers, java.time.LocalDate today) {
        javafx.scene.control.Dialog<PlanReview> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Record a 4P review");
        dialog.setHeaderText("Review of the 4P plan of " + threat);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        javafx.scene.control.DatePicker on = DateField.forceFormat(new javafx.scene.control.DatePicker(today), typo -> { });
        on.setId("review-on");
        javafx.scene.control.TextArea outcome = new javafx.scene.control.TextArea();
        outcome.setId("review-outcome");
        outcome.setPrefRowCount(3);
        outcome.setWrapText(true);
        javafx.scene.control.ComboBox<Officer> reviewer = new javafx.scene.control.ComboBox<>();
        reviewer.getItems().setAll(reviewers);
        reviewer.setConverter(converter(uk.police.soc.caseload.presentation.Names::officer));
        javafx.scene.control.DatePicker next = DateField.forceFormat(new javafx.scene.control.DatePicker(
                today.plusMonths(3)), typo -> { });
        next.setId("review-next");
        javafx.scene.layout.GridPane grid = grid();
        grid.addRow(0, new javafx.scene.control.Label("Reviewed on"), on);
        grid.addRow(1, new javafx.scene.control.Label("Outcome"), outcome);
        grid.addRow(2, new javafx.scene.control.Label("Reviewer"), reviewer);
        grid.addRow(3, new javafx.scene.control.Label("Next review due"), next);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(on.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK ? new PlanReview(on.getValue(),
                outcome.getText() == null ? "" : outcome.getText().strip(),
                reviewer.getValue() == null ? null : reviewer.getValue().id(), next.getValue()) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<PlanAction> askPlanAction(String threat, PlanAction action, List<Officer> owners) {
        javafx.scene.control.Dialog<PlanAction> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        boolean editing = action.text() != null;
        dialog.setTitle(editing ? "Edit a 4P action" : "Add a 4P action");
        dialog.setHeaderText((editing ? "Action " + action.id() : "New action " + action.id()) + " of the 4P plan of "
                + threat);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        javafx.scene.control.ComboBox<uk.police.soc.caseload.domain.Strand> strand =
                new javafx.scene.control.ComboBox<>();
        strand.setId("action-strand");
        strand.getItems().setAll(uk.police.soc.caseload.domain.Strand.values());
        strand.setConverter(converter(uk.police.soc.caseload.report.words.Words::strand));
        strand.setValue(action.strand());
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(action.text());
        text.setId("action-text");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        javafx.scene.control.ComboBox<uk.police.soc.caseload.domain.ActionStatus> status =
                new javafx.scene.control.ComboBox<>();
        status.setId("action-status");
        status.getItems().setAll(uk.police.soc.caseload.domain.ActionStatus.values());
        status.setConverter(converter(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT)));
        status.setValue(action.status() == null ? uk.police.soc.caseload.domain.ActionStatus.OPEN : action.status());
        javafx.scene.control.ComboBox<Officer> ownerBox = new javafx.scene.control.ComboBox<>();
        ownerBox.setId("action-owner");
        ownerBox.getItems().add(null);
        ownerBox.getItems().addAll(owners);
        ownerBox.setConverter(converter(uk.police.soc.caseload.presentation.Names::officer));
        ownerBox.setValue(owners.stream().filter(o -> o.id().equals(action.ownerId())).findFirst().orElse(null));
        javafx.scene.control.DatePicker due = DateField.forceFormat(new javafx.scene.control.DatePicker(action.due()), typo -> { });
        due.setId("action-due");
        javafx.scene.layout.GridPane grid = grid();
        grid.addRow(0, new javafx.scene.control.Label("Strand"), strand);
        grid.addRow(1, new javafx.scene.control.Label("Action"), text);
        grid.addRow(2, new javafx.scene.control.Label("Status"), status);
        grid.addRow(3, new javafx.scene.control.Label("Owner"), ownerBox);
        grid.addRow(4, new javafx.scene.control.Label("Due"), due);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(strand.valueProperty().isNull()
                .or(text.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new PlanAction(action.id(), strand.getValue(),
                text.getText().strip(), status.getValue(), ownerBox.getValue() == null ? null : ownerBox.getValue().id(),
                due.getValue()) : null);
        return dialog.showAndWait();
    }

    /** Shows values in words; a null value (no choice) as empty. */
    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @Override
    public Optional<MoveReason> askMoveReason(String move) {
        javafx.scene.control.Dialog<MoveReason> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Why this move?");
        dialog.setHeaderText(move);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        javafx.scene.control.ComboBox<AllocationReason> reason = new javafx.scene.control.ComboBox<>();
        reason.setId("move-reason");
        reason.getItems().setAll(AllocationReason.MANUAL);
        reason.setConverter(converter(uk.police.soc.caseload.report.words.Words::reason));
        javafx.scene.control.TextField rationale = new javafx.scene.control.TextField();
        rationale.setId("move-rationale");
        rationale.setPromptText("knowledge, skills, experience, training (optional)");
        rationale.setPrefColumnCount(36);
        javafx.scene.layout.GridPane grid = grid();
        grid.addRow(0, new javafx.scene.control.Label("Reason"), reason);
        grid.addRow(1, new javafx.scene.control.Label("Rationale"), rationale);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK ? new MoveReason(reason.getValue(),
                rationale.getText() == null || rationale.getText().isBlank() ? null : rationale.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseBackupToRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore from a backup");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Planner backups (*.socbackup)", "*.socbackup"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where the restored database goes (a new file)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("H2 databases (*.mv.db)", "*.mv.db"));
        chooser.setInitialFileName("restored.mv.db");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String path = file.getPath();
        return Optional.of(Path.of(path.endsWith(".mv.db") ? path.substring(0, path.length() - ".mv.db".length())
                : path));
    }

    @Override
    public Optional<char[]> askFilePassword(String what) {
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("file-password");
        javafx.scene.layout.GridPane grid = grid();
        grid.addRow(0, new javafx.scene.control.Label("File password"), password);
        return okCancel("File password", "The database file password of " + what, grid, password).showAndWait().filter(b -> b == ButtonType.OK).map(b -> password.getText().toCharArray());
    }

    @Override
    public Optional<Credentials> askBackupAdministrator(String backup, String problem) {
        javafx.scene.control.TextField user = new javafx.scene.control.TextField();
        user.setId("restore-user");
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("restore-password");
        javafx.scene.layout.GridPane grid = grid();
        grid.addRow(0, new javafx.scene.control.Label("User name"), user);
        grid.addRow(1, new javafx.scene.control.Label("Password"), password);
        if (problem != null && !problem.isBlank()) {
            javafx.scene.control.Label why = new javafx.scene.control.Label(problem);
            why.getStyleClass().add("field-error");
            why.setWrapText(true);
            why.setMaxWidth(420);
            grid.add(why, 0, 2, 2, 1);
        }
        return okCancel("Restore: an administrator of the backup", backup + " holds accounts: sign in as one of its"
                + " administrators to restore it", grid, user).showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new Credentials(user.getText().strip(), password.getText().toCharArray()));
    }

    private static javafx.scene.layout.GridPane grid() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /** A dialog of {@code content} with OK and Cancel, the cursor in {@code first}. */
    private javafx.scene.control.Dialog<ButtonType> okCancel(String title, String header, javafx.scene.Node content,
            javafx.scene.Node first) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(CaseloadApp.STYLESHEET);
        javafx.application.Platform.runLater(first::requestFocus);
        return dialog;
    }

    @Override
    public boolean editAccount(uk.police.soc.caseload.ui.access.AccountFormViewModel form) {
        return uk.police.soc.caseload.ui.access.AccountFormDialog.show(owner, form);
    }

    @Override
    public boolean editThreat(ThreatEditorViewModel editor) {
        return ThreatEditorDialog.show(owner, editor);
    }

    @Override
    public boolean editOfficer(OfficerEditorViewModel editor) {
        return OfficerEditorDialog.show(owner, editor);
    }
}
