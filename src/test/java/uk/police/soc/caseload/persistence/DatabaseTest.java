package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.domain.Category;

@ParameterizedClass
@EnumSource(StoreKind.class)
class DatabaseTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    @Test
    void openingANewStoreMigratesTheSchema() {
        Database database = TestStore.fresh(kind, folder).open();

        assertThat(appliedMigrations(database)).startsWith("1").contains("3", "4", "7");
        assertThat(tables(database)).contains("CATEGORY", "COURSE", "OFFICER", "OFFICER_SKILL", "OFFICER_REDUCTION",
                "OFFICER_ABSENCE", "TRAINING_RECORD", "THREAT", "THREAT_EXCLUDED_OFFICER", "POLICY", "STORE_CHANGE",
                "ACCOUNT", "AUDIT_ENTRY", "STORE_SETTING", "PLAN_ACTION", "PLAN_REVIEW", "MENTORING_SESSION",
                "ALLOCATION_CHANGE", "WORKLOAD_DAY", "WORKLOAD_DAY_OFFICER");
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsDataAndAppliesNothingTwice() {
        TestStore store = TestStore.fresh(kind, folder);
        store.open().write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        List<String> applied = appliedMigrations(store.open());

        Database reopened = store.open();

        assertThat(appliedMigrations(reopened)).isEqualTo(applied).doesNotHaveDuplicates();
        assertThat(categories(reopened)).containsExactly(new Category("A", "Alpha"));
    }

    @Test
    void everyWriteMovesTheChangeCounterAndReadsDoNot() {
        Database database = TestStore.fresh(kind, folder).open();
        long before = database.changeCount();

        database.write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        categories(database);

        assertThat(database.changeCount()).isEqualTo(before + 1);
    }

    @Test
    void aSaveMovesTheRecordsVersionAndStampsWhoAndWhen() {
        Database database = TestStore.fresh(kind, folder).open();
        ChangeStamp first = new ChangeStamp("os:amy", java.time.Instant.parse("2026-12-01T08:00:00.123Z"));
        ChangeStamp second = new ChangeStamp("os:kate", java.time.Instant.parse("2026-12-01T08:05:00.456Z"));

        database.write(c -> new CaseloadStore(c, first).categories().save(new Category("A", "Alpha")));
        database.write(c -> new CaseloadStore(c, second).categories().save(new Category("A", "Alpha two")));

        java.util.Optional<RecordVersion> version = database.read(c -> new CaseloadStore(c).categories().version("A"));
        assertThat(version).contains(new RecordVersion(2, "os:kate", second.at()));
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        Database database = TestStore.fresh(kind, folder).open();

        assertThatThrownBy(() -> database.inTransaction(c -> {
            new CaseloadStore(c).categories().save(new Category("A", "Alpha"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(categories(database)).isEmpty();
    }

    @Test
    void sqlFailureComesOutAsStoreExceptionNamingTheStore() {
        Database database = TestStore.fresh(kind, folder).open();

        assertThatThrownBy(() -> database.inTransaction(c -> c.createStatement().executeQuery("SELECT * FROM nothing")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(database.describe());
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
                "SELECT UPPER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'",
                row -> row.getString(1)));
    }

}
