package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.StoreSettings;

/** The app's rolling backups: one a day beside the database, the last seven kept, none when switched off. */
class RollingBackupsTest {

    @TempDir
    Path folder;

    @Test
    void oneBackupADayAndOnlyTheLastSevenDaysStay() throws Exception {
        Path db = SignInStores.create(folder.resolve("unit"));
        for (int day = 1; day <= 10; day++) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-%02dT08:00:00Z".formatted(day)), ZoneOffset.UTC);
            try (CaseloadService service = SignInStores.signedInApp(db, SignInStores.ROOT, clock)) {
                assertThat(service.rollingBackup(7)).as("day " + day).isPresent();
                // Opening the app again the same day makes no second one.
                assertThat(service.rollingBackup(7)).isEmpty();
            }
        }
        Path backups = StoredCaseloadService.rollingBackupFolder(db.toAbsolutePath().normalize());
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
                    "unit-2026-11-04.socbackup", "unit-2026-11-05.socbackup", "unit-2026-11-06.socbackup",
                    "unit-2026-11-07.socbackup", "unit-2026-11-08.socbackup", "unit-2026-11-09.socbackup",
                    "unit-2026-11-10.socbackup");
        }
        assertThat(SignInStores.trail(db)).filteredOn(e -> e.action().equals("backup.rolling")).hasSize(10)
                .allSatisfy(e -> assertThat(e.category()).isEqualTo("disclosure"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                backups.resolve("unit-2026-11-10.socbackup")))).isEqualTo("rw-------");
    }

    @Test
    void switchedOffNothingIsWritten() {
        Path db = SignInStores.create(folder.resolve("off"));
        try (CaseloadService service = SignInStores.signedInApp(db, SignInStores.ROOT, Clock.systemUTC())) {
            service.access().saveSettings(new StoreSettings(false, 15));
            assertThat(service.rollingBackup(7)).isEmpty();
        }
        assertThat(Files.exists(StoredCaseloadService.rollingBackupFolder(db.toAbsolutePath().normalize())))
                .isFalse();
        assertThat(SignInStores.trail(db)).extracting(AuditEntry::action).doesNotContain("backup.rolling");
    }
}
