package uk.police.soc.caseload.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.Actor;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditOutcome;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.StoreAddress;
import uk.police.soc.caseload.persistence.StoreException;
import uk.police.soc.caseload.persistence.transfer.BackupFile;
import uk.police.soc.caseload.persistence.transfer.StoreTransfer;

/**
 * Backup files (owner-only, written whole or not at all) and restoring one into a new database: the new file is
 * built beside the target under a temporary name and moved into place only once complete, so a crash leaves
 * either no database or the whole restored one.
 */
final class Backups {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private Backups() {
    }

    /** A new empty file readable by its owner only, in {@code folder}, to be moved over the real name when done. */
    static Path ownerOnlyTempFile(Path folder, String prefix) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createTempFile(folder, prefix, ".part", ownerOnly);
        }
        return Files.createTempFile(folder, prefix, ".part");
    }

    /** Creates {@code folder} (and parents) readable by its owner only where the file system allows. */
    static void ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    static void moveIntoPlace(Path temp, Path target, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // Files.move with ATOMIC_MOVE may replace an existing file on POSIX; a link cannot.
                Files.createLink(target, temp);
                Files.delete(temp);
            }
        } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            Files.move(temp, target, replace ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[0]);
        }
    }

    /**
     * Writes the store behind {@code unit} to a temporary file beside {@code file}; returns that file. What an
     * earlier backup to the same file left when it was killed goes first: a copy of the data under a hidden name
     * that nobody would otherwise find (the unit holds the store's write lock, so no backup of it is under way).
     */
    static Path dumpToTemp(Guard.Unit unit, Path file, char[] filePassword, Map<String, Long> counts)
            throws SQLException {
        Path absolute = file.toAbsolutePath();
        try {
            deleteLeftTemporaryFiles(absolute);
            Path temp = ownerOnlyTempFile(absolute.getParent(), "." + absolute.getFileName());
            try (OutputStream out = BackupFile.writing(Files.newOutputStream(temp), filePassword)) {
                counts.putAll(StoreTransfer.dump(unit.connection(), out).rowsByTable());
            } catch (IOException | RuntimeException | SQLException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return temp;
        } catch (IOException e) {
            throw new StoreException("cannot write the backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** The temporary files of {@link #ownerOnlyTempFile} for {@code file} ({@code .NAME<digits>.part}). */
    private static void deleteLeftTemporaryFiles(Path file) throws IOException {
        String prefix = "." + file.getFileName();
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            for (Path left : files.toList()) {
                String name = left.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".part")
                        && name.substring(prefix.length(), name.length() - ".part".length()).matches("[0-9]+")) {
                    Files.deleteIfExists(left);
                }
            }
        }
    }

    /** Who restores: a backup in sign-in mode needs one of its own enabled administrators. */
    record Restorer(String userName, Supplier<String> password) {
    }

    /**
     * Restores {@code backup} into a new database at {@code target}: refused (invalid input) when one is there
     * already; a backup holding accounts needs {@code restorer} to be one of its administrators (exit 3
     * otherwise); an encrypted backup needs its file password and makes an encrypted database.
     */
    static BackupSummary restore(Path backup, StoreAddress target, Restorer restorer,
            Supplier<char[]> askFilePassword, PasswordHasher hasher, Clock clock, String osUser) {
        if (target instanceof StoreAddress.H2File file && Files.exists(file.file())) {
            throw new InvalidInputException("--db", file.file() + " already holds a database: restore makes a new"
                    + " one (choose a new path, or move that file away first)");
        }
        if (!Files.isRegularFile(backup)) {
            throw new InvalidInputException("--from", "no backup file at " + backup);
        }
        boolean encrypted;
        char[] filePassword = null;
        StoreTransfer.Dump dump;
        try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(backup))) {
            encrypted = BackupFile.isEncrypted(raw);
            if (encrypted) {
                filePassword = askFilePassword.get();
            }
            if (encrypted && filePassword == null) {
                throw new NotAllowedException(Database.FILE_PASSWORD, "the backup " + backup + " is encrypted: give"
                        + " its database file password (SOC_PLANNER_DB_PASSWORD, or the prompt)");
            }
            dump = StoreTransfer.read(BackupFile.reading(raw, encrypted ? filePassword : null));
        } catch (BackupFile.WrongPasswordException e) {
            throw new NotAllowedException(Database.FILE_PASSWORD, e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("--from", backup + " is not a planner backup (" + e.getMessage() + ")");
        }
        Actor actor = checkRestorer(dump, restorer, hasher, osUser);
        Database.Work<Void> load = connection -> {
            StoreTransfer.load(connection, dump);
            new CaseloadStore(connection).audit().append(new AuditEntry(0, clock.instant(), actor.auditName(),
                    Operation.RESTORE.action(), Operation.RESTORE.category().code(),
                    AuditRecords.counts(dump.counts()), "restored from " + backup.getFileName()
                            + (encrypted ? " (encrypted)" : ""), null, null, AuditOutcome.DONE.code(), null));
            return null;
        };
        if (target instanceof StoreAddress.H2File file) {
            restoreIntoNewFile(file, encrypted ? filePassword : null, load);
            return new BackupSummary(file.file().toString(), encrypted, dump.counts());
        }
        Database database = Database.open(target);
        database.write(connection -> {
            if (!StoreTransfer.isEmpty(connection)) {
                throw new InvalidInputException("--db", database.describe() + " already holds planner data: restore"
                        + " makes a new store (use a database with no planner schema)");
            }
            return load.run(connection);
        });
        return new BackupSummary(database.describe(), false, dump.counts());
    }

    /** An H2 restore is built under a temporary name and linked into place whole, so a crash leaves no half. */
    private static void restoreIntoNewFile(StoreAddress.H2File target, char[] filePassword, Database.Work<Void> load) {
        Path temp = target.path().resolveSibling("." + target.path().getFileName() + ".restoring");
        Path tempFile = Database.fileOf(temp);
        try {
            Files.deleteIfExists(tempFile); // what an earlier restore that was killed left behind
            Database database = Database.open(new StoreAddress.H2File(temp), Database.DEFAULT_LOCK_WAIT, filePassword);
            database.write(load);
            moveIntoPlace(tempFile, target.file(), false);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("--db", target.file() + " appeared while restoring: nothing was replaced");
        } catch (IOException e) {
            throw new StoreException("cannot restore into " + target.file() + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tempFile);
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".trace.db"));
            } catch (IOException ignored) {
                // a leftover temporary file is removed by the next restore
            }
        }
    }

    /**
     * Encrypts, re-keys or decrypts a database in place ({@code newFilePassword} null: decrypt): the whole store is
     * copied into a new file under a temporary name with the new encryption, the entry is appended there, and
     * the new file replaces the old one in one rename, while a connection holds the old file so that no other
     * program writes to it meanwhile. A crash leaves the old file or the new one, never a mix.
     */
    static void changeEncryption(Guard guard, Operation operation, char[] newFilePassword, Clock clock) {
        Database database = guard.database();
        if (!(database.address() instanceof StoreAddress.H2File)) {
            throw new InvalidInputException("--db", "encrypt and decrypt are for H2 files: on PostgreSQL the server's"
                    + " own storage encryption applies");
        }
        Path temp = database.path().resolveSibling("." + database.path().getFileName() + ".rekeying");
        Path tempFile = Database.fileOf(temp);
        guard.unit(unit -> {
            Actor actor = unit.require(operation);
            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
            try {
                StoreTransfer.dump(unit.connection(), copy);
                Files.deleteIfExists(tempFile);
                Database rekeyed = Database.open(new StoreAddress.H2File(temp), Database.DEFAULT_LOCK_WAIT,
                        newFilePassword);
                StoreTransfer.Dump dump = StoreTransfer.read(new java.io.ByteArrayInputStream(copy.toByteArray()));
                rekeyed.write(connection -> {
                    StoreTransfer.load(connection, dump);
                    new CaseloadStore(connection).audit().append(new AuditEntry(0, clock.instant(), actor.auditName(),
                            operation.action(), operation.category().code(), null, operation == Operation.DECRYPT
                                    ? "file encryption switched off" : database.encrypted()
                                    ? "file encryption key changed" : "file encryption (AES) switched on", null, null,
                            AuditOutcome.DONE.code(), null));
                    return null;
                });
                moveIntoPlace(tempFile, database.file(), true);
            } catch (IOException e) {
                throw new StoreException("cannot rewrite " + database.file() + ": " + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(tempFile);
                } catch (IOException ignored) {
                    // removed by the next attempt
                }
            }
            return null;
        });
    }

    private static Actor checkRestorer(StoreTransfer.Dump dump, Restorer restorer, PasswordHasher hasher,
            String osUser) {
        List<Map<String, Object>> accounts = dump.rows("account");
        if (accounts.isEmpty()) {
            return Actor.openMode(osUser);
        }
        if (restorer == null || restorer.userName() == null) {
            throw new NotAllowedException("--user", "the backup holds accounts: name one of its administrators with"
                    + " --user (the password as for signing in)");
        }
        String password = restorer.password().get();
        Optional<Map<String, Object>> account = accounts.stream()
                .filter(a -> restorer.userName().equals(a.get("user_name"))).findFirst();
        boolean admin = account.map(a -> Role.fromCodes((String) a.get("roles")).contains(Role.ADMIN)
                && !Boolean.TRUE.equals(a.get("disabled"))).orElse(false);
        boolean matches = password != null && account.map(a -> hasher.matches(password, (String) a.get("password_hash")))
                .orElseGet(() -> {
                    if (password != null) {
                        hasher.spendTimeOfOneCheck(password);
                    }
                    return false;
                });
        if (!matches || !admin) {
            throw new NotAllowedException("--user", "restore refused: the user name or password is wrong, or the"
                    + " account is not an enabled administrator of the backup");
        }
        Map<String, Object> found = account.get();
        return new Actor((String) found.get("user_name"), (String) found.get("display_name"),
                Role.fromCodes((String) found.get("roles")), (String) found.get("officer_id"), false);
    }
}
