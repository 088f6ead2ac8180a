package uk.police.soc.caseload.domain.access;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of sign-in mode (access.md), defined once. */
public final class AccessPolicy {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Wrong passwords in a row that lock an account. */
    public static final int LOCKOUT_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** The app locks itself after this long without input, unless the store's setting says otherwise. */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private AccessPolicy() {
    }

    /** Why {@code password} may not be used, or empty when it may. */
    public static Optional<String> passwordProblem(CharSequence password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.toString().isBlank()) {
            return Optional.of("a password cannot be only spaces");
        }
        return Optional.empty();
    }

    /** Why {@code userName} may not be used, or empty when it may. */
    public static Optional<String> userNameProblem(String userName) {
        if (userName == null || !USER_NAME.matcher(userName).matches()) {
            return Optional.of("a user name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
                    + " digit");
        }
        return Optional.empty();
    }
}
