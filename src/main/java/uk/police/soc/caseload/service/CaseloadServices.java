package uk.police.soc.caseload.service;

import java.nio.file.Path;

/** Opens the service layer over a store. PLACEHOLDER: the store work fills it in. */
public final class CaseloadServices {

    private CaseloadServices() {
    }

    /**
     * The service over the H2 database at {@code databasePath} (without {@code .mv.db}), created and migrated
     * as needed; {@code null} opens the user's default database.
     */
    public static CaseloadService open(Path databasePath) {
        throw new UnsupportedOperationException("store not yet available");
    }
}
