package uk.police.soc.caseload.service;

/** The app's configuration (the {@code config/} folder) cannot be read; the message names the file and field. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
