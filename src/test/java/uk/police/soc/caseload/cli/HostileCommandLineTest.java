package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.persistence.Caseloads;

/** The command line as an attacker or a careless user would try it. */
class HostileCommandLineTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {";INIT=RUNSCRIPT FROM 'EVIL'", ";INIT=CREATE TABLE pwned (a INT)", ";AUTO_SERVER=TRUE",
        ";FILE_LOCK=NO", ";init=runscript from 'EVIL'", " ;IFEXISTS=FALSE"})
    void everyCommandRefusesADatabasePathCarryingSettingsAsInvalidInputNamingDb(String suffix) throws IOException {
        Path evil = folder.resolve("evil.sql");
        Files.writeString(evil, "CREATE TABLE pwned (a INT);");
        String db = folder.resolve("x") + suffix.replace("EVIL", evil.toString());
        Path data = dataset(Caseloads.small());

        for (String[] args : List.of(
                new String[] {"import", "--data", data.toString(), "--db", db},
                new String[] {"export", "--out", folder.resolve("out.json").toString(), "--db", db},
                new String[] {"summary", "--db", db},
                new String[] {"solve", "--db", db, "--seconds", "1", "--apply"},
                new String[] {"training-report", "--db", db},
                new String[] {"gui", "--db", db})) {
            CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(args[0]).startsWith("--db: ").contains("may not contain \";\"");
            assertThat(run.err().lines()).hasSize(1);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(data.getFileName().toString(), "evil.sql");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01", "0000-12-31", "-0001-01-01"})
    void aPlanningDateTheFormatCannotHoldIsInvalidInput(String date) {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("summary", "--data",
                dataset(Caseloads.small()).toString(), "--as-of", date);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--as-of: \"" + date + "\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void terminalEscapesAndDirectionOverridesInNamesArePrintedHarmlesslyAndJsonKeepsThem() throws IOException {
        String name = "DS Evil\u001b[2J\u001b]0;owned\u0007 \u202Eexe.gnp\u202C\rX";
        Caseload caseload = Caseloads.small();
        Officer evil = caseload.officers().get(0);
        caseload = caseload.withOfficers(Stream.concat(
                Stream.of(new Officer(evil.id(), name, evil.rank(), evil.unit(), evil.area(), evil.weeklyHours(),
                        evil.pipLevel(), evil.skills(), evil.mentorId(), evil.reductions(), evil.absences(),
                        evil.active())),
                caseload.officers().stream().skip(1)).toList());
        Path data = dataset(caseload);

        CaseloadCommandRunner.Result text = CaseloadCommandRunner.run("summary", "--data", data.toString());
        CaseloadCommandRunner.Result json = CaseloadCommandRunner.run("summary", "--data", data.toString(), "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("DS Evil\\u001B[2J\\u001B]0;owned\\u0007 \\u202Eexe.gnp\\u202C\\u000DX");
        assertThat(text.out().chars().filter(TerminalText::isUnsafe)).isEmpty();
        assertThat(text.out()).doesNotContain("\r");
        assertThat(DatasetJson.mapper().readTree(json.out()).isObject()).isTrue();
        assertThat(json.out().chars().filter(TerminalText::isUnsafe)).isEmpty();
    }

    @Test
    void aHostileValueInAProblemIsEchoedHarmlesslyAndShortened() throws IOException {
        Path data = folder.resolve("bad.json");
        Files.writeString(data, DatasetJson.mapper().writeValueAsString(DatasetJson.mapper().createObjectNode()
                .put("format", "soc-caseload/1").put("asOf", "2024-01-01")
                .put("categories", "\u001b[2J" + "C".repeat(1_000_000))));

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("validate", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("categories: expected an array, got \"\\u001B[2JCCC");
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(300));
        assertThat(run.err().chars().filter(TerminalText::isUnsafe)).isEmpty();
    }

    private Path dataset(Caseload caseload) {
        Path file = folder.resolve("dataset-" + System.nanoTime() + ".json");
        new DatasetWriter().writeText(new DatasetWriter().toJson(caseload), file);
        return file;
    }
}
