package uk.police.soc.caseload.service;

import java.util.List;
import java.util.Set;
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

/**
 * Accounts, sessions and the audit trail of one store (access.md). Every method checks the acting account in
 * the service layer and records its audit entry in the same transaction; a refusal throws
 * {@link uk.police.soc.caseload.domain.access.NotAllowedException} (changing nothing) after recording an entry
 * with outcome {@code refused}.
 */
public interface AccessService {

    /** False in open mode: the store holds no account. */
    boolean signInRequired();

    /** Result of a sign-in: who, and whether their password must be changed before anything else. */
    record SignInResult(Actor actor, boolean mustChangePassword) {
    }

    /**
     * Checks the password and starts a session ({@code APP}: audited as {@code sign-in}). In open mode returns the
     * open-mode actor. A wrong password counts towards the lockout; every refusal says the same, so it does not
     * tell whether the user name exists.
     */
    SignInResult signIn(String userName, CharSequence password, SessionKind kind);

    /** Who is acting now (the open-mode user, or the signed-in account); refused when nobody may act. */
    Actor actor();

    /** Ends an app session with an entry listing the screens it opened. */
    void signOut();

    /** Locks an app session (an entry lists the screens opened); nothing may be done until {@link #unlock}. */
    void lock();

    boolean locked();

    /**
     * The app saw the user's input: an app session not yet run out counts it as use (the idle lock runs from the
     * last input, not the last save). Writes nothing.
     */
    default void noteActivity() {
    }

    void unlock(CharSequence password);

    /** Notes that the app showed a screen, for the session's closing entry. */
    void screenOpened(String screen);

    /** Refuses (and audits the refusal) now, before long work, when the acting account may not do {@code operation}. */
    void requireAllowed(Operation operation);

    /** Records that the app showed one record's detail (e.g. {@code officer.view}). */
    void recordConsultation(Operation operation, List<String> records, String detail);

    /**
     * Records a disclosure of data the caller already holds (e.g. a CSV export of a screen), before the file is
     * written. In sign-in mode the justification and the recipient are required (invalid input otherwise).
     */
    void recordDisclosure(Operation operation, Disclosure disclosure, List<String> records, String detail);

    // ---- accounts (admin) --------------------------------------------------------------------------------

    /** Creates an account; the first one must hold {@code admin}, and it switches the store to sign-in mode. */
    void addAccount(NewAccount account, CharSequence password);

    /** Every account, without its password hash. */
    List<Account> accounts();

    void setRoles(String userName, Set<Role> roles);

    void setEnabled(String userName, boolean enabled);

    /** Sets a new password that must be changed at the next sign-in; clears a lockout. */
    void resetPassword(String userName, CharSequence newPassword);

    /** The signed-in account's own password. */
    void changePassword(CharSequence currentPassword, CharSequence newPassword);

    // ---- the audit trail (admin) -------------------------------------------------------------------------

    /** The entries the query selects, oldest first; the reading is itself recorded afterwards. */
    List<AuditEntry> audit(AuditQuery query);

    /** Recomputes the whole chain and names the first entry that does not match. */
    AuditChain.Verification verifyAudit();

    /** As {@link #audit}, recorded as a disclosure ({@code audit.export}) before the caller writes the file. */
    List<AuditEntry> exportAudit(AuditQuery query, Disclosure disclosure);

    // ---- settings ----------------------------------------------------------------------------------------

    StoreSettings settings();

    void saveSettings(StoreSettings settings);
}
