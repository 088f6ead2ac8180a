package uk.police.soc.caseload.service;

import java.util.function.Supplier;
import uk.police.soc.caseload.persistence.StoreAccessDeniedException;
import uk.police.soc.caseload.persistence.StoreUnavailableException;

/** The store's refusals and lost connections, as the layers above know them. */
final class StoreFailures {

    private StoreFailures() {
    }

    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreAccessDeniedException e) {
            throw new StoreRefusedAccessException(e.getMessage(), e);
        } catch (StoreUnavailableException e) {
            throw new StoreConnectionLostException(e.getMessage(), e);
        }
    }
}
