package uk.police.soc.caseload.ui.access;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.service.AccessService;

/**
 * The app's lock after a spell without input (access.md: 15 minutes unless an administrator sets otherwise): the
 * session is locked in the service, so nothing can be read or changed until the same user gives the password
 * again; the windows and what is typed in them stay as they are. Open mode has nobody to lock.
 */
public final class IdleLockViewModel {

    private final java.util.function.Supplier<AccessService> accessShown;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final String userName;

    /** {@code accessShown}: the access of the database the window shows now (another may be opened later). */
    public IdleLockViewModel(java.util.function.Supplier<AccessService> accessShown) {
        this.accessShown = accessShown;
        AccessService access = accessShown.get();
        // Asked now, while the session is fresh: once it has run out the service no longer says who it was.
        this.userName = access.signInRequired() ? access.actor().userName() : "";
    }

    /** The user pressed a key or used the mouse: the service's session counts it as use. */
    public void activity() {
        accessShown.get().noteActivity();
    }

    /** How long without input before the app locks: the database's setting; the default in open mode. */
    public Duration idleLimit() {
        AccessService access = accessShown.get();
        int minutes = access.signInRequired() ? access.settings().idleLockMinutes()
                : uk.police.soc.caseload.domain.access.StoreSettings.DEFAULTS.idleLockMinutes();
        return Duration.ofMinutes(minutes);
    }

    /** Locks the session now (audited as {@code lock}); false when there is nobody signed in to lock. */
    public boolean lock() {
        AccessService access = accessShown.get();
        if (locked.get() || !access.signInRequired()) {
            return false;
        }
        access.lock();
        problem.set("");
        locked.set(true);
        return true;
    }

    /** Unlocks with the signed-in user's password; false, saying why, when it is wrong. */
    public boolean unlock(String password) {
        try {
            accessShown.get().unlock(password);
            problem.set("");
            locked.set(false);
            return true;
        } catch (NotAllowedException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /** Who must unlock, for the lock dialog. */
    public String userName() {
        return userName;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
