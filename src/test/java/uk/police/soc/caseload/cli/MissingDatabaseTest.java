package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingDatabaseTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summary", "export", "explain", "recommend", "training-report", "solve"})
    void readingCommandRejectsADatabaseThatDoesNotExistAndCreatesNone(String command) throws Exception {
        Path db = folder.resolve("typo");
        String[] args = switch (command) {
            case "export" -> new String[] {"export", "--db", db.toString(), "--out", folder.resolve("out.json").toString()};
            case "explain", "recommend" -> new String[] {command, "--db", db.toString(), "--threat", "T1"};
            default -> new String[] {command, "--db", db.toString()};
        };

        CaseloadCommandRunner.Result result = CaseloadCommandRunner.run(args);

        assertThat(result.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(result.err()).contains("--db: no database at " + db + ".mv.db");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
