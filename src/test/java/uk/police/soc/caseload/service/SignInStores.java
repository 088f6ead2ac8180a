package uk.police.soc.caseload.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.Database;

/**
 * Stores in sign-in mode for the tests: the worked example with {@code root} (every role) and one account per
 * role, named after it ({@code admin}, {@code manager}, …), all with {@link #PASSWORD}.
 */
public final class SignInStores {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ROOT = "root";
    public static final String WORKED_EXAMPLE = "/uk/police/soc/caseload/dataset/worked-example.json";

    private SignInStores() {
    }

    public static Caseload workedExample() {
        try (InputStream in = SignInStores.class.getResourceAsStream(WORKED_EXAMPLE)) {
            return new DatasetReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worked example in sign-in mode, with root and one account per role. */
    public static Path create(Path db) {
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.importCaseload(workedExample(), true);
            service.access().addAccount(new NewAccount(ROOT, "Root of all roles", EnumSet.allOf(Role.class), null),
                    PASSWORD);
        }
        try (CaseloadService root = signedIn(db, ROOT)) {
            for (Role role : Role.values()) {
                root.access().addAccount(new NewAccount(role.code(), role.label(), Set.of(role), null), PASSWORD);
            }
        }
        return db;
    }

    public static CaseloadService signedIn(Path db, String user) {
        return signedIn(db, user, Clock.systemUTC());
    }

    public static CaseloadService signedIn(Path db, String user, Clock clock) {
        CaseloadService service = CaseloadServices.over(database(db), clock);
        service.access().signIn(user, PASSWORD, SessionKind.COMMAND);
        return service;
    }

    /** As {@link #signedIn(Path, String, Clock)}, as the desktop app signs in (its session can expire and lock). */
    public static CaseloadService signedInApp(Path db, String user, Clock clock) {
        CaseloadService service = CaseloadServices.over(database(db), clock);
        service.access().signIn(user, PASSWORD, SessionKind.APP);
        return service;
    }

    private static final Map<Path, Database> OPEN = new ConcurrentHashMap<>();

    /** The kept-open database when a test signed in through it, else one opened just for reading. */
    private static Database reader(Path db) {
        Database kept = OPEN.get(db.toAbsolutePath().normalize());
        return kept != null ? kept : Database.open(db);
    }

    private static final List<uk.police.soc.caseload.persistence.FileHold> KEEP_OPEN = new java.util.ArrayList<>();

    /**
     * One Database per path for the tests, held open by a connection of its own: each check then neither runs
     * Flyway again nor reopens the file for every unit of work (which the app does, to share the file).
     */
    public static Database database(Path db) {
        return OPEN.computeIfAbsent(db.toAbsolutePath().normalize(), path -> {
            Database database = Database.open(path);
            KEEP_OPEN.add(database.keepOpen());
            return database;
        });
    }

    /** The trail as stored, read behind the service's back (so that reading it adds no entry). */
    public static List<AuditEntry> trail(Path db) {
        return reader(db).inTransaction(c -> new CaseloadStore(c).audit().findAll());
    }

    public static List<Account> accounts(Path db) {
        return reader(db).inTransaction(c -> new CaseloadStore(c).accounts().findAll());
    }

    public static Caseload stored(Path db) {
        return reader(db).inTransaction(c -> new CaseloadStore(c).load(java.time.LocalDate.of(2022, 4, 1)));
    }
}
