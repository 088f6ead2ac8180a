package uk.police.soc.caseload.domain.access;

/**
 * Store-wide settings an administrator controls.
 *
 * @param rollingBackups the app keeps a daily backup of the last 7 days beside the database
 * @param idleLockMinutes the app locks itself after this many minutes without input
 */
public record StoreSettings(boolean rollingBackups, int idleLockMinutes) {

    public static final StoreSettings DEFAULTS =
            new StoreSettings(true, (int) AccessPolicy.DEFAULT_IDLE_LOCK.toMinutes());
}
