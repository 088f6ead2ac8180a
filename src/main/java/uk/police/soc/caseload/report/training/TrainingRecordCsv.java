package uk.police.soc.caseload.report.training;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.TrainingRecord;

/**
 * Reads a training system's CSV export, {@code officerId,courseCode,completedOn,expiresOn} with a header line,
 * into training records checked against the officers and courses on record. Every problem is reported with its
 * line number ({@code line 4.completedOn: not a date "2021-02-30"}); a file with any problem yields no records,
 * so that an import is all or nothing.
 */
public final class TrainingRecordCsv {

    public static final List<String> COLUMNS = List.of("officerId", "courseCode", "completedOn", "expiresOn");

    private final Set<String> officerIds;
    private final Set<String> courseCodes;

    /** Checks references against the officers and courses of {@code known}. */
    public TrainingRecordCsv(Caseload known) {
        this.officerIds = known.officersById().keySet();
        this.courseCodes = known.coursesByCode().keySet();
    }

    public List<TrainingRecord> read(String text) {
        return read(new StringReader(text));
    }

    /**
     * @throws InvalidInputException listing every problem, when any line is bad
     */
    public List<TrainingRecord> read(Reader input) {
        List<Problem> problems = new ArrayList<>();
        List<TrainingRecord> records = new ArrayList<>();
        // Empty lines are kept as records so that record numbers stay line numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(format).get()) {
            Map<TrainingRecord.Key, Long> firstLineOf = new HashMap<>();
            boolean headerSeen = false;
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber();
                if (isBlank(row)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    checkHeader(row, problems);
                    if (!problems.isEmpty()) {
                        break;
                    }
                    continue;
                }
                TrainingRecord record = parseRow(row, line, problems);
                if (record != null) {
                    Long earlier = firstLineOf.putIfAbsent(record.key(), line);
                    if (earlier != null) {
                        problems.add(new Problem("line " + line, "duplicates line " + earlier + " (" + record.officerId()
                                + ", " + record.courseCode() + ", completed " + record.completedOn() + ")"));
                    } else {
                        records.add(record);
                    }
                }
            }
            if (!headerSeen) {
                problems.add(new Problem("line 1", "missing header " + String.join(",", COLUMNS)));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem("file", "not readable as CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return records;
    }

    private static boolean isBlank(CSVRecord row) {
        return row.size() == 1 && stripBom(row.get(0)).isBlank();
    }

    private static void checkHeader(CSVRecord row, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        row.forEach(name -> names.add(stripBom(name)));
        if (!names.equals(COLUMNS)) {
            problems.add(new Problem("line " + row.getRecordNumber(), "missing header " + String.join(",", COLUMNS)
                    + " (found \"" + String.join(",", names) + "\")"));
        }
    }

    private TrainingRecord parseRow(CSVRecord row, long line, List<Problem> problems) {
        String at = "line " + line;
        if (row.size() != COLUMNS.size()) {
            problems.add(new Problem(at, "expected " + COLUMNS.size() + " fields, found " + row.size()));
            return null;
        }
        int before = problems.size();
        String officerId = row.get(0);
        String courseCode = row.get(1);
        if (officerId.isEmpty()) {
            problems.add(new Problem(at + ".officerId", "missing"));
        } else if (!officerIds.contains(officerId)) {
            problems.add(new Problem(at + ".officerId", "unknown officer \"" + officerId + "\""));
        }
        if (courseCode.isEmpty()) {
            problems.add(new Problem(at + ".courseCode", "missing"));
        } else if (!courseCodes.contains(courseCode)) {
            problems.add(new Problem(at + ".courseCode", "unknown course \"" + courseCode + "\""));
        }
        LocalDate completedOn = date(row.get(2), at + ".completedOn", true, problems);
        LocalDate expiresOn = date(row.get(3), at + ".expiresOn", false, problems);
        if (completedOn != null && expiresOn != null && expiresOn.isBefore(completedOn)) {
            problems.add(new Problem(at + ".expiresOn", "before completedOn (" + expiresOn + " < " + completedOn + ")"));
        }
        return problems.size() == before ? new TrainingRecord(officerId, courseCode, completedOn, expiresOn) : null;
    }

    private static LocalDate date(String text, String path, boolean required, List<Problem> problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(new Problem(path, "missing"));
            }
            return null;
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2021-02-30 is rejected, not moved to March.
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, "not a date \"" + text + "\""));
            return null;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1).trim() : text;
    }
}
