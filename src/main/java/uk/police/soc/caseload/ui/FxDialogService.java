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
        TextArea list = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
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
    public boolean editThreat(ThreatEditorViewModel editor) {
        return ThreatEditorDialog.show(owner, editor);
    }

    @Override
    public boolean editOfficer(OfficerEditorViewModel editor) {
        return OfficerEditorDialog.show(owner, editor);
    }
}
