package uk.police.soc.caseload.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Database files hold police data: they are created readable and writable by their owner only, whatever the
 * umask, as the planner's exports already are. On a file system without POSIX permissions (Windows) the
 * user's profile folder already keeps others out and nothing is changed.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder} and any missing parents; folders created here are the owner's only. */
    public static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            if (isPosix(parent)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /**
     * Makes sure {@code file} exists with owner-only permissions before the database engine opens it: an empty
     * file is a new database to H2, so the data never sits in a file others can read, even for a moment.
     */
    static void createEmptyIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file);
            return;
        }
        try {
            Files.createFile(file, attributes(file.getParent()));
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        }
    }

    /** Takes away group and other permissions from an existing file, e.g. one made before this version. */
    static void restrict(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            if (view != null && Files.exists(file) && !view.readAttributes().permissions().equals(FILE)) {
                view.setPermissions(FILE);
            }
        } catch (IOException e) {
            // Someone else's file the user may write to: opening it is still theirs to decide.
        }
    }

    private static FileAttribute<?>[] attributes(Path folder) {
        return isPosix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path existing) {
        Path probe = existing == null ? Path.of("").toAbsolutePath() : existing;
        return Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
    }
}
