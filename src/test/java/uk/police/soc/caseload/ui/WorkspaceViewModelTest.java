package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;

class WorkspaceViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();

    @Test
    void aBadImportListsEveryProblemAndChangesNothing(@TempDir Path dir) throws IOException {
        String json = Files.readString(Path.of(getClass().getResource(WorkspaceViewModel.WORKED_EXAMPLE).getPath()))
                .replace("\"priority\": 4", "\"priority\": 9");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json);
        Caseload before = example.service.stored();

        example.dialogs.fileToOpen = bad;
        example.workspace.importDataset();

        assertThat(example.dialogs.errors).isEmpty();
        assertThat(example.dialogs.problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(example.dialogs.problems).anyMatch(p -> p.toString().startsWith("threats[OCG-2019-031].priority"));
        assertThat(example.service.stored()).isSameAs(before);
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void exportWritesADatasetThatReadsBack(@TempDir Path dir) {
        Path out = dir.resolve("out.json");
        example.dialogs.fileToSave = out;
        example.workspace.exportDataset();
        Caseload read = new DatasetReader().read(out);
        assertThat(read.threats()).hasSize(31);
        assertThat(read.asOf()).isEqualTo(WorkedExampleWorkspace.AS_OF);
    }

    @Test
    void aGoodImportReplacesTheCaseload() {
        example.dialogs.fileToOpen = Path.of("..", "shared", "data", "force-medium.json");
        example.workspace.importDataset();
        assertThat(example.dialogs.problems).isEmpty();
        assertThat(example.dialogs.errors).isEmpty();
        assertThat(example.workspace.snapshot().caseload().threats().size()).isGreaterThan(31);
    }

    @Test
    void anEncryptedDatabaseOpensFromTheFileMenuOnlyWithItsFilePassword(@TempDir Path dir) {
        Path encrypted = dir.resolve("secret");
        char[] filePassword = "correct-horse-battery".toCharArray();
        try (var service = uk.police.soc.caseload.service.CaseloadServices.open(encrypted.toString(), filePassword)) {
            service.importCaseload(example.service.stored(), true);
        }

        example.dialogs.filePassword = null;
        example.workspace.openDatabase(encrypted);
        assertThat(example.workspace.messageProperty().get()).startsWith("Not opened: ").contains("file password");
        assertThat(example.workspace.databaseNameProperty().get()).isEqualTo("test");

        example.dialogs.filePassword = "correct-horse-battery".toCharArray();
        example.workspace.openDatabase(encrypted);
        assertThat(example.workspace.databaseNameProperty().get()).contains("secret");
        assertThat(example.workspace.snapshot().caseload().threats()).hasSize(31);
    }
}
