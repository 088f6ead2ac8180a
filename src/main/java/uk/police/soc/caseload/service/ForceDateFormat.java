package uk.police.soc.caseload.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import uk.police.soc.caseload.domain.DateWords;

/**
 * The one way the force writes dates on screen and types them into the app: a pattern such as
 * {@code dd/MM/yyyy} (the default), set in {@code config/display.json}. It never depends on the machine's
 * locale, and it is strict: text that is not a real date in this pattern does not parse (31/02/2022, 2022-03-01,
 * 3/28/2022 are refused rather than read as another date). Typing may leave out leading zeros (1/3/2022).
 * Years are 0001 to 9999, as in a dataset.
 */
public final class ForceDateFormat implements DateWords {

    public static final String DEFAULT_PATTERN = "dd/MM/yyyy";
    static final String FILE_NAME = "display.json";
    static final String SETTING = "dateFormat";

    private static volatile ForceDateFormat configured;

    private final String pattern;
    private final DateTimeFormatter display;
    private final DateTimeFormatter typed;

    private ForceDateFormat(String pattern) {
        this.pattern = pattern;
        // "uuuu" rather than "yyyy": a strict resolver needs an era with "yyyy".
        String strict = pattern.replace('y', 'u');
        this.display = DateTimeFormatter.ofPattern(strict, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
        // Parsing accepts one or two digits for day and month, so 1/3/2022 reads as 01/03/2022.
        String lenientWidths = strict.replace("dd", "d").replace("MM", "M");
        this.typed = DateTimeFormatter.ofPattern(lenientWidths, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The default pattern, whatever the configuration: for tests and for code that must not read files. */
    public static ForceDateFormat standard() {
        return new ForceDateFormat(DEFAULT_PATTERN);
    }

    /** A format from a pattern; a ConfigException when it is not a pattern that writes and reads whole dates. */
    public static ForceDateFormat of(String pattern, String source) {
        ForceDateFormat format;
        try {
            format = new ForceDateFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + SETTING + ": \"" + pattern + "\" is not a date pattern ("
                    + e.getMessage() + ")");
        }
        // A pattern must give back the date it wrote (it needs a day, a month and a year, and no time).
        LocalDate probe = LocalDate.of(2022, 3, 28);
        String written;
        try {
            written = format.format(probe);
        } catch (RuntimeException e) {
            throw new ConfigException(source + ": " + SETTING + ": \"" + pattern
                    + "\" must hold only a day, a month and a year, e.g. dd/MM/yyyy");
        }
        if (!format.parse(written).filter(probe::equals).isPresent()) {
            throw new ConfigException(source + ": " + SETTING + ": \"" + pattern
                    + "\" must hold a day, a month and a year, e.g. dd/MM/yyyy");
        }
        return format;
    }

    /** The format configured for this installation (read once): {@code config/display.json} or the default. */
    public static ForceDateFormat configured() {
        ForceDateFormat current = configured;
        if (current == null) {
            current = load(System.getProperty(PolicyConfig.PROPERTY), Path.of(""));
            configured = current;
        }
        return current;
    }

    static ForceDateFormat load(String configuredFolder, Path workingDirectory) {
        Path folder = configuredFolder != null && !configuredFolder.isBlank()
                ? folderOf(Path.of(configuredFolder)) : workingDirectory.resolve("config");
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : standard();
    }

    private static Path folderOf(Path configured) {
        // soc.config may name the policy file itself; the display settings sit beside it.
        if (Files.isDirectory(configured)) {
            return configured;
        }
        Path parent = configured.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** The settings in {@code file}; a ConfigException naming the file and the setting when they are wrong. */
    public static ForceDateFormat read(Path file) {
        JsonNode settings = ConfigException.readSettings(file, "display settings");
        for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(SETTING)) {
                throw new ConfigException(file + ": " + name + ": unknown setting (known: " + SETTING + ")");
            }
        }
        JsonNode value = settings.get(SETTING);
        if (value == null) {
            return standard();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ConfigException(file + ": " + SETTING + ": must be a pattern such as \"dd/MM/yyyy\"");
        }
        return of(value.asText().trim(), file.toString());
    }

    /** The pattern as configured, e.g. dd/MM/yyyy. */
    public String pattern() {
        return pattern;
    }

    /** What a user is told to type, e.g. dd/mm/yyyy. */
    public String hint() {
        return pattern.toLowerCase(Locale.ROOT);
    }

    /** The date as the force writes it; empty for none. */
    public String format(LocalDate date) {
        return date == null ? "" : display.format(date);
    }

    @Override
    public String write(LocalDate date) {
        return format(date);
    }

    /** The date the text names in this format, or empty when it does not name one (blank included). */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.from(typed.parse(text.trim()));
            int year = date.get(ChronoField.YEAR);
            return year < 1 || year > 9999 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            // Not a date in this pattern, or (for a pattern without a day) not a whole date.
            return Optional.empty();
        }
    }

    /** Why text is not a date, in words a user can act on, e.g. "31/02/2022" is not a date (dd/mm/yyyy). */
    public String problem(String text) {
        return "\"" + text.trim() + "\" is not a date; type it as " + hint() + ", e.g. " + format(LocalDate.of(2022, 3, 28));
    }
}
