package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Category;

/** A large write to an H2 file commits on a copy that replaces the file whole, or leaves the file untouched. */
class CopyOnWriteTest {

    @TempDir
    Path folder;

    @Test
    void theCommittedCopyReplacesTheFile() {
        Database database = Database.open(folder.resolve("caseload"));
        database.write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        long changes = database.changeCount();

        String result = database.writeCopyOnWrite(c -> {
            new CaseloadStore(c).categories().save(new Category("B", "Beta"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        Database reopened = Database.open(folder.resolve("caseload"));
        assertThat(categories(reopened)).containsExactly(new Category("A", "Alpha"), new Category("B", "Beta"));
        assertThat(reopened.changeCount()).as("other desks hear of it").isEqualTo(changes + 1);
        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
    }

    @Test
    void aFailedWriteLeavesTheSameFileAsItWas() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        database.write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        Object inode = Files.readAttributes(database.file(), BasicFileAttributes.class).fileKey();

        assertThatThrownBy(() -> database.writeCopyOnWrite(c -> {
            new CaseloadStore(c).categories().save(new Category("B", "Beta"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        // The same file, not a copy renamed over it.
        assertThat(Files.readAttributes(database.file(), BasicFileAttributes.class).fileKey()).isEqualTo(inode);
        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
        assertThat(categories(database)).containsExactly(new Category("A", "Alpha"));
    }

    @Test
    void aCopyLeftByAProcessKilledDuringALargeWriteIsRemovedAndTheFileKept() throws Exception {
        Database.open(folder.resolve("caseload"))
                .write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        Files.write(folder.resolve("caseload.writing.mv.db"), new byte[] {1, 2, 3});

        Database reopened = Database.open(folder.resolve("caseload"));

        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
        assertThat(categories(reopened)).containsExactly(new Category("A", "Alpha"));
    }

    @Test
    void aLargeWriteIsRefusedWhileAnotherConnectionHoldsTheFileInThisProgram() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        try (Connection held = database.connect()) {
            assertThatThrownBy(() -> database.writeCopyOnWrite(
                    c -> new CaseloadStore(c).categories().save(new Category("B", "Beta"))))
                    .isInstanceOf(StoreInUseException.class);
        }
        assertThat(categories(database)).isEmpty();
    }

    private static List<Category> categories(Database database) {
        return database.read(c -> new CaseloadStore(c).categories().findAll());
    }
}
