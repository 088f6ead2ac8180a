package uk.police.soc.caseload.ui.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.access.AccessPolicy;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.ui.FormErrors;

/**
 * One administrator's form on the Accounts screen: a new account, an account's roles, or a password reset. The
 * service checks the role, the rules (the first account is an administrator, the last administrator stays one)
 * and records the audit entry; this form only asks, and shows its answer beside the field it concerns.
 */
public final class AccountFormViewModel {

    /** What the form does. */
    public enum Purpose { ADD, ROLES, RESET_PASSWORD }

    /** The form's fields, as {@link FormErrors} files problems under them. */
    public static final String USER_NAME = "userName";
    public static final String ROLES = "roles";
    public static final String OFFICER = "officerId";
    public static final String PASSWORD = "password";
    public static final String CONFIRM = "confirmPassword";

    private final AccessService access;
    private final Purpose purpose;
    private final Account account;
    private final List<String> officerChoices;
    private final Function<String, String> officerLabel;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<String> officerId = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmPassword = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final FormErrors errors = new FormErrors();
    private String done = "";

    private AccountFormViewModel(AccessService access, Purpose purpose, Account account, List<String> officerChoices,
            Function<String, String> officerLabel) {
        this.access = access;
        this.purpose = purpose;
        this.account = account;
        this.officerChoices = officerChoices;
        this.officerLabel = officerLabel;
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(account != null && account.roles().contains(role)));
        }
        if (account != null) {
            userName.set(account.userName());
            displayName.set(account.displayName() == null ? "" : account.displayName());
            officerId.set(account.officerId());
        }
    }

    /**
     * A new account; {@code officerChoices} are the officers it may be linked to (null first: no link), each
     * shown as {@code officerLabel} words it. The first account of a store must be an administrator.
     */
    public static AccountFormViewModel adding(AccessService access, List<String> officerChoices,
            Function<String, String> officerLabel, boolean first) {
        AccountFormViewModel form = new AccountFormViewModel(access, Purpose.ADD, null, officerChoices, officerLabel);
        form.roles.get(Role.ADMIN).set(first);
        return form;
    }

    public static AccountFormViewModel changingRoles(AccessService access, Account account) {
        return new AccountFormViewModel(access, Purpose.ROLES, account, List.of(), id -> id);
    }

    public static AccountFormViewModel resettingPassword(AccessService access, Account account) {
        return new AccountFormViewModel(access, Purpose.RESET_PASSWORD, account, List.of(), id -> id);
    }

    public Purpose purpose() {
        return purpose;
    }

    public String title() {
        return switch (purpose) {
            case ADD -> "New account";
            case ROLES -> "Roles of " + account.userName();
            case RESET_PASSWORD -> "Reset the password of " + account.userName();
        };
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<String> officerIdProperty() {
        return officerId;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmPasswordProperty() {
        return confirmPassword;
    }

    /** Whether the account holds {@code role}, one tick box each. */
    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public List<String> officerChoices() {
        return officerChoices;
    }

    /** An officer's name and id, or "no officer" for none. */
    public String officerLabel(String id) {
        return id == null ? "no officer" : officerLabel.apply(id);
    }

    public FormErrors errors() {
        return errors;
    }

    /** What was done, in words, once {@link #save} has succeeded (for the status bar). */
    public String done() {
        return done;
    }

    /** Asks the service to do what the form says; true when done, else the errors say why. */
    public boolean save() {
        errors.clear();
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, held) -> {
            if (held.get()) {
                chosen.add(role);
            }
        });
        // The service checks these too; asked here first, every mistake of the form shows at once.
        if (purpose == Purpose.ADD) {
            AccessPolicy.userNameProblem(userName.get().strip()).ifPresent(problem -> errors.add(USER_NAME, problem));
        }
        if (purpose != Purpose.ROLES) {
            AccessPolicy.passwordProblem(password.get()).ifPresent(problem -> errors.add(PASSWORD, problem));
        }
        if (purpose != Purpose.ROLES && !password.get().equals(confirmPassword.get())) {
            errors.add(CONFIRM, "the two passwords differ: type the same password twice");
        }
        if (purpose != Purpose.RESET_PASSWORD && chosen.isEmpty()) {
            errors.add(ROLES, "tick at least one role");
        }
        if (!errors.isEmpty()) {
            return false;
        }
        try {
            switch (purpose) {
                case ADD -> {
                    String name = userName.get().strip();
                    access.addAccount(new NewAccount(name, FormErrors.blankToNull(displayName.get()), chosen,
                            officerId.get()), password.get());
                    done = "Added the account " + name + " (" + RoleWords.of(chosen) + ")";
                }
                case ROLES -> {
                    access.setRoles(account.userName(), chosen);
                    done = account.userName() + " now holds " + RoleWords.of(chosen);
                }
                case RESET_PASSWORD -> {
                    access.resetPassword(account.userName(), password.get());
                    done = "Reset the password of " + account.userName() + ": it must be changed at the next sign-in";
                }
            }
            password.set("");
            confirmPassword.set("");
            return true;
        } catch (InvalidInputException e) {
            e.problems().forEach(this::file);
            return false;
        } catch (NotAllowedException e) {
            errors.general().add(RoleWords.sentenceAbout(subject(), e.reason()));
            return false;
        } catch (RuntimeException e) {
            // A store that cannot be reached or a change at another desk: said in words, nothing was changed.
            errors.general().add("Nothing was changed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return false;
        }
    }

    /** The account the form is about, as the service's messages name it. */
    private String subject() {
        return account != null ? account.userName() : userName.get().strip();
    }

    /** The service names command-line options; the form shows each problem under its own field. */
    private void file(Problem problem) {
        String field = switch (problem.path()) {
            case "--username" -> purpose == Purpose.ADD ? USER_NAME : null;
            case "--roles" -> ROLES;
            case "--officer" -> OFFICER;
            case "password", "new password" -> PASSWORD;
            default -> null;
        };
        if (field == null) {
            errors.general().add(RoleWords.sentenceAbout(subject(), problem.message()));
        } else {
            errors.add(field, problem.message());
        }
    }
}
