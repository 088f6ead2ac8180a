package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.TestData;

class ValidateCommandTest {

    @Test
    void aValidDatasetPrintsWhatItHoldsAndExitsZero() {
        CaseloadCommandRunner.Result run =
                CaseloadCommandRunner.run("validate", "--data", TestData.shared("seed-case.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("valid soc-caseload/1 dataset as of 2022-04-01")
                .containsPattern("officers\\s+10")
                .containsPattern("categories\\s+\\d+")
                .containsPattern("courses\\s+\\d+")
                .containsPattern("training records\\s+\\d+")
                .containsPattern("threats\\s+\\d+");
    }

    @Test
    void listsEveryProblemOnStderrOnePerLine() {
        String data = TestData.resource("malformed/duplicate-officer-id.json").toString();

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("validate", "--data", data);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).allMatch(line -> line.matches("\\S+: .+"));
    }

    @Test
    void aMissingFileIsInvalidInputNamingThePath(@TempDir Path dir) {
        String missing = dir.resolve("nowhere.json").toString();

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("validate", "--data", missing);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing).contains("file not found");
    }

    @Test
    void withoutDataItIsAnArgumentError() {
        assertThat(CaseloadCommandRunner.run("validate").exitCode()).isEqualTo(2);
    }
}
