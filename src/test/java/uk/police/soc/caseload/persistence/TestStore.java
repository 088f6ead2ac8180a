package uk.police.soc.caseload.persistence;

import java.nio.file.Path;

/**
 * A fresh store of either kind for one test: an H2 file in the test's folder, or a new database on the shared
 * embedded PostgreSQL server. {@link #db()} is what a user would give as {@code --db}.
 */
public record TestStore(StoreKind kind, String db) {

    public static TestStore fresh(StoreKind kind, Path folder) {
        return new TestStore(kind, kind == StoreKind.H2 ? folder.resolve("caseload").toString()
                : EmbeddedServer.shared().newDatabase());
    }

    public StoreAddress address() {
        return StoreAddress.parse(db);
    }

    public Database open() {
        return Database.open(address());
    }

    /** The database's name on the server; only for PostgreSQL. */
    public String postgresName() {
        return ((StoreAddress.Postgres) address()).database();
    }

    /**
     * Makes storing the threat with id {@code threatId} fail inside the database, midway through whatever
     * write stores it: a trigger, in each store's own dialect (DDL, so outside any unit of work under test).
     */
    public void failWhenStoringThreat(String threatId, String h2TriggerClass) throws Exception {
        try (var connection = open().connect(); var statement = connection.createStatement()) {
            if (kind == StoreKind.H2) {
                statement.execute("CREATE TRIGGER fail_midway BEFORE INSERT, UPDATE ON threat FOR EACH ROW CALL \""
                        + h2TriggerClass + "\"");
            } else {
                statement.execute("CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.id = '" + threatId + "' THEN RAISE EXCEPTION 'injected failure while storing"
                        + " threat %', NEW.id; END IF; RETURN NEW; END $$");
                statement.execute("CREATE TRIGGER fail_midway BEFORE INSERT OR UPDATE ON threat FOR EACH ROW"
                        + " EXECUTE FUNCTION fail_midway()");
            }
        }
    }
}
