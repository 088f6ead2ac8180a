package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.FileHold;

/**
 * Which writes commit on a copy of the H2 file that replaces it whole (docs/decisions/0018), seen from the file:
 * a replaced file is a new file (a new inode), one written in place is the same file. Every import goes on a copy,
 * and every write of more than {@link StoredCaseloadService#LARGEST_IN_PLACE_WRITE} records; the role check and
 * the input's validation come first, on the file as it is, so a refused or invalid import copies nothing, and a
 * large write's audit entry is committed with it on the copy. KillDuringWriteSlowTest kills such writes.
 */
class LargeWritesTest {

    @TempDir
    Path folder;

    @Test
    void everyImportCommitsOnACopyThatReplacesTheFileWithItsAuditEntry() throws IOException {
        Path db = folder.resolve("caseload");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
            Object before = inode(db);

            service.importCaseload(SignInStores.workedExample().withThreats(List.of()), false);

            assertThat(inode(db)).as("a new file in place of the old").isNotEqualTo(before);
            assertThat(service.load(SignInStores.workedExample().asOf()).threats())
                    .hasSameSizeAs(SignInStores.workedExample().threats());
        }
        assertThat(lastEntry(db)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.outcome()).isEqualTo("done");
        });
        assertThat(folder.resolve("caseload.writing.mv.db")).doesNotExist();
    }

    @Test
    void theAppHoldingItsDatabaseOpenCanImportAndGoesOnHoldingTheNewFile() throws IOException {
        Path db = folder.resolve("caseload");
        Database app = Database.open(db);
        try (FileHold appHold = app.keepOpen();
             CaseloadService service = CaseloadServices.over(app, java.time.Clock.systemUTC());
             CaseloadService command = CaseloadServices.open(db)) {
            Object before = inode(db);

            command.importCaseload(SignInStores.workedExample(), true);
            service.saveOfficers(List.of(Officer.named("E9001", "DC Added Later")));

            assertThat(inode(db)).isNotEqualTo(before);
            assertThat(appHold.holding()).isTrue();
        }
        // What the app saved after the import is in the file itself, not in the file the import replaced.
        try (CaseloadService reopened = CaseloadServices.open(db)) {
            assertThat(reopened.load(SignInStores.workedExample().asOf()).officersById()).containsKey("E9001")
                    .hasSize(SignInStores.workedExample().officers().size() + 1);
        }
    }

    @Test
    void anImportTheRoleDoesNotAllowCopiesNothingAndRecordsItsRefusal() throws IOException {
        Path db = SignInStores.create(folder.resolve("caseload"));
        Caseload stored = SignInStores.stored(db);
        try (CaseloadService viewer = SignInStores.signedIn(db, "viewer")) {
            Object before = inode(db);

            assertThatThrownBy(() -> viewer.importCaseload(SignInStores.workedExample(), false))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("manager");

            assertThat(inode(db)).as("the refusal's entry is written in place; no copy replaced the file")
                    .isEqualTo(before);
        }
        assertThat(SignInStores.stored(db)).isEqualTo(stored);
        assertThat(SignInStores.trail(db)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.outcome()).isEqualTo("refused");
        });
    }

    @Test
    void anInvalidImportLeavesTheFileAsItWasByteForByte() throws IOException {
        Path db = SignInStores.create(folder.resolve("caseload"));
        Caseload workedExample = SignInStores.workedExample();
        Caseload invalid = workedExample.withThreats(List.of(workedExample.threats().get(0).withOfficerId("E0000")));
        try (CaseloadService manager = SignInStores.signedIn(db, "manager")) {
            int entries = SignInStores.trail(db).size();
            Object before = inode(db);
            byte[] bytes = Files.readAllBytes(Database.fileOf(db));

            assertThatThrownBy(() -> manager.importCaseload(invalid, false))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("E0000");

            assertThat(inode(db)).isEqualTo(before);
            assertThat(Files.readAllBytes(Database.fileOf(db))).isEqualTo(bytes);
            assertThat(SignInStores.trail(db)).hasSize(entries);
        }
    }

    @Test
    void aWriteOfMoreRecordsThanTheLimitGoesOnACopyAndOneOfTheLimitInPlace() throws IOException {
        Path db = folder.resolve("caseload");
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(SignInStores.workedExample(), true);
            Object before = inode(db);

            service.saveOfficers(officers(StoredCaseloadService.LARGEST_IN_PLACE_WRITE));
            assertThat(inode(db)).as("in place").isEqualTo(before);

            service.saveOfficers(officers(StoredCaseloadService.LARGEST_IN_PLACE_WRITE + 1));
            assertThat(inode(db)).as("on a copy").isNotEqualTo(before);
            assertThat(service.load(SignInStores.workedExample().asOf()).officersById())
                    .containsKey("W" + StoredCaseloadService.LARGEST_IN_PLACE_WRITE);
        }
    }

    private static List<Officer> officers(int count) {
        return IntStream.range(0, count).mapToObj(i -> Officer.named("W" + i, "DC Writer " + i)).toList();
    }

    private static AuditEntry lastEntry(Path db) {
        List<AuditEntry> trail = SignInStores.trail(db);
        return trail.get(trail.size() - 1);
    }

    private static Object inode(Path db) throws IOException {
        return Files.readAttributes(Database.fileOf(db), BasicFileAttributes.class).fileKey();
    }
}
