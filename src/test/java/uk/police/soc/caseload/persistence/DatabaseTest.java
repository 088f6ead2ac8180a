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

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void openingANewPathCreatesTheFileAndMigratesTheSchema() {
        Path path = folder.resolve("nested").resolve("caseload");

        Database database = Database.open(path);

        assertThat(database.file()).isEqualTo(folder.resolve("nested").resolve("caseload.mv.db"));
        assertThat(Files.exists(database.file())).isTrue();
        assertThat(appliedMigrations(database)).containsExactly("1");
        assertThat(tables(database)).contains("CATEGORY", "COURSE", "OFFICER", "OFFICER_SKILL", "OFFICER_REDUCTION",
                "OFFICER_ABSENCE", "TRAINING_RECORD", "THREAT", "THREAT_EXCLUDED_OFFICER", "POLICY");
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsDataAndAppliesNothingTwice() {
        Path path = folder.resolve("caseload");
        Database.open(path).inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));

        Database reopened = Database.open(path);

        assertThat(appliedMigrations(reopened)).containsExactly("1");
        assertThat(categories(reopened)).containsExactly(new Category("A", "Alpha"));
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        Database database = Database.open(folder.resolve("caseload"));

        assertThatThrownBy(() -> database.inTransaction(c -> {
            new CaseloadStore(c).categories().save(new Category("A", "Alpha"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(categories(database)).isEmpty();
    }

    @Test
    void sqlFailureComesOutAsStoreExceptionNamingTheFile() {
        Database database = Database.open(folder.resolve("caseload"));

        assertThatThrownBy(() -> database.inTransaction(c -> c.createStatement().executeQuery("SELECT * FROM nothing")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(database.file().toString());
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

    private static List<Category> categories(Database database) {
        return database.inTransaction(c -> new CaseloadStore(c).categories().findAll());
    }

    private static List<String> appliedMigrations(Database database) {
        return database.inTransaction(c -> Jdbc.query(c,
                "SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
                row -> row.getString(1)));
    }

    private static List<String> tables(Database database) {
        return database.inTransaction(c -> Jdbc.query(c,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'",
                row -> row.getString(1)));
    }

    @Test
    void aCopyOnWriteTransactionReplacesTheFileWithTheCommittedCopy() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        database.inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));

        String result = database.inCopyOnWriteTransaction(c -> {
            new CaseloadStore(c).categories().save(new Category("B", "Beta"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(categories(Database.open(folder.resolve("caseload"))))
                .containsExactly(new Category("A", "Alpha"), new Category("B", "Beta"));
        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
    }

    @Test
    void aFailedCopyOnWriteTransactionLeavesTheFileAsItWas() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        database.inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        Object inode = Files.readAttributes(database.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        assertThatThrownBy(() -> database.inCopyOnWriteTransaction(c -> {
            new CaseloadStore(c).categories().save(new Category("B", "Beta"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        // The same file, not a copy renamed over it.
        assertThat(Files.readAttributes(database.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
        assertThat(categories(database)).containsExactly(new Category("A", "Alpha"));
    }

    @Test
    void aCopyLeftByAProcessKilledDuringALargeWriteIsRemovedAndTheFileKept() throws Exception {
        Database.open(folder.resolve("caseload"))
                .inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        Files.write(folder.resolve("caseload.writing.mv.db"), new byte[] {1, 2, 3});

        Database reopened = Database.open(folder.resolve("caseload"));

        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
        assertThat(categories(reopened)).containsExactly(new Category("A", "Alpha"));
    }

    @Test
    void aCopyOnWriteTransactionIsRefusedWhileAnotherConnectionHoldsTheFileInThisProgram() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        try (java.sql.Connection held = database.connect()) {
            assertThatThrownBy(() -> database.inCopyOnWriteTransaction(
                    c -> new CaseloadStore(c).categories().save(new Category("B", "Beta"))))
                    .isInstanceOf(StoreInUseException.class);
        }
        assertThat(categories(database)).isEmpty();
    }
}
