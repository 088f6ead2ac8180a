package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Category;

/** What only an H2 file store does: live in a file, and be held by one process at a time. */
class H2FileDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void openingANewPathCreatesTheFile() {
        Path path = folder.resolve("nested").resolve("caseload");

        Database database = Database.open(path);

        assertThat(database.file()).isEqualTo(folder.resolve("nested").resolve("caseload.mv.db"));
        assertThat(Files.exists(database.file())).isTrue();
        assertThat(database.describe()).isEqualTo(database.file().toString());
    }

    @Test
    void databaseHeldByAnotherProcessIsReportedAsInUseAfterWaiting() throws Exception {
        Path path = folder.resolve("caseload");
        Database database = Database.open(path, Duration.ofMillis(300));
        try (ChildJvm other = ChildJvm.start(HoldDatabaseOpen.class, path.toString())) {
            assertThat(other.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> categories(database))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageStartingWith("database in use by another process: " + database.file());
        }
    }

    @Test
    void databaseReleasedByAnotherProcessWithinTheWaitIsUsed() throws Exception {
        Path path = folder.resolve("caseload");
        Database database = Database.open(path, Duration.ofSeconds(20));
        ChildJvm other = ChildJvm.start(HoldDatabaseOpen.class, path.toString());
        assertThat(other.readLine()).isEqualTo("open");
        Thread release = new Thread(() -> {
            sleep(500);
            other.close();
        });
        release.start();

        assertThat(categories(database)).isEmpty();
        release.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every commit appends to the file (H2Path): many small commits make a large file of dead chunks. */
    private static void commitManyTimes(Database database, int commits) {
        for (int i = 0; i < commits; i++) {
            String name = "Drugs, version " + i;
            database.write(c -> {
                new CaseloadStore(c).categories().save(new Category("DRUGS", name));
                return null;
            });
        }
    }

    @Test
    void aFileThatGrewWithEveryCommitIsCompactedWhenOpenedAndKeepsItsData() throws Exception {
        Path path = folder.resolve("caseload");
        Database database = Database.open(path);
        commitManyTimes(database, 400);
        long grown = Files.size(database.file());
        assertThat(grown).isGreaterThan(H2Engine.COMPACT_FROM_BYTES);

        Database reopened = Database.open(path);

        assertThat(Files.size(reopened.file())).isLessThan(grown / 4);
        assertThat(categories(reopened)).extracting(Category::name).containsExactly("Drugs, version 399");
    }

    @Test
    void aFileThisProcessHoldsOpenIsNotCompactedUnderIt() throws Exception {
        Path path = folder.resolve("caseload");
        Database database = Database.open(path);
        commitManyTimes(database, 400);
        long grown = Files.size(database.file());
        try (FileHold hold = database.keepOpen()) {
            Database second = Database.open(path);

            assertThat(Files.size(second.file())).isGreaterThanOrEqualTo(grown);
            assertThat(categories(database)).extracting(Category::name).containsExactly("Drugs, version 399");
        }
    }

    private static List<Category> categories(Database database) {
        return database.read(c -> new CaseloadStore(c).categories().findAll());
    }
}
