package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.persistence.EmbeddedServer;

/** A desk's file moves to the shared store and back, exactly; a store that already holds a schema is refused. */
class CopyCommandTest {

    @TempDir
    Path folder;

    private static CaseloadCommandRunner.Result run(String... args) {
        CaseloadCommandRunner.Result result = CaseloadCommandRunner.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
        return result;
    }

    @Test
    void anH2FileCopiedToPostgresAndBackExportsTheSameAndKeepsItsVersions() throws Exception {
        EmbeddedServer server = EmbeddedServer.shared();
        String desk = folder.resolve("desk").toString();
        String shared = server.url(server.newEmptyDatabase(), EmbeddedServer.SUPERUSER);
        String back = folder.resolve("back").toString();
        run("import", "--data", TestData.shared("seed-case.json").toString(), "--db", desk);
        run("import", "--data", TestData.shared("force-medium.json").toString(), "--db", desk);

        CaseloadCommandRunner.Result toShared = run("copy", "--from", desk, "--to", shared);
        run("copy", "--from", shared, "--to", back);

        assertThat(toShared.out()).contains("threat ", "officer ", "store_change");
        for (String store : new String[] {shared, back}) {
            Path original = folder.resolve("original.json");
            Path copied = folder.resolve("copied.json");
            run("export", "--db", desk, "--as-of", "2025-03-14", "--out", original.toString());
            run("export", "--db", store, "--as-of", "2025-03-14", "--out", copied.toString());
            assertThat(Files.readString(copied)).as(store).isEqualTo(Files.readString(original));
        }
        assertThat(toShared.out()).containsPattern("threat\\s+\\d+");
    }

    @Test
    void aTargetThatAlreadyHoldsAPlannerSchemaIsRefusedAndLeftAlone() {
        EmbeddedServer server = EmbeddedServer.shared();
        String desk = folder.resolve("desk").toString();
        String used = server.newDatabase();
        run("import", "--data", TestData.shared("seed-case.json").toString(), "--db", desk);

        CaseloadCommandRunner.Result refused = CaseloadCommandRunner.run("copy", "--from", desk, "--to", used);
        CaseloadCommandRunner.Result refusedFile = CaseloadCommandRunner.run("copy", "--from", desk, "--to", desk);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("--to: ").contains("already holds a planner schema");
        assertThat(refusedFile.exitCode()).isEqualTo(2);
    }
}
