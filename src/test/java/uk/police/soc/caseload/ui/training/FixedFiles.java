package uk.police.soc.caseload.ui.training;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;

/** Answers the training screens' file questions with fixed paths, as a user picking those files would. */
final class FixedFiles implements TrainingFiles {

    private final Path toOpen;
    private final Path toSave;

    FixedFiles(Path toOpen, Path toSave) {
        this.toOpen = toOpen;
        this.toSave = toSave;
    }

    @Override
    public Optional<Path> chooseCsvToOpen(Node owner) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseCsvToSave(Node owner, String suggestedName) {
        return Optional.ofNullable(toSave);
    }

    @Override
    public Optional<uk.police.soc.caseload.domain.access.Disclosure> askDisclosure(Node owner, String what) {
        return Optional.of(new uk.police.soc.caseload.domain.access.Disclosure("training review", "head of SOC"));
    }
}
