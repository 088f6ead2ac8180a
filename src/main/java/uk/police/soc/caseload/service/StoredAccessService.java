package uk.police.soc.caseload.service;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.access.AccessPolicy;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.Actor;
import uk.police.soc.caseload.domain.access.AuditChain;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditQuery;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.domain.access.StoreSettings;
import uk.police.soc.caseload.persistence.CaseloadStore;

/** Accounts, sessions and the audit trail over the store, each operation one {@link Guard.Unit}. */
final class StoredAccessService implements AccessService {

    static final String ROLLING_BACKUPS_SETTING = "rolling-backups";

    private final Guard guard;
    private final Runnable checkOpen;

    StoredAccessService(Guard guard, Runnable checkOpen) {
        this.guard = guard;
        this.checkOpen = checkOpen;
    }

    @Override
    public boolean signInRequired() {
        checkOpen.run();
        return StoreFailures.translated(() -> guard.database().read(connection ->
                new CaseloadStore(connection).accounts().count() > 0));
    }

    @Override
    public SignInResult signIn(String userName, CharSequence password, SessionKind kind) {
        checkOpen.run();
        Guard.SignedIn signedIn = guard.signIn(userName, password, kind,
                kind == SessionKind.APP ? "desktop app" : "command line");
        return new SignInResult(signedIn.actor(), signedIn.mustChangePassword());
    }

    @Override
    public Actor actor() {
        checkOpen.run();
        return guard.read(unit -> unit.require(Operation.READ));
    }

    @Override
    public void signOut() {
        guard.endSession(Operation.SIGN_OUT);
    }

    @Override
    public void lock() {
        guard.endSession(Operation.LOCK);
    }

    @Override
    public void noteActivity() {
        guard.noteActivity();
    }

    @Override
    public boolean locked() {
        return guard.locked();
    }

    @Override
    public void unlock(CharSequence password) {
        checkOpen.run();
        guard.unlock(password);
    }

    @Override
    public void screenOpened(String screen) {
        guard.screenOpened(screen);
    }

    @Override
    public void requireAllowed(Operation operation) {
        checkOpen.run();
        guard.read(unit -> unit.require(operation));
    }

    @Override
    public void recordConsultation(Operation operation, List<String> records, String detail) {
        checkOpen.run();
        String ids = records == null ? null : AuditRecords.ids(records);
        guard.record(unit -> {
            unit.require(operation, ids, detail);
            return unit.record(operation, ids, detail);
        });
    }

    @Override
    public void recordDisclosure(Operation operation, Disclosure disclosure, List<String> records, String detail) {
        checkOpen.run();
        String ids = records == null ? null : AuditRecords.ids(records);
        guard.record(unit -> {
            requireReasonForDisclosure(unit, operation, disclosure);
            unit.require(operation, ids, detail);
            return unit.record(operation, ids, detail, disclosure);
        });
    }

