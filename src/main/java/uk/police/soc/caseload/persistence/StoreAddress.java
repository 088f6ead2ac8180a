package uk.police.soc.caseload.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.soc.caseload.domain.Echo;
import uk.police.soc.caseload.domain.InvalidInputException;

/**
 * Which store a {@code --db} value names: an H2 file (a path) or a shared PostgreSQL database
 * ({@code postgresql://HOST[:PORT]/NAME[?sslmode=…&user=…]}). The URL is taken apart here and every part is
 * checked against what PostgreSQL itself allows, so that no text from the user reaches a JDBC URL or a driver
 * setting unchecked; only the parts go on, never the text.
 */
public sealed interface StoreAddress permits StoreAddress.H2File, StoreAddress.Postgres {

    /** The option the value came from, as problems name it. */
    String OPTION = "--db";

    /** How the store reads in a window title or a message; never a password. */
    String describe();

    /** An H2 database file, the path without {@code .mv.db}. */
    record H2File(Path path) implements StoreAddress {

        public H2File {
            path = path.toAbsolutePath().normalize();
        }

        /** The database file itself. */
        public Path file() {
            return path.resolveSibling(path.getFileName() + ".mv.db");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A PostgreSQL database. {@code user} is null when the URL names none ({@code PGUSER}, else the
     * operating-system user, as PostgreSQL's own tools do); {@code sslMode} is null for the driver's default.
     */
    record Postgres(String host, int port, String database, String user, String sslMode) implements StoreAddress {

        public static final int DEFAULT_PORT = 5432;

        /** The same database as another user (checked like the URL's {@code ?user=}). */
        public Postgres withUser(String name) {
            return new Postgres(host, port, database, Addresses.name(describe(), "user", name), sslMode);
        }

        /** The user PostgreSQL's conventions give: the URL's, else {@code PGUSER}, else the OS user. */
        public String effectiveUser() {
            if (user != null) {
                return user;
            }
            String fromEnvironment = System.getenv("PGUSER");
            return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment
                    : System.getProperty("user.name");
        }

        @Override
        public String describe() {
            return "postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database
                    + " as " + effectiveUser();
        }
    }

    Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Parses a {@code --db} value; a malformed PostgreSQL URL is invalid input naming {@code --db}. */
    static StoreAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(OPTION, "no database given");
        }
        Matcher scheme = Addresses.SCHEME.matcher(text);
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new InvalidInputException(OPTION, "\"" + Addresses.redacted(text) + "\" is a JDBC URL, which the"
                    + " planner does not take: give postgresql://HOST[:PORT]/NAME");
        }
        if (scheme.lookingAt()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("postgresql") || name.equals("postgres")) {
                return Addresses.postgres(text, text.substring(scheme.end()));
            }
            throw new InvalidInputException(OPTION, "\"" + Addresses.redacted(text) + "\" is not a PostgreSQL URL: give"
                    + " postgresql://HOST[:PORT]/NAME for a shared database, or a file path for an H2 database");
        }
        // A path is the only thing that goes into an H2 URL: one H2 could read settings from is refused here.
        H2Path.problem(text).ifPresent(problem -> {
            throw new InvalidInputException(OPTION, Echo.quoted(text) + ": " + problem);
        });
        try {
            return new H2File(Path.of(text));
        } catch (InvalidPathException e) {
            throw new InvalidInputException(OPTION, "\"" + text + "\" is not a file path: " + e.getReason());
        }
    }

    /** The H2 file at {@code path}. */
    static StoreAddress h2(Path path) {
        return new H2File(path);
    }

    /** The parsing rules, kept out of the interface's public face. */
    final class Addresses {

        static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://");
        // RFC 1123 host names and IPv4 addresses; IPv6 in brackets.
        private static final Pattern HOST = Pattern.compile(
                "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
        private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
        // PostgreSQL identifiers are at most 63 bytes; we take the characters people use in role and database
        // names, which also keeps them safe in the GRANT statements the docs give.
        private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$.-]{0,62}");
        private static final Pattern AUTHORITY = Pattern.compile("(?:([^@/]*)@)?(\\[[^\\]]*\\]|[^:/]*)(?::([^/]*))?");

        private Addresses() {
        }

        static Postgres postgres(String text, String rest) {
            String query = null;
            int question = rest.indexOf('?');
            if (question >= 0) {
                query = rest.substring(question + 1);
                rest = rest.substring(0, question);
            }
            int slash = rest.indexOf('/');
            if (slash < 0 || slash == rest.length() - 1) {
                throw invalid(text, "it names no database (postgresql://HOST[:PORT]/NAME)");
            }
            String authority = rest.substring(0, slash);
            String database = decode(text, rest.substring(slash + 1));
            Matcher parts = AUTHORITY.matcher(authority);
            if (!parts.matches()) {
                throw invalid(text, "write it as postgresql://HOST[:PORT]/NAME");
            }
            String user = null;
            if (parts.group(1) != null) {
                String userInfo = decode(text, parts.group(1));
                if (userInfo.contains(":")) {
                    throw passwordInUrl();
                }
                user = name(text, "user", userInfo);
            }
            String host = host(text, parts.group(2));
            int port = port(text, parts.group(3));
            if (!NAME.matcher(database).matches()) {
                throw invalid(text, "the database name \"" + database + "\" may hold only letters, digits and _ $ . -"
                        + " and start with a letter or _ (at most 63)");
            }
            String sslMode = null;
            if (query != null && !query.isEmpty()) {
                for (String setting : query.split("&", -1)) {
                    int equals = setting.indexOf('=');
                    String key = decode(text, equals < 0 ? setting : setting.substring(0, equals));
                    String value = equals < 0 ? "" : decode(text, setting.substring(equals + 1));
                    switch (key) {
                        case "sslmode" -> {
                            if (!SSL_MODES.contains(value)) {
                                throw invalid(text, "sslmode \"" + value + "\" is not one of " + String.join(", ",
                                        SSL_MODES.stream().sorted().toList()));
                            }
                            sslMode = value;
                        }
                        case "user" -> {
                            if (user != null) {
                                throw invalid(text, "it names the user twice");
                            }
                            user = name(text, "user", value);
                        }
                        case "password" -> throw passwordInUrl();
                        default -> throw invalid(text, "unknown setting \"" + key + "\" (only sslmode and user"
                                + " are taken)");
                    }
                }
            }
            return new Postgres(host, port, database, user, sslMode);
        }

        private static String host(String text, String host) {
            if (host.startsWith("[") && host.endsWith("]")) {
                String address = host.substring(1, host.length() - 1);
                if (IPV6.matcher(address).matches() && address.contains(":")) {
                    return address;
                }
                throw invalid(text, "\"" + host + "\" is not an IPv6 address");
            }
            if (host.isEmpty()) {
                throw invalid(text, "it names no host (postgresql://HOST[:PORT]/NAME)");
            }
            if (!HOST.matcher(host).matches() || host.length() > 253) {
                throw invalid(text, "\"" + host + "\" is not a host name");
            }
            return host;
        }

        private static int port(String text, String port) {
            if (port == null) {
                return Postgres.DEFAULT_PORT;
            }
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw invalid(text, "the port \"" + port + "\" is not a number from 1 to 65535");
            }
            return Integer.parseInt(port);
        }

        private static String name(String text, String what, String value) {
            if (!NAME.matcher(value).matches()) {
                throw invalid(text, "the " + what + " \"" + value + "\" may hold only letters, digits and _ $ . -"
                        + " and start with a letter or _ (at most 63)");
            }
            return value;
        }

        private static String decode(String text, String part) {
            try {
                return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalid(text, "it holds a malformed %-escape");
            }
        }

        private static InvalidInputException passwordInUrl() {
            return new InvalidInputException(OPTION, "a password never goes in the URL: set PGPASSWORD or put it in"
                    + " your .pgpass file");
        }

        private static InvalidInputException invalid(String text, String why) {
            return new InvalidInputException(OPTION, "\"" + redacted(text) + "\" is not a valid PostgreSQL URL: "
                    + why);
        }

        /** The text as messages may repeat it: whatever follows a ':' in the user part is dropped. */
        static String redacted(String text) {
            return text.replaceAll("//([^@/:]*):[^@/]*@", "//$1:***@").replaceAll("(?i)password=[^&]*", "password=***");
        }
    }
}
