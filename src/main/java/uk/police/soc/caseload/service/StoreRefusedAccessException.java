package uk.police.soc.caseload.service;

/**
 * The store refused this user: a password the PostgreSQL server refuses or none given, a role it does not
 * know, or a database or table the role may not use. Nothing changed (exit 3).
 */
public class StoreRefusedAccessException extends RuntimeException {

    public StoreRefusedAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
