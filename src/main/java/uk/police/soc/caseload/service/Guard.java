package uk.police.soc.caseload.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.AccessPolicy;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.Actor;
import uk.police.soc.caseload.domain.access.AuditCategory;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditOutcome;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.ChangeStamp;
import uk.police.soc.caseload.persistence.Database;
import uk.police.soc.caseload.persistence.StoreException;

/**
 * Who is acting, and the one way the service does anything: a {@link Unit} is one transaction that first asks
 * {@link Unit#require} whether the acting account may do the operation, then does it and records its audit
 * entry in the same transaction. A refusal rolls the unit back and records an entry of its own (outcome
 * {@code refused}); a failure records one with outcome {@code failed}; invalid input records nothing.
 */
final class Guard {

    static final String IDLE_LOCK_SETTING = "idle-lock-minutes";
    private static final String SIGN_IN_REFUSED = "sign-in refused: the user name or password is wrong, or the"
            + " account is locked (" + AccessPolicy.LOCKOUT_ATTEMPTS + " wrong passwords in a row lock it for "
            + AccessPolicy.LOCKOUT.toMinutes() + " minutes) or disabled";
    private static final int ATTEMPTS_ON_CONFLICT = 3;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String osUser;
    private volatile Session session;

    /** A signed-in account: who, how, when last active, and whether the session is locked. */
    private record Session(String userName, SessionKind kind, Instant lastActivity, boolean locked,
            Set<String> screens) {

        Session touched(Instant now) {
            return new Session(userName, kind, now, locked, screens);
        }

        Session locked(boolean newLocked) {
            return new Session(userName, kind, lastActivity, newLocked, screens);
        }
    }

