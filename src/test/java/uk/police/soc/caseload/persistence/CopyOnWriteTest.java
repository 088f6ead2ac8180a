package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.util.ArrayList;
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

        String result = database.writeCopyOnWrite(checked -> c -> {
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

        assertThatThrownBy(() -> database.writeCopyOnWrite(checked -> c -> {
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
    void theCheckRunsOnTheFileAsItIsAndARefusalCopiesNothing() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        database.write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        Object inode = Files.readAttributes(database.file(), BasicFileAttributes.class).fileKey();
        Path copy = folder.resolve("caseload.writing.mv.db");
        List<Boolean> copyThere = new ArrayList<>();

        assertThatThrownBy(() -> database.writeCopyOnWrite(checked -> {
            copyThere.add(Files.exists(copy));
            assertThat(new CaseloadStore(checked).categories().findAll()).hasSize(1);
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");
        database.writeCopyOnWrite(checked -> {
            copyThere.add(Files.exists(copy));
            return c -> {
                copyThere.add(Files.exists(copy));
                return new CaseloadStore(c).categories().save(new Category("B", "Beta"));
            };
        });

        assertThat(copyThere).as("no copy while checking; the write step writes into the copy")
                .containsExactly(false, false, true);
        assertThat(Files.readAttributes(database.file(), BasicFileAttributes.class).fileKey()).isNotEqualTo(inode);
        assertThat(categories(database)).containsExactly(new Category("A", "Alpha"), new Category("B", "Beta"));
    }

    @Test
    void holdsInThisProgramLetGoForTheLargeWriteAndHoldTheNewFileAfterIt() {
        Path path = folder.resolve("caseload");
        Database app = Database.open(path);
        Database other = Database.open(path);
        try (FileHold appHold = app.keepOpen(); FileHold otherHold = other.keepOpen()) {
            app.writeCopyOnWrite(checked -> c -> new CaseloadStore(c).categories().save(new Category("B", "Beta")));

            assertThat(appHold.holding()).isTrue();
            assertThat(otherHold.holding()).isTrue();
            assertThat(app.read(Database::sessionCount)).as("both holds, and this unit").isEqualTo(3);
            // A write after the replacement goes into the new file, not the old one the holds had open.
            other.write(c -> new CaseloadStore(c).categories().save(new Category("C", "Gamma")));
        }

        assertThat(categories(Database.open(path))).extracting(Category::code).containsExactly("B", "C");
    }

    @Test
    void aConnectionOpenedBehindTheDatabasesBackInThisProgramBlocksALargeWrite() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        try (Connection leaked = database.connect()) {
            assertThatThrownBy(() -> database.writeCopyOnWrite(
                    checked -> c -> new CaseloadStore(c).categories().save(new Category("B", "Beta"))))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("another connection in this program");
        }
        assertThat(categories(database)).isEmpty();
        assertThat(Files.exists(folder.resolve("caseload.writing.mv.db"))).isFalse();
    }

    @Test
    void anEncryptedFileIsWrittenOnAnEncryptedCopyWithTheSameFilePassword() {
        char[] filePassword = "correct-horse-battery".toCharArray();
        StoreAddress address = StoreAddress.h2(folder.resolve("secret"));
        Database database = Database.open(address, Database.DEFAULT_LOCK_WAIT, filePassword);
        database.write(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));

        database.writeCopyOnWrite(checked -> c -> new CaseloadStore(c).categories().save(new Category("B", "Beta")));

        assertThat(Database.isEncrypted(database.file())).isTrue();
        Database reopened = Database.open(address, Database.DEFAULT_LOCK_WAIT, filePassword);
        assertThat(categories(reopened)).extracting(Category::code).containsExactly("A", "B");
    }

    private static List<Category> categories(Database database) {
        return database.read(c -> new CaseloadStore(c).categories().findAll());
    }
}
