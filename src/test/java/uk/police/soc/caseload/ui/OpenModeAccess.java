package uk.police.soc.caseload.ui;

import java.util.ArrayList;
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
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.service.SessionKind;

/** The access side of an in-memory store in open mode: everyone may do everything, nothing is kept. */
public class OpenModeAccess implements AccessService {

    private final List<String> disclosures;
    public final List<String> screens = new ArrayList<>();
    private StoreSettings settings = StoreSettings.DEFAULTS;

    public OpenModeAccess(List<String> disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public boolean signInRequired() {
        return false;
    }

    @Override
    public SignInResult signIn(String userName, CharSequence password, SessionKind kind) {
        return new SignInResult(actor(), false);
    }

    @Override
    public Actor actor() {
        return Actor.openMode("tester");
    }

    @Override
    public void signOut() {
    }

    @Override
    public void lock() {
    }

    @Override
    public boolean locked() {
        return false;
    }

    @Override
    public void unlock(CharSequence password) {
    }

    @Override
    public void screenOpened(String screen) {
        screens.add(screen);
    }

    @Override
    public void requireAllowed(Operation operation) {
    }

    @Override
    public void recordConsultation(Operation operation, List<String> records, String detail) {
    }

    @Override
    public void recordDisclosure(Operation operation, Disclosure disclosure, List<String> records, String detail) {
        disclosures.add(operation.action() + ": " + disclosure.justification() + " / " + disclosure.recipient());
    }

    @Override
    public void addAccount(NewAccount account, CharSequence password) {
        throw new UnsupportedOperationException("accounts need a stored database");
    }

    @Override
    public List<Account> accounts() {
        return List.of();
    }

    @Override
    public void setRoles(String userName, Set<Role> roles) {
        throw new UnsupportedOperationException("accounts need a stored database");
    }

    @Override
    public void setEnabled(String userName, boolean enabled) {
        throw new UnsupportedOperationException("accounts need a stored database");
    }

    @Override
    public void resetPassword(String userName, CharSequence newPassword) {
        throw new UnsupportedOperationException("accounts need a stored database");
    }

    @Override
    public void changePassword(CharSequence currentPassword, CharSequence newPassword) {
        throw new UnsupportedOperationException("accounts need a stored database");
    }

    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        return List.of();
    }

    @Override
    public AuditChain.Verification verifyAudit() {
        return AuditChain.verify(List.of());
    }

    @Override
    public List<AuditEntry> exportAudit(AuditQuery query, Disclosure disclosure) {
        disclosures.add("audit.export: " + disclosure.justification() + " / " + disclosure.recipient());
        return List.of();
    }

    @Override
    public StoreSettings settings() {
        return settings;
    }

    @Override
    public void saveSettings(StoreSettings settings) {
        this.settings = settings;
    }
}
