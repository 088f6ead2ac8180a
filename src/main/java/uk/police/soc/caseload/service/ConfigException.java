package uk.police.soc.caseload.service;

/** The app's configuration (the {@code config/} folder) cannot be read; the message names the file and field. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The JSON object of settings in a config file; a ConfigException naming the file when it is not one. */
    static com.fasterxml.jackson.databind.JsonNode readSettings(java.nio.file.Path file, String what) {
        com.fasterxml.jackson.databind.JsonNode settings;
        try {
            settings = uk.police.soc.caseload.dataset.DatasetJson.mapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (settings == null || !settings.isObject()) {
            throw new ConfigException(file + ": must hold a JSON object of " + what);
        }
        return settings;
    }
}
