package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.domain.Category;

/** No H2 setting can come from a database path, and database files are their owner's only. */
class DatabasePathSafetyTest {

    @TempDir
    Path folder;

    /** Every way a path could carry H2 settings or another kind of URL. */
    static Stream<String> hostileSuffixes() {
        return Stream.of(
                ";INIT=RUNSCRIPT FROM 'evil.sql'",
                ";INIT=CREATE TABLE pwned (a INT)",
                ";init=create alias run as $$ String run() { return \"x\"; } $$\\;call run()",
                ";AUTO_SERVER=TRUE",
                ";AUTO_SERVER=TRUE;AUTO_SERVER_PORT=9092",
                ";FILE_LOCK=NO",
                ";ACCESS_MODE_DATA=r",
                ";CIPHER=AES",
                ";TRACE_LEVEL_FILE=3",
                ";MODE=MySQL",
                ";IFEXISTS=TRUE",
                ";DB_CLOSE_ON_EXIT=FALSE",
                ";WRITE_DELAY=100000",
                " ; INIT=RUNSCRIPT FROM 'evil.sql'",
                ";",
                "\n;INIT=RUNSCRIPT FROM 'evil.sql'",
                "\u0000");
    }

    @ParameterizedTest
    @MethodSource("hostileSuffixes")
    void aPathThatCouldCarrySettingsIsRefusedBeforeAnythingIsOpened(String suffix) throws IOException {
        Path evil = folder.resolve("evil.sql");
        Files.writeString(evil, "CREATE TABLE pwned (a INT);");
        String text = folder.resolve("caseload") + suffix.replace("evil.sql", evil.toString());

        assertThat(H2Path.problem(text)).isPresent();
        if (!text.contains("\u0000")) {
            assertThatThrownBy(() -> Database.open(Path.of(text))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(filesIn(folder)).containsExactly("evil.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://localhost/~/x", "jdbc:h2:mem:x", "JDBC:h2:file:x", "ssl://host:9092/x",
        "http://example.org/x", ""})
    void urlsAndBlankAreNotDatabasePaths(String text) {
        assertThat(H2Path.problem(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseload", "with space", "O'Brien's unit", "a=b", "100%", "#1", "tcp:x", "zip:x",
        "mem:x", "~x", "Ünïcödé", "a,b", "x?y", "(1)", "$HOME"})
    void ordinaryPathsKeepWorking(String name) {
        assertThat(H2Path.problem(name)).isEmpty();
        Path path = folder.resolve("sub folder").resolve(name);

        Database.open(path).inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));

        List<Category> stored = Database.open(path).inTransaction(c -> new CaseloadStore(c).categories().findAll());
        assertThat(stored).containsExactly(new Category("A", "Alpha"));
        assertThat(Files.exists(folder.resolve("sub folder").resolve(name + ".mv.db"))).isTrue();
    }

    @Test
    void theUrlIsAFileUrlOfTheAbsolutePathWithOnlyThePlannersOwnSettings() {
        String url = H2Path.url(Path.of("relative", "caseload"));

        assertThat(url).isEqualTo("jdbc:h2:file:" + Path.of("relative", "caseload").toAbsolutePath()
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0");
    }

    @Test
    void aNewDatabaseFileAndTheFoldersMadeForItAreTheOwnersOnly() throws IOException {
        Path path = folder.resolve("made").resolve("caseload");

        Database database = Database.open(path);
        database.inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("made"))))
                .isEqualTo("rwx------");
    }

    @Test
    void aDatabaseFileOthersCouldReadIsMadeOwnerOnlyWhenOpened() throws IOException {
        Path path = folder.resolve("caseload");
        Database.open(path).inTransaction(c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));
        Path file = folder.resolve("caseload.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Database.open(path);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aLargeWriteLeavesAnOwnerOnlyFileAndNoCopyBehind() throws IOException {
        Database database = Database.open(folder.resolve("caseload"));

        database.writeCopyOnWrite(checked -> c -> new CaseloadStore(c).categories().save(new Category("A", "Alpha")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.file())))
                .isEqualTo("rw-------");
        assertThat(filesIn(folder)).containsExactly("caseload.mv.db");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
