package uk.police.soc.caseload.persistence;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path of an H2 database file, and the one way its JDBC URL is built. H2 reads everything after the first
 * {@code ;} of a URL as settings ({@code INIT=RUNSCRIPT FROM …}, {@code AUTO_SERVER=TRUE}, {@code FILE_LOCK=NO},
 * …) and has no way to escape one inside a path, so a path that holds {@code ;} is refused rather than passed on:
 * no setting can come from a {@code --db} value, a file chooser, an environment variable or a saved preference.
 * The URL always starts {@code jdbc:h2:file:} followed by an absolute path, so no H2 URL prefix ({@code tcp:},
 * {@code mem:}, {@code zip:}, {@code ~}) can be slipped in either.
 */
public final class H2Path {

    /**
     * What the planner itself asks of every database: each commit written before it returns; each commit's chunk
     * appended to the file, never written into space freed inside it (REUSE_SPACE=FALSE: with space reused, the
     * kill test found a database reopened after {@code kill -9} without writes it had committed, 2 trials in 63;
     * appended, none in 164; the file is compacted when opened instead, see {@link H2Engine#compactIfSparse});
     * and no trace file (H2 would write one with the statements and values of a failure, readable by everyone
     * under the usual umask).
     */
    private static final String SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0";
    private static final Pattern URL_LIKE = Pattern.compile("^(?i:jdbc:|[a-z][a-z0-9+.-]+://).*", Pattern.DOTALL);

    private H2Path() {
    }

    /**
     * What is wrong with {@code text} as an H2 database path (without {@code .mv.db}), in words for the user;
     * empty when it is a usable path.
     */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("no database path given");
        }
        if (text.indexOf(';') >= 0) {
            return Optional.of("a database path may not contain \";\" (the database would read what follows it as"
                    + " its own settings): rename the folder or file, or choose another");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("a database path may not contain control characters (tab, line break, …)");
        }
        if (URL_LIKE.matcher(text).matches()) {
            return Optional.of("not a database path: give the path of an H2 file (without .mv.db)");
        }
        try {
            Path.of(text);
        } catch (InvalidPathException e) {
            return Optional.of("not a usable path on this system (" + e.getReason() + ")");
        }
        return Optional.empty();
    }

    /**
     * The checked, absolute form of {@code path}.
     *
     * @throws IllegalArgumentException with the words of {@link #problem(String)} when the path is not usable
     */
    public static Path checked(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Optional<String> problem = problem(absolute.toString());
        if (problem.isPresent()) {
            throw new IllegalArgumentException(absolute + ": " + problem.get());
        }
        return absolute;
    }

    /** The JDBC URL of the database at {@code path}: the path checked, then only the planner's own settings. */
    static String url(Path path) {
        return "jdbc:h2:file:" + checked(path) + SETTINGS;
    }
}
