package uk.police.soc.caseload.report.training;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Dates;
import uk.police.soc.caseload.domain.Echo;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.TextFiles;
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

    /**
     * @throws InvalidInputException listing every problem, when any line is bad
     */
    public List<TrainingRecord> read(Reader input) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > TextFiles.MAX_BYTES) {
                    throw new InvalidInputException("file", "too large: more than " + TextFiles.MAX_BYTES / (1024 * 1024)
                            + " MB, which no training system's export comes near (is it the right file?)");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot be read: " + Echo.shortened(String.valueOf(e.getMessage())));
        }
        return read(text.toString());
    }

    /**
     * @throws InvalidInputException listing every problem, when any line is bad
     */
    public List<TrainingRecord> read(String text) {
        Reader input = new StringReader(text);
        LineNumbers lines = new LineNumbers(text);
        List<Problem> problems = new ArrayList<>();
        List<TrainingRecord> records = new ArrayList<>();
        // Spaces around a quoted value ("  \"LRO-CORE\" ") are the spreadsheet's, not the value's.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(format).get()) {
            Map<TrainingRecord.Key, Long> firstLineOf = new HashMap<>();
            boolean headerSeen = false;
            for (CSVRecord row : parser) {
                // A quoted value may hold line breaks, so record numbers are not line numbers: the line is
                // where the record starts in the text.
                long startLine = lines.lineAt(row.getCharacterPosition());
                if (isBlank(row)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    checkHeader(row, startLine, problems);
                    if (!problems.isEmpty()) {
                        break;
                    }
                    continue;
                }
                TrainingRecord record = parseRow(row, startLine, problems);
                if (record != null) {
                    Long earlier = firstLineOf.putIfAbsent(record.key(), startLine);
                    if (earlier != null) {
                        problems.add(new Problem("line " + startLine, "duplicates line " + earlier + " (" + record.officerId()
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
            // Commons CSV says where: "(line 7) invalid char between encapsulated token and delimiter".
            problems.add(new Problem("file", "not readable as CSV: " + Echo.shortened(String.valueOf(e.getMessage()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return records;
    }

    private static boolean isBlank(CSVRecord row) {
        return row.size() == 1 && stripBom(row.get(0)).isBlank();
    }

    private static void checkHeader(CSVRecord row, long line, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        row.forEach(name -> names.add(stripBom(name)));
        if (!names.equals(COLUMNS)) {
            problems.add(new Problem("line " + line, "missing header " + String.join(",", COLUMNS)
                    + " (found " + Echo.quoted(String.join(",", names)) + ")"));
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
            problems.add(new Problem(at + ".officerId", "unknown officer " + Echo.quoted(officerId)));
        }
        if (courseCode.isEmpty()) {
            problems.add(new Problem(at + ".courseCode", "missing"));
        } else if (!courseCodes.contains(courseCode)) {
            problems.add(new Problem(at + ".courseCode", "unknown course " + Echo.quoted(courseCode)));
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
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
            problems.add(new Problem(path, "not a date " + Echo.quoted(text)));
        }
        return date.orElse(null);
    }

    /** The line number of each character offset of a text. */
    private static final class LineNumbers {
        private final List<Integer> lineStarts = new ArrayList<>();

        LineNumbers(String text) {
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    lineStarts.add(i + 1);
                }
            }
        }

        long lineAt(long offset) {
            int index = java.util.Collections.binarySearch(lineStarts, (int) offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1).trim() : text;
    }
}
