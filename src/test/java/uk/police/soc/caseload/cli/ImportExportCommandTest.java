package uk.police.soc.caseload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.persistence.TestStore;
import uk.police.soc.caseload.service.CaseloadServices;

@ParameterizedClass
@EnumSource(StoreKind.class)
class ImportExportCommandTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    private TestStore store;

    @BeforeEach
    void freshStore() {
        store = TestStore.fresh(kind, folder);
    }

    private final DatasetReader reader = new DatasetReader();
    private final DatasetWriter writer = new DatasetWriter();

    private String db() {
        return store.db();
    }

    private CaseloadCommandRunner.Result importData(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--data", data.toString(), "--db", db()));
        args.addAll(List.of(more));
        return CaseloadCommandRunner.run(args.toArray(String[]::new));
    }

    private Path export(LocalDate asOf) {
        Path out = folder.resolve("export-" + System.nanoTime() + ".json");
        CaseloadCommandRunner.Result run = asOf == null
                ? CaseloadCommandRunner.run("export", "--out", out.toString(), "--db", db())
                : CaseloadCommandRunner.run("export", "--out", out.toString(), "--db", db(), "--as-of", asOf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private Path write(Caseload caseload) {
        Path file = folder.resolve("dataset-" + System.nanoTime() + ".json");
        writer.write(caseload, file);
        return file;
    }

    static Stream<Path> sharedDatasets() throws IOException {
        try (Stream<Path> files = Files.list(TestData.shared("seed-case.json").getParent())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedDatasets")
    void importThenExportOnTheFilesDateGivesBackTheSameData(Path dataset) throws IOException {
        Caseload original = reader.read(dataset);

        CaseloadCommandRunner.Result run = importData(dataset);
        Path exported = export(original.asOf());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(reader.read(exported)).isEqualTo(original);
        assertThat(Files.readString(exported)).isEqualTo(writer.toJson(original));
    }

    static Stream<Named<Caseload>> edgeCases() {
        Caseload small = Caseloads.small();
        String[] awkward = {"O'Brien \"Ace\" Smith", "'); DROP TABLE threat; --", "<script>alert('x')</script> & co",
            "Дмитрий Иванов", "王伟 · محمد · Ŵyn · 🚓", "back\\slash\ttab\nnewline"};
        Officer officer = new Officer("Ó'1", awkward[0], awkward[2], awkward[3], awkward[4], 37.5, 4,
                Map.of("DRUGS", 0), null, List.of(), List.of(), true);
        Threat threat = new Threat("OCG-'\"<>", awkward[1], "DRUGS", 2, "1'B", 0.0, 0.5, 0, 4, awkward[5], officer.id(),
                true, List.of("E1"), null, LocalDate.of(2024, 2, 29), null);
        Policy overridden = new Policy(80, 40, Map.of(1, 25.5, 2, 20.0, 3, 10.0, 4, 5.0),
                Map.of(1, 3, 2, 2, 3, 0, 4, 0), Map.of(), List.of(), 1, 95.5, 120, 0, false);
        return Stream.of(
                Named.of("quotes, apostrophes, SQL, HTML, control characters", small
                        .withOfficers(List.of(small.officers().get(0), officer)).withThreats(List.of(threat))
                        .withTrainingRecords(List.of())),
                Named.of("every list empty",
                        new Caseload(Caseloads.AS_OF, Policy.DEFAULTS, List.of(), List.of(), List.of(), List.of(),
                                List.of())),
                Named.of("every policy setting overridden", small.withPolicy(overridden)),
                Named.of("non-Latin ids and names", new Caseload(Caseloads.AS_OF, overridden, List.of(new Category("Ünïcödé", awkward[3])),
                        List.of(new Course("Курс", awkward[4], 1, true, "Ünïcödé")),
                        List.of(Officer.named("警察", awkward[2])),
                        List.of(new TrainingRecord("警察", "Курс", LocalDate.of(2000, 1, 31), LocalDate.of(2000, 2, 29))),
                        List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void awkwardTextEmptyListsAndPolicyOverridesSurviveTheRoundTrip(Caseload caseload) throws IOException {
        CaseloadCommandRunner.Result run = importData(write(caseload), "--replace");
        Path exported = export(caseload.asOf());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(reader.read(exported)).isEqualTo(caseload);
        assertThat(Files.readString(exported)).isEqualTo(writer.toJson(caseload));
    }

    @Test
    void importSaysWhatItStoredAndExitsZero() {
        CaseloadCommandRunner.Result run = importData(TestData.shared("seed-case.json"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Merged seed-case.json")
                .containsPattern("categories\\s+9")
                .containsPattern("courses\\s+4")
                .containsPattern("officers\\s+10")
                .containsPattern("training records\\s+9")
                .containsPattern("threats\\s+31");
    }

    @Test
    void anInvalidDatasetIsExitTwoWithEveryProblemAndChangesNothing() throws IOException {
        importData(TestData.shared("seed-case.json"));
        String before = Files.readString(export(LocalDate.of(2022, 4, 1)));
        Path invalid = TestData.resource("malformed/unknown-threat-category.json");

        CaseloadCommandRunner.Result run = importData(invalid, "--replace");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.matches("\\S+: .+"));
        assertThat(run.err()).contains(".category");
        assertThat(Files.readString(export(LocalDate.of(2022, 4, 1)))).isEqualTo(before);
    }

    @Test
    void replaceLeavesOnlyTheNewDatasetWhereMergeKeepsTheOld() {
        Caseload small = Caseloads.small();
        importData(TestData.shared("seed-case.json"));

        importData(write(small));
        Caseload merged = reader.read(export(small.asOf()));
        importData(write(small), "--replace");
        Caseload replaced = reader.read(export(small.asOf()));

        assertThat(merged.threats()).hasSize(31 + small.threats().size());
        assertThat(replaced).isEqualTo(small);
    }

    @Test
    void exportWithoutAsOfIsDatedToday() {
        importData(TestData.shared("seed-case.json"));

        assertThat(reader.read(export(null)).asOf()).isEqualTo(LocalDate.now());
    }

    @Test
    void aNewDatabaseExportsAsAValidEmptyDatasetWithTheFullPolicy() throws IOException {
        CaseloadServices.open(db()).close();

        Path exported = export(LocalDate.of(2025, 1, 1));

        assertThat(reader.read(exported).threats()).isEmpty();
        assertThat(Files.readString(exported)).contains("\"allowOverload\"").contains("\"minPipLevelByCategory\"");
    }

    @Test
    void aDatabaseFileThatCannotBeOpenedIsExitOne() throws IOException {
        Path notADatabase = folder.resolve("junk");
        Files.writeString(folder.resolve("junk.mv.db"), "this is not an H2 file");

        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("export", "--out",
                folder.resolve("out.json").toString(), "--db", notADatabase.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("junk.mv.db");
    }
}