    /** In sign-in mode a disclosure must say why and for whom (s.62): without them it is invalid input. */
    static void requireReasonForDisclosure(Guard.Unit unit, Operation operation, Disclosure disclosure)
            throws SQLException {
        if (!operation.isDisclosure() || unit.openMode()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        if (disclosure.justification() == null) {
            problems.add(new Problem("--reason", "a disclosure needs a justification in sign-in mode: say why the"
                    + " data leaves the planner"));
        }
        if (disclosure.recipient() == null) {
            problems.add(new Problem("--recipient", "a disclosure needs a recipient in sign-in mode: say who the"
                    + " data is for"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    // ---- accounts ----------------------------------------------------------------------------------------

    @Override
    public void addAccount(NewAccount account, CharSequence password) {
        checkOpen.run();
        checkUserName(account.userName());
        checkPassword("password", password);
        String ids = AuditRecords.ids(List.of(account.userName()));
        guard.unit(unit -> {
            unit.require(Operation.USERS_ADD, ids, null);
            CaseloadStore store = unit.store();
            boolean first = store.accounts().count() == 0;
            if (account.roles().isEmpty()) {
                throw new InvalidInputException("--roles", "give at least one role");
            }
            if (first && !account.roles().contains(Role.ADMIN)) {
                throw new InvalidInputException("--roles", "the first account must hold the admin role, so that"
                        + " someone can manage accounts once sign-in is required");
            }
            if (store.accounts().find(account.userName()).isPresent()) {
                throw new InvalidInputException("--username", "an account named " + account.userName()
                        + " already exists");
            }
            if (account.officerId() != null
                    && store.officers().findAll().stream().noneMatch(o -> o.id().equals(account.officerId()))) {
                throw new InvalidInputException("--officer", "no officer with id " + account.officerId());
            }
            store.accounts().insert(new Account(account.userName(), account.displayName(), account.roles(),
                    account.officerId(), guard.hasher().hash(password), false, 0, null, false, null, guard.now(), 0));
            return unit.record(Operation.USERS_ADD, ids, account.userName() + " with roles "
                    + Role.codes(account.roles()) + (account.officerId() == null ? "" : ", linked to officer "
                    + account.officerId()) + (first ? "; the database now requires sign-in" : ""));
        });
    }

    @Override
    public List<Account> accounts() {
        checkOpen.run();
        return guard.record(unit -> {
            unit.require(Operation.USERS_LIST);
            List<Account> accounts = unit.store().accounts().findAll().stream()
                    .map(Account::withoutPasswordHash).toList();
            unit.record(Operation.USERS_LIST, null, accounts.size() + " accounts listed");
            return accounts;
        });
    }

    @Override
    public void setRoles(String userName, Set<Role> roles) {
        checkOpen.run();
        String ids = AuditRecords.ids(List.of(userName));
        guard.unit(unit -> {
            unit.require(Operation.USERS_SET_ROLES, ids, null);
            Account account = existing(unit.store(), userName);
            if (roles.isEmpty()) {
                throw new InvalidInputException("--roles", "give at least one role");
            }
            if (account.isAdmin() && !roles.contains(Role.ADMIN) && !account.disabled()) {
                requireAnotherEnabledAdmin(unit.store(), userName, "lose the admin role");
            }
            update(unit.store(), account.withRoles(roles));
            return unit.record(Operation.USERS_SET_ROLES, ids, userName + ": " + Role.codes(account.roles())
                    + " → " + Role.codes(roles));
        });
    }

    @Override
    public void setEnabled(String userName, boolean enabled) {
        checkOpen.run();
        Operation operation = enabled ? Operation.USERS_ENABLE : Operation.USERS_DISABLE;
        String ids = AuditRecords.ids(List.of(userName));
        guard.unit(unit -> {
            unit.require(operation, ids, null);
            Account account = existing(unit.store(), userName);
            if (!enabled && account.isAdmin() && !account.disabled()) {
                requireAnotherEnabledAdmin(unit.store(), userName, "be disabled");
            }
            update(unit.store(), account.withDisabled(!enabled));
            return unit.record(operation, ids, userName + (enabled ? " enabled" : " disabled"));
        });
    }

    @Override
    public void resetPassword(String userName, CharSequence newPassword) {
        checkOpen.run();
        checkPassword("new password", newPassword);
        String ids = AuditRecords.ids(List.of(userName));
        guard.unit(unit -> {
            unit.require(Operation.USERS_RESET_PASSWORD, ids, null);
            Account account = existing(unit.store(), userName);
            update(unit.store(), account.withPassword(guard.hasher().hash(newPassword), true));
            return unit.record(Operation.USERS_RESET_PASSWORD, ids, userName + ": password reset; it must be"
                    + " changed at the next sign-in");
        });
    }

    @Override
    public void changePassword(CharSequence currentPassword, CharSequence newPassword) {
        checkOpen.run();
        checkPassword("new password", newPassword);
        Actor actor = guard.read(unit -> unit.require(Operation.USERS_CHANGE_PASSWORD));
        if (actor.openMode()) {
            throw new InvalidInputException("--user", "this database has no accounts (open mode): there is no"
                    + " password to change");
        }
        // The current password is checked like a sign-in: a wrong one counts towards the lockout.
        guard.signIn(actor.userName(), currentPassword, SessionKind.COMMAND, null);
        String ids = AuditRecords.ids(List.of(actor.userName()));
        guard.unit(unit -> {
            unit.require(Operation.USERS_CHANGE_PASSWORD, ids, null);
            Account account = existing(unit.store(), actor.userName());
            if (guard.hasher().matches(newPassword, account.passwordHash())) {
                throw new InvalidInputException("new password", "choose a password different from the current one");
            }
            update(unit.store(), account.withPassword(guard.hasher().hash(newPassword), false));
            return unit.record(Operation.USERS_CHANGE_PASSWORD, ids, actor.userName() + " changed their password");
        });
    }

    private static Account existing(CaseloadStore store, String userName) throws SQLException {
        return store.accounts().find(userName).orElseThrow(() ->
                new InvalidInputException("--username", "no account named " + userName));
    }

    private static void update(CaseloadStore store, Account account) throws SQLException {
        if (!store.accounts().update(account)) {
            throw new ConcurrentChangeException("account " + account.userName()
                    + " was changed at another desk meanwhile: nothing was changed; look again and retry");
        }
    }

    /** Sign-in mode never locks everyone out: the last enabled admin keeps the role. */
    private static void requireAnotherEnabledAdmin(CaseloadStore store, String userName, String what)
            throws SQLException {
        boolean another = store.accounts().findAll().stream()
                .anyMatch(a -> !a.userName().equals(userName) && a.isAdmin() && !a.disabled());
        if (!another) {
            throw new InvalidInputException("--username", userName + " is the last enabled administrator and"
                    + " cannot " + what + ": give another account the admin role first");
        }
    }

    private static void checkUserName(String userName) {
        AccessPolicy.userNameProblem(userName).ifPresent(problem -> {
            throw new InvalidInputException("--username", problem);
        });
    }

    private static void checkPassword(String path, CharSequence password) {
        AccessPolicy.passwordProblem(password).ifPresent(problem -> {
            throw new InvalidInputException(path, problem);
        });
    }

    // ---- the audit trail ---------------------------------------------------------------------------------

    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        return readAudit(Operation.AUDIT, query, Disclosure.NONE);
    }

    @Override
    public List<AuditEntry> exportAudit(AuditQuery query, Disclosure disclosure) {
        return readAudit(Operation.AUDIT_EXPORT, query, disclosure);
    }

    private List<AuditEntry> readAudit(Operation operation, AuditQuery query, Disclosure disclosure) {
        checkOpen.run();
        return guard.record(unit -> {
            requireReasonForDisclosure(unit, operation, disclosure);
            unit.require(operation, null, query.describe());
            List<AuditEntry> selected = new ArrayList<>();
            unit.store().audit().forEach(entry -> {
                if (query.matchesIgnoringRecord(entry)
                        && (query.record() == null || AuditRecords.mentions(entry.records(), query.record()))) {
                    selected.add(entry);
                }
            });
            unit.record(operation, null, query.describe() + ": " + selected.size() + " entries", disclosure);
            return selected;
        });
    }

    @Override
    public AuditChain.Verification verifyAudit() {
        checkOpen.run();
        return guard.record(unit -> {
            unit.require(Operation.AUDIT_VERIFY);
            AuditChain.Verification verification = AuditChain.verify(unit.store().audit().findAll());
            unit.record(Operation.AUDIT_VERIFY, null, verification.holds()
                    ? "the chain holds: " + verification.entries() + " entries"
                    : "the chain is broken at entry " + verification.firstBadSeq().orElseThrow() + ": "
                            + verification.problem());
            return verification;
        });
    }

    // ---- settings ----------------------------------------------------------------------------------------

    @Override
    public StoreSettings settings() {
        checkOpen.run();
        return guard.read(unit -> {
            unit.require(Operation.READ);
            return read(unit.store());
        });
    }

    static StoreSettings read(CaseloadStore store) throws SQLException {
        Optional<String> rolling = store.settings().find(ROLLING_BACKUPS_SETTING);
        Optional<String> idle = store.settings().find(Guard.IDLE_LOCK_SETTING);
        return new StoreSettings(rolling.map(Boolean::parseBoolean).orElse(StoreSettings.DEFAULTS.rollingBackups()),
                idle.map(Integer::parseInt).orElse(StoreSettings.DEFAULTS.idleLockMinutes()));
    }

    @Override
    public void saveSettings(StoreSettings settings) {
        checkOpen.run();
        if (settings.idleLockMinutes() < 1 || settings.idleLockMinutes() > 24 * 60) {
            throw new InvalidInputException("idleLockMinutes", "between 1 and 1440 minutes");
        }
        guard.unit(unit -> {
            unit.require(Operation.SETTING_CHANGE);
            StoreSettings before = read(unit.store());
            unit.store().settings().save(ROLLING_BACKUPS_SETTING, Boolean.toString(settings.rollingBackups()));
            unit.store().settings().save(Guard.IDLE_LOCK_SETTING, Integer.toString(settings.idleLockMinutes()));
            return unit.record(Operation.SETTING_CHANGE, null, "rolling backups " + (settings.rollingBackups()
                    ? "on" : "off") + ", idle lock after " + settings.idleLockMinutes() + " minutes (before: "
                    + (before.rollingBackups() ? "on" : "off") + ", " + before.idleLockMinutes() + " minutes)");
        });
    }

    /** Thrown when an account changed at another desk between reading and saving (exit 1). */
    static final class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException(String message) {
            super(message);
        }
    }
}
