package uk.police.soc.caseload.ui.access;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.service.SessionKind;

/**
 * Signing in to the app (access.md): the user name and password, the service's answer in words, and after an
 * administrator's reset the new password asked twice. The service decides; this only asks and shows.
 */
public class SignInViewModel {

    private final AccessService access;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeatedPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean mustChangePassword;

    public SignInViewModel(AccessService access) {
        this.access = access;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatedPasswordProperty() {
        return repeatedPassword;
    }

    /** Why the last attempt did not sign in, in words; empty when it did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** After a reset the account must set a new password before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Tries the user name and password; true when signed in. */
    public boolean signIn() {
        try {
            mustChangePassword = access.signIn(userName.get().strip(), password.get(), SessionKind.APP)
                    .mustChangePassword();
            problem.set(mustChangePassword ? "Your password was reset: choose a new one (12 characters or more)." : "");
            return true;
        } catch (NotAllowedException e) {
            problem.set(capitalised(e.reason()));
            password.set("");
            return false;
        }
    }

    /** Sets the new password after a reset; true when done. */
    public boolean changePassword() {
        if (!newPassword.get().equals(repeatedPassword.get())) {
            problem.set("The two new passwords differ.");
            return false;
        }
        try {
            access.changePassword(password.get(), newPassword.get());
            mustChangePassword = false;
            problem.set("");
            return true;
        } catch (InvalidInputException e) {
            problem.set(capitalised(e.problems().get(0).message()));
            return false;
        } catch (NotAllowedException e) {
            problem.set(capitalised(e.reason()));
            return false;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
