package uk.police.soc.caseload.persistence;

/**
 * The server could not be reached, or the connection was lost during a unit of work. The unit was rolled back
 * by the server (a transaction is never half-applied); trying again later may work.
 */
public class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
