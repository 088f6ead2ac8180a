package uk.police.soc.caseload.service;

/**
 * The shared store could not be reached, or the connection went during a unit of work, which the server then
 * rolled back: nothing half-written is kept. The desk keeps what the user typed and tries again (exit 1).
 */
public class StoreConnectionLostException extends RuntimeException {

    public StoreConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
