package uk.police.soc.caseload.persistence;

/** Another process (the desktop app, a command) held the database file for longer than we waited. */
public class StoreInUseException extends StoreException {

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
