package uk.police.soc.caseload.ui.training;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file questions the training screens ask, behind an interface so that tests can answer them. */
public interface TrainingFiles {

    Optional<Path> chooseCsvToOpen(Node owner);

    Optional<Path> chooseCsvToSave(Node owner, String suggestedName);

    /** Why the data leaves the planner and for whom (s.62), asked before an export; empty when cancelled. */
    Optional<uk.police.soc.caseload.domain.access.Disclosure> askDisclosure(Node owner, String what);

    /** Asks with the platform's file chooser. */
    static TrainingFiles fileChooser() {
        return new TrainingFiles() {
            @Override
            public Optional<Path> chooseCsvToOpen(Node owner) {
                return Optional.ofNullable(chooser(null).showOpenDialog(window(owner))).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseCsvToSave(Node owner, String suggestedName) {
                return Optional.ofNullable(chooser(suggestedName).showSaveDialog(window(owner))).map(File::toPath);
            }

            @Override
            public Optional<uk.police.soc.caseload.domain.access.Disclosure> askDisclosure(Node owner, String what) {
                return new uk.police.soc.caseload.ui.FxDialogService(window(owner)).askDisclosure(what);
            }

            private FileChooser chooser(String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
                if (suggestedName != null) {
                    chooser.setInitialFileName(suggestedName);
                }
                return chooser;
            }

            private Window window(Node owner) {
                return owner.getScene() == null ? null : owner.getScene().getWindow();
            }
        };
    }
}
