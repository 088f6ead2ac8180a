package uk.police.soc.caseload.persistence;

/** The store could not be read or written; the unit of work that met it was rolled back. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
