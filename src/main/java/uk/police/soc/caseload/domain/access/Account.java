package uk.police.soc.caseload.domain.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who may sign in. The password is kept only as a slow salted hash.
 *
 * @param lockedUntil after 5 wrong passwords in a row, sign-in is refused until then; null when not locked
 * @param mustChangePassword set by an administrator's reset: every operation but changing it is refused
 * @param version optimistic-locking version of the stored row
 */
public record Account(String userName, String displayName, Set<Role> roles, String officerId, String passwordHash,
        boolean mustChangePassword, int failedAttempts, Instant lockedUntil, boolean disabled, Instant lastSignIn,
        Instant createdAt, long version) {

    public Account {
        Objects.requireNonNull(userName, "userName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public Account withRoles(Set<Role> newRoles) {
        return new Account(userName, displayName, newRoles, officerId, passwordHash, mustChangePassword,
                failedAttempts, lockedUntil, disabled, lastSignIn, createdAt, version);
    }

    public Account withDisabled(boolean newDisabled) {
        return new Account(userName, displayName, roles, officerId, passwordHash, mustChangePassword,
                failedAttempts, lockedUntil, newDisabled, lastSignIn, createdAt, version);
    }

    /** A new password; {@code mustChange} after an administrator's reset. Clears a lockout. */
    public Account withPassword(String newHash, boolean mustChange) {
        return new Account(userName, displayName, roles, officerId, newHash, mustChange, 0, null, disabled,
                lastSignIn, createdAt, version);
    }

    /** For showing: the hash never leaves the service. */
    public Account withoutPasswordHash() {
        return new Account(userName, displayName, roles, officerId, null, mustChangePassword, failedAttempts,
                lockedUntil, disabled, lastSignIn, createdAt, version);
    }

    public Account withFailedAttempt(Instant now) {
        int failed = failedAttempts + 1;
        Instant locked = failed >= AccessPolicy.LOCKOUT_ATTEMPTS ? now.plus(AccessPolicy.LOCKOUT) : lockedUntil;
        return new Account(userName, displayName, roles, officerId, passwordHash, mustChangePassword,
                failed >= AccessPolicy.LOCKOUT_ATTEMPTS ? 0 : failed, locked, disabled, lastSignIn, createdAt, version);
    }

    public Account withSignIn(Instant now) {
        return new Account(userName, displayName, roles, officerId, passwordHash, mustChangePassword, 0, null,
                disabled, now, createdAt, version);
    }
}
