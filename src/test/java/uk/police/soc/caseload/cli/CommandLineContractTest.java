package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.service.CaseloadServices;

/** The conventions every command keeps: exit codes, problems as path: message, --json, --help. */
class CommandLineContractTest {

    private static final String SEED = TestData.shared("seed-case.json").toString();

    @TempDir
    Path folder;

    /**
     * Each row: the command line ({@code SEED} and {@code DB} stand for the worked example as a file and as a
     * database, {@code OUT} for a file in an empty folder) and the start of the one problem it must report.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            summary                                                | arguments: Missing required argument
            summary --data SEED --db DB                            | arguments: --data=FILE, --db=PATH are mutually exclusive
            summary --data MISSING                                 | MISSING: file not found
            summary --data SEED --as-of 2022-13-01                 | --as-of: "2022-13-01" is not a date (YYYY-MM-DD)
            summary --db DB --as-of 1/4/2022                       | --as-of: "1/4/2022" is not a date (YYYY-MM-DD)
            summary --data SEED --colour                           | arguments: Unknown option: '--colour'
            explain --data SEED --threat NOPE                      | --threat: no threat "NOPE" on the caseload
            explain --db DB --threat NOPE --json                   | --threat: no threat "NOPE" on the caseload
            explain --data SEED                                    | arguments: Missing required option: '--threat=ID'
            recommend --data SEED --threat NOPE                    | --threat: no threat "NOPE" on the caseload
            recommend --data SEED --threat OCG-2019-007 --top -1   | --top: must be at least 1, not -1
            recommend --data SEED --threat OCG-2019-007 --top many | --top: 'many' is not an int
            training-report --data SEED --within-days -5           | --within-days: must be at least 0, not -5
            training-report --db DB --as-of 2022-02-30             | --as-of: "2022-02-30" is not a date (YYYY-MM-DD)
            solve --data SEED --out OUT --seconds -3               | --seconds: must be at least 1, not -3
            solve --data SEED                                      | --out: required with --data
            solve --db DB --out OUT                                | --out: is for --data
            solve --data SEED --out OUT --apply                    | --apply: is for --db
            solve --data MISSING --out OUT                         | MISSING: file not found
            export --db DB --as-of tomorrow --out OUT              | --as-of: "tomorrow" is not a date (YYYY-MM-DD)
            export --db GONE --out OUT                             | --db: no database at GONE.mv.db
            import --data MISSING --db DB                          | MISSING: file not found
            validate --data MISSING                                | MISSING: file not found
            benchmark --seconds -1                                 | --seconds: must be at least 1, not -1
            benchmark --sizes 3x                                   | --sizes: "3x" is not THREATSxOFFICERS
            """)
    void badInputIsExitTwoWithItsProblemsAndChangesNothing(String commandLine, String problem) throws Exception {
        Path db = storedSeed();
        String stored = storedAsText(db);
        Map<String, String> names = Map.of("SEED", SEED, "DB", db.toString(),
                "OUT", folder.resolve("out/o.json").toString(),
                "MISSING", folder.resolve("missing.json").toString(), "GONE", folder.resolve("gone").toString());
        Files.createDirectory(folder.resolve("out"));

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(Arrays.stream(commandLine.split(" "))
                .map(word -> names.getOrDefault(word, word)).toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(CaseloadCommand.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        String expected = names.entrySet().stream().reduce(problem, (text, e) -> text.replace(e.getKey(), e.getValue()),
                (a, b) -> a);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith(expected));
        assertThat(run.err().lines()).allMatch(line -> line.matches("\\S+: .+"));
        assertThat(storedAsText(db)).isEqualTo(stored);
        try (var written = Files.list(folder.resolve("out"))) {
            assertThat(written).isEmpty();
        }
    }

    /**
     * The source named here does not exist: had the command read it (and so planned or exported), it would have
     * reported that instead. The --out problem alone shows the check came before any work.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export", "solve"})
    void anUnwritableOutFileIsExitOneBeforeAnyWork(String command) {
        Path out = folder.resolve("no-such-folder").resolve("plan.json");
        String[] args = command.equals("export")
                ? new String[] {"export", "--db", folder.resolve("gone").toString(), "--out", out.toString()}
                : new String[] {"solve", "--data", folder.resolve("missing.json").toString(), "--out", out.toString()};

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(args);

        assertThat(run.exitCode()).isEqualTo(CaseloadCommand.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--out: cannot write " + out).hasLineCount(1);
        assertThat(folder.resolve("gone.mv.db")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summary", "explain --threat OCG-2019-016", "recommend --threat OCG-2019-025",
        "training-report", "solve --seconds 2", "resilience"})
    void jsonOutputIsOneDocumentAndNothingElse(String command) throws Exception {
        Path db = storedSeed();
        String[] args = (command + " --db " + db + " --as-of 2022-04-01 --json").split(" ");

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(args);

        assertThat(run.exitCode()).isZero();
        var parser = DatasetJson.mapper().getFactory().createParser(run.out());
        JsonNode document = DatasetJson.mapper().readTree(parser);
        assertThat(document.isObject()).isTrue();
        assertThat(parser.nextToken()).as("anything after the document").isNull();
    }

    @Test
    void everyCommandHelpHasAOneLineDescriptionAndEveryOptionItsDefault() {
        CommandLine root = CaseloadCommand.newCommandLine();
        List<String> commands = List.of("validate", "import", "export", "summary", "solve", "explain", "recommend",
                "training-report", "resilience", "what-if", "plan-health", "history", "trend", "report", "benchmark",
                "gui", "users", "audit", "backup", "restore", "encrypt", "decrypt", "copy", "settings");
        assertThat(root.getSubcommands()).containsOnlyKeys(commands);
        for (String name : commands) {
            CommandSpec spec = root.getSubcommands().get(name).getCommandSpec();
            String[] description = spec.usageMessage().description();
            assertThat(description).as(name).isNotEmpty();
            assertThat(description[0]).as(name + " first line").endsWith(".").hasSizeLessThan(110);
            // picocli formats each line: a lone % would print a warning instead of the text.
            Arrays.stream(description).forEach(line -> assertThatCode(() -> String.format(line))
                    .as(name + ": " + line).doesNotThrowAnyException());
            for (OptionSpec option : spec.options()) {
                if (option.usageHelp() || option.versionHelp() || option.required() || option.group() != null) {
                    continue;
                }
                assertThat(String.join(" ", option.description())).as(name + " " + option.longestName())
                        .containsAnyOf("default", "required");
            }
            CaseloadCommandRunner.Result help = CaseloadCommandRunner.run(name, "--help");
            assertThat(help.exitCode()).as(name + " --help").isZero();
            assertThat(help.err()).as(name + " --help").isEmpty();
        }
    }

    private Path storedSeed() {
        Path db = folder.resolve("store");
        if (!Files.exists(databaseFile(db))) {
            try (var service = CaseloadServices.open(db)) {
                service.importCaseload(new DatasetReader().read(Path.of(SEED)), true);
            }
        }
        return db;
    }

    private static String storedAsText(Path db) {
        try (var service = CaseloadServices.open(db)) {
            return new DatasetWriter().toJson(service.load(LocalDate.of(2022, 4, 1)));
        }
    }

    private static Path databaseFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".mv.db");
    }
}
