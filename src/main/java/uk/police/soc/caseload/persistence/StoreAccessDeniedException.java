package uk.police.soc.caseload.persistence;

/**
 * The store refused us: a password the server refuses or none given, a role it does not know, or a database
 * the role may not use. Not the user's input and not a fault: they are not allowed (exit 3).
 */
public class StoreAccessDeniedException extends StoreException {

    public StoreAccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