    Guard(Database database, PasswordHasher hasher, Clock clock, String osUser) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
        this.osUser = osUser;
    }

    Database database() {
        return database;
    }

    PasswordHasher hasher() {
        return hasher;
    }

    Instant now() {
        return clock.instant();
    }

    String osUser() {
        return osUser;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Unit unit) throws SQLException;
    }

    /**
     * A unit in two steps: {@link #check} requires the operation and checks the input against the store (writing
     * nothing), then the step it returns writes the change and its audit entry. A large one commits that step
     * on a copy of an H2 file (docs/decisions/0018), so a refused or invalid one copies nothing.
     */
    @FunctionalInterface
    interface CheckedWork<T> {
        Work<T> check(Unit unit) throws SQLException;
    }

    /** A refusal inside a unit: rolls the unit back, then its entry is written on its own. */
    private static final class Refusal extends RuntimeException {
        private final transient AuditEntry entry;
        private final NotAllowedException refusal;

        Refusal(AuditEntry entry, NotAllowedException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.entry = entry;
            this.refusal = refusal;
        }
    }

    /** One transaction of the service: the store, the acting account once required, and the trail. */
    final class Unit {
        private java.sql.Connection connection;
        private CaseloadStore access;
        private CaseloadStore store;
        private Actor actor;
        private Operation current;
        private String currentRecords;

        private Unit(java.sql.Connection connection) {
            this.connection = connection;
            this.access = new CaseloadStore(connection);
        }

        /** The repositories; once the actor is known, what they save is stamped with the actor's name. */
        CaseloadStore store() {
            if (store == null) {
                store = actor == null ? access
                        : new CaseloadStore(connection, ChangeStamp.now(actor.auditName()));
            }
            return store;
        }

        /** Goes on in {@code next}, the connection of the copy a large write commits on. */
        private void moveTo(java.sql.Connection next) {
            connection = next;
            access = new CaseloadStore(next);
            store = null;
        }

        /** The unit's connection, for work on the whole store (a backup). */
        java.sql.Connection connection() {
            return connection;
        }

        /**
         * The acting account, which must be allowed {@code operation}; otherwise the unit is refused (exit 3),
         * naming the role it needs.
         */
        Actor require(Operation operation, String records, String detail) throws SQLException {
            return require(operation, records, detail, acting -> false, null);
        }

        /**
         * As {@link #require(Operation, String, String)}, also allowing an account that {@code alsoAllowed}
         * accepts although it holds none of the roles ({@code alsoWho} says who, for the refusal's message): an
         * account linked to the officer who leads a threat may edit its 4P plan.
         */
        Actor require(Operation operation, String records, String detail,
                java.util.function.Predicate<Actor> alsoAllowed, String alsoWho) throws SQLException {
            current = operation;
            currentRecords = records;
            boolean known = actor != null;
            Actor acting = actor(operation, records, detail);
            if (!known) {
                store = null; // from now on, saves are stamped with who acts
            }
            if (!acting.may(operation) && !alsoAllowed.test(acting)) {
                String message = operation.action() + " needs the " + Role.describeAny(operation.requiredRoles())
                        + " role" + (alsoWho == null ? "" : " or " + alsoWho) + "; " + acting.userName()
                        + " holds " + (acting.roles().isEmpty() ? "none" : Role.codes(acting.roles()));
                throw refusal(acting.auditName(), operation, records, message, operation.action(), message);
            }
            return acting;
        }

        Actor require(Operation operation) throws SQLException {
            return require(operation, null, null);
        }

        /** Whoever is acting once {@link #require} has passed. */
        Actor actor() {
            if (actor == null) {
                throw new IllegalStateException("require() the operation before acting");
            }
            return actor;
        }

        /** Records a done entry for {@code operation} in this transaction. */
        AuditEntry record(Operation operation, String records, String detail) throws SQLException {
            return record(operation, records, detail, Disclosure.NONE);
        }

        AuditEntry record(Operation operation, String records, String detail, Disclosure disclosure)
                throws SQLException {
            return access.audit().append(new AuditEntry(0, now(), actor().auditName(), operation.action(),
                    operation.category().code(), records, detail, disclosure.justification(),
                    disclosure.recipient(), AuditOutcome.DONE.code(), null));
        }

        boolean openMode() throws SQLException {
            return access.accounts().count() == 0;
        }

        private Actor actor(Operation operation, String records, String detail) throws SQLException {
            if (actor != null) {
                return actor;
            }
            if (openMode()) {
                actor = Actor.openMode(osUser);
                return actor;
            }
            Session current = session;
            String os = "os:" + osUser;
            if (current == null) {
                throw refusal(os, operation, records, "not signed in", "--user",
                        "this database requires sign-in: give --user NAME (the password from SOC_PLANNER_PASSWORD,"
                                + " --password-stdin or the prompt)");
            }
            if (current.locked()) {
                throw refusal(current.userName(), operation, records, "session locked", "sign-in",
                        "the session is locked: sign in again to go on");
            }
            if (current.kind() == SessionKind.APP) {
                Duration idle = idleLock(access);
                if (Duration.between(current.lastActivity(), now()).compareTo(idle) > 0) {
                    session = current.locked(true);
                    throw refusal(current.userName(), operation, records, "session expired", "sign-in",
                            "the session expired after " + idle.toMinutes() + " minutes without use: sign in again");
                }
                session = current.touched(now());
            }
            Optional<Account> account = access.accounts().find(current.userName());
            if (account.isEmpty() || account.get().disabled()) {
                session = null;
                throw refusal(current.userName(), operation, records, "account disabled or removed", "--user",
                        "the account " + current.userName() + " is no longer enabled");
            }
            if (account.get().mustChangePassword() && operation != Operation.USERS_CHANGE_PASSWORD
                    && operation != Operation.SIGN_OUT) {
                throw refusal(current.userName(), operation, records, "password must be changed first", "--user",
                        "the password of " + current.userName() + " was reset and must be changed first (users"
                                + " change-password)");
            }
            actor = Actor.of(account.get());
            return actor;
        }

        private Refusal refusal(String user, Operation operation, String records, String detail, String path,
                String message) {
            AuditEntry entry = new AuditEntry(0, now(), user, operation.action(), AuditCategory.ACCESS.code(), records,
                    detail, null, null, AuditOutcome.REFUSED.code(), null);
            return new Refusal(entry, new NotAllowedException(path, message));
        }
    }

    /** How a unit's transaction treats the store. */
    private enum Mode {
        /** Changes records: under the store's write lock, moving the change counter other desks watch. */
        WRITE,
        /** As WRITE, committed on a copy of an H2 file that replaces it (a write too large to commit in place). */
        LARGE_WRITE,
        /** Reads, then appends its audit entry: no write lock (a clash on the next seq is retried). */
        RECORD,
        /** Only reads, recording nothing when done: a read-only transaction. */
        READ
    }

    /** Runs {@code work} as one audited transaction under the store's write lock (see the class comment). */
    <T> T unit(Work<T> work) {
        return run(work, Mode.WRITE);
    }

    /**
     * As {@link #unit}, in two steps (see {@link CheckedWork}); when {@code large}, the write step commits on a copy
     * of an H2 file that replaces the file whole, so that a crash leaves all of it or none of it.
     */
    <T> T unit(boolean large, CheckedWork<T> work) {
        return runChecked(work, large ? Mode.LARGE_WRITE : Mode.WRITE);
    }

    /**
     * As {@link #unit}, for work that changes no record but appends its entry (a consultation, a disclosure):
     * it does not hold up other desks' writes nor tell them the store changed.
     */
    <T> T record(Work<T> work) {
        return run(work, Mode.RECORD);
    }

    /**
     * As {@link #unit}, for work that only reads and records nothing when done (a screen's caseload): a
     * read-only transaction that does not hold up other desks. A refusal is still recorded, in a write of its own.
     */
    <T> T read(Work<T> work) {
        return run(work, Mode.READ);
    }

    private <T> T run(Work<T> work, Mode mode) {
        CheckedWork<T> oneStep = unit -> {
            T result = work.run(unit);
            return done -> result;
        };
        return runChecked(oneStep, mode);
    }

    private <T> T runChecked(CheckedWork<T> work, Mode mode) {
        for (int attempt = 1; ; attempt++) {
            Unit[] started = new Unit[1];
            try {
                Database.Work<T> transaction = connection -> {
                    Unit unit = new Unit(connection);
                    started[0] = unit;
                    return work.check(unit).run(unit);
                };
                return StoreFailures.translated(() -> switch (mode) {
                    case WRITE -> database.write(transaction);
                    case LARGE_WRITE -> database.writeCopyOnWrite(connection -> {
                        Unit unit = new Unit(connection);
                        started[0] = unit;
                        Work<T> writeStep = work.check(unit);
                        return copy -> {
                            unit.moveTo(copy);
                            return writeStep.run(unit);
                        };
                    });
                    case RECORD -> database.inTransaction(transaction);
                    case READ -> database.read(transaction);
                });
            } catch (Refusal refused) {
                append(refused.entry);
                throw refused.refusal;
            } catch (InvalidInputException | NotAllowedException e) {
                throw e;
            } catch (StoreException e) {
                if (attempt < ATTEMPTS_ON_CONFLICT && isUniqueViolation(e)) {
                    continue; // another desk appended to the trail at the same moment: do the unit again
                }
                recordFailure(started[0], e);
                throw e;
            } catch (RuntimeException e) {
                recordFailure(started[0], e);
                throw e;
            }
        }
    }

    private void recordFailure(Unit unit, RuntimeException failure) {
        if (unit == null || unit.current == null) {
            return;
        }
        Operation operation = unit.current;
        String user = unit.actor == null ? "os:" + osUser : unit.actor.auditName();
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        try {
            append(new AuditEntry(0, now(), user, operation.action(), operation.category().code(),
                    unit.currentRecords, message.length() > 500 ? message.substring(0, 500) + "…" : message, null,
                    null, AuditOutcome.FAILED.code(), null));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean isUniqueViolation(StoreException e) {
        return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    /** Appends one entry in a transaction of its own (refusals, failures, failed sign-ins). */
    void append(AuditEntry entry) {
        record(unit -> unit.access.audit().append(entry));
    }

    private static Duration idleLock(CaseloadStore store) throws SQLException {
        return store.settings().find(IDLE_LOCK_SETTING).map(Long::parseLong).map(Duration::ofMinutes)
                .orElse(AccessPolicy.DEFAULT_IDLE_LOCK);
    }

    // ---- sessions ----------------------------------------------------------------------------------------

    /** Result of a sign-in: who, and whether their password must be changed before anything else. */
    record SignedIn(Actor actor, boolean mustChangePassword) {
    }

    /**
     * Checks the password and starts a session. In open mode nobody needs to sign in: returns the open-mode
     * actor. A wrong password counts towards the lockout; every refusal gives the same message, so that it does
     * not tell whether the user name exists.
     */
    SignedIn signIn(String userName, CharSequence password, SessionKind kind, String detail) {
        Object outcome = StoreFailures.translated(() -> database.write(connection -> {
            CaseloadStore store = new CaseloadStore(connection);
            if (store.accounts().count() == 0) {
                return new SignedIn(Actor.openMode(osUser), false);
            }
            Instant now = now();
            Optional<Account> found = store.accounts().find(userName);
            String why;
            if (password == null) {
                why = "no password given";
            } else if (found.isEmpty()) {
                hasher.spendTimeOfOneCheck(password);
                why = "unknown user name";
            } else if (found.get().disabled()) {
                hasher.spendTimeOfOneCheck(password);
                why = "account disabled";
            } else if (found.get().lockedAt(now)) {
                hasher.spendTimeOfOneCheck(password);
                why = "account locked until " + AuditEntry.AT_FORMAT.format(found.get().lockedUntil());
            } else if (!hasher.matches(password, found.get().passwordHash())) {
                Account failed = found.get().withFailedAttempt(now);
                store.accounts().update(failed);
                why = "wrong password" + (failed.lockedAt(now) ? "; account locked for "
                        + AccessPolicy.LOCKOUT.toMinutes() + " minutes" : "");
            } else {
                Account account = found.get().withSignIn(now);
                store.accounts().update(account);
                Actor actor = Actor.of(account);
                if (kind == SessionKind.APP) {
                    store.audit().append(new AuditEntry(0, now, actor.auditName(), Operation.SIGN_IN.action(),
                            Operation.SIGN_IN.category().code(), null, detail, null, null,
                            AuditOutcome.DONE.code(), null));
                }
                session = new Session(account.userName(), kind, now, false, new LinkedHashSet<>());
                return new SignedIn(actor, account.mustChangePassword());
            }
            store.audit().append(new AuditEntry(0, now, userName, Operation.SIGN_IN_FAILED.action(),
                    Operation.SIGN_IN_FAILED.category().code(), null, why, null, null, AuditOutcome.REFUSED.code(),
                    null));
            return why;
        }));
        if (outcome instanceof SignedIn signedIn) {
            return signedIn;
        }
        if (password == null) {
            throw new NotAllowedException("--user", "no password for " + userName + ": set SOC_PLANNER_PASSWORD, use"
                    + " --password-stdin, or run in a console to be asked");
        }
        throw new NotAllowedException("--user", SIGN_IN_REFUSED);
    }

    /** The signed-in user name, or empty in open mode or before sign-in. */
    Optional<String> signedInUser() {
        Session current = session;
        return current == null ? Optional.empty() : Optional.of(current.userName());
    }

    boolean locked() {
        Session current = session;
        return current != null && current.locked();
    }

    /** Notes a screen the app showed, for the entry that ends the session. */
    void screenOpened(String screen) {
        Session current = session;
        if (current != null) {
            current.screens().add(screen);
        }
    }

    /**
     * The user is at the keyboard (the app saw input): an app session that has not yet run out counts it as use,
     * so that typing into an editor for a while without a save does not expire it. Nothing is written.
     */
    void noteActivity() {
        Session current = session;
        if (current != null && !current.locked() && current.kind() == SessionKind.APP) {
            session = current.touched(now());
        }
    }

    /** Ends (or locks) an app session with an entry listing the screens it opened. */
    void endSession(Operation operation) {
        Session current = session;
        if (current == null || current.locked()) {
            return;
        }
        String detail = current.screens().isEmpty() ? "no screens opened"
                : "screens opened: " + String.join(", ", current.screens());
        append(new AuditEntry(0, now(), current.userName(), operation.action(), operation.category().code(), null,
                detail, null, null, AuditOutcome.DONE.code(), null));
        session = operation == Operation.LOCK ? current.locked(true) : null;
    }

    /** Unlocks a locked session with the account's password (a wrong one counts towards the lockout). */
    void unlock(CharSequence password) {
        Session current = session;
        if (current == null) {
            throw new NotAllowedException("sign-in", "no session to unlock: sign in");
        }
        SignedIn again = signIn(current.userName(), password, SessionKind.COMMAND, null);
        session = new Session(current.userName(), current.kind(), now(), false, current.screens());
        append(new AuditEntry(0, now(), again.actor().auditName(), Operation.UNLOCK.action(),
                Operation.UNLOCK.category().code(), null, null, null, null, AuditOutcome.DONE.code(), null));
    }

    List<String> screens() {
        Session current = session;
        return current == null ? List.of() : List.copyOf(current.screens());
    }
}
