package uk.police.soc.caseload.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Set;
import uk.police.soc.caseload.dataset.DatasetJson;

/**
 * Settings of the force itself: {@code config/force.json}, beside {@code policy.json} (see
 * {@code config/README.md}). The time zone decides which calendar day a change belongs to in the workload
 * history; the unit's name heads the inspection report.
 *
 * @param unitName the unit's name as the report's cover gives it
 * @param timeZone the force's time zone (default {@code Europe/London})
 */
public record ForceConfig(String unitName, ZoneId timeZone) {

    public static final ForceConfig DEFAULTS =
            new ForceConfig("Serious and Organised Crime Unit", ZoneId.of("Europe/London"));
    static final String FILE_NAME = "force.json";
    private static final Set<String> FIELDS = Set.of("unitName", "timeZone");

    /** The configured settings: {@code force.json} in the folder of {@link PolicyConfig}; defaults without it. */
    public static ForceConfig load() {
        return load(System.getProperty(PolicyConfig.PROPERTY), Path.of(""));
    }

    static ForceConfig load(String configuredFolder, Path workingDirectory) {
        Path folder;
        if (configuredFolder != null && !configuredFolder.isBlank()) {
            Path configured = Path.of(configuredFolder);
            folder = Files.isDirectory(configured) ? configured : configured.toAbsolutePath().getParent();
        } else {
            folder = workingDirectory.resolve("config");
        }
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : DEFAULTS;
    }

    /** The settings in {@code file}; a {@link ConfigException} naming the file and the bad setting. */
    public static ForceConfig read(Path file) {
        JsonNode settings;
        try {
            settings = DatasetJson.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (settings == null || !settings.isObject()) {
            throw new ConfigException(file + ": must hold a JSON object of force settings");
        }
        for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ConfigException(file + ": " + name + ": unknown setting (expected unitName, timeZone)");
            }
        }
        String unitName = DEFAULTS.unitName();
        if (settings.has("unitName")) {
            if (!settings.get("unitName").isTextual() || settings.get("unitName").asText().isBlank()) {
                throw new ConfigException(file + ": unitName: must be a non-empty text");
            }
            unitName = settings.get("unitName").asText();
        }
        ZoneId zone = DEFAULTS.timeZone();
        if (settings.has("timeZone")) {
            try {
                zone = ZoneId.of(settings.get("timeZone").asText());
            } catch (DateTimeException e) {
                throw new ConfigException(file + ": timeZone: not a time zone: " + settings.get("timeZone")
                        + " (expected e.g. \"Europe/London\")", e);
            }
        }
        return new ForceConfig(unitName, zone);
    }
}
