package uk.police.soc.caseload.report.training;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.report.csv.CsvExport;

/**
 * Active officers × courses on the planning date, each cell the officer's standing in that course. A cell is
 * judged by the officer's best record: a valid one that never expires, else the valid one that lasts longest,
 * so that a renewal hides the record it replaces (the same rule as the expiring list of the gap report).
 *
 * @param unit only officers of this unit, or {@code null} for all
 * @param category only courses about this threat category, or {@code null} for all
 */
public record TrainingMatrix(LocalDate asOf, int withinDays, String unit, String category, List<Course> courses,
        List<Row> rows) {

    public TrainingMatrix {
        courses = List.copyOf(courses);
        rows = List.copyOf(rows);
    }

    public record Row(Officer officer, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param expiresOn the expiry of the record the status rests on ({@code null}: never expires, or never taken)
     * @param completedOn the completion of that record, {@code null} when never taken
     */
    public record Cell(String courseCode, TrainingStatus status, LocalDate completedOn, LocalDate expiresOn) {
    }

    public static TrainingMatrix of(Caseload caseload, int withinDays, String unit, String category) {
        CaseloadAssessment assessment = new CaseloadAssessment(caseload);
        List<Course> courses = caseload.courses().stream()
                .filter(c -> category == null || category.equals(c.category()))
                .toList();
        // Grouped once, so that a large force does not scan every record for every cell.
        Map<String, List<TrainingRecord>> recordsByOfficerAndCourse = caseload.trainingRecords().stream()
                .collect(Collectors.groupingBy(r -> r.officerId() + "\u0000" + r.courseCode()));
        List<Row> rows = new ArrayList<>();
        for (Officer officer : caseload.officers()) {
            if (!officer.active() || (unit != null && !unit.equals(officer.unit()))) {
                continue;
            }
            List<Cell> cells = courses.stream()
                    .map(c -> cell(assessment, c, recordsByOfficerAndCourse.getOrDefault(
                            officer.id() + "\u0000" + c.code(), List.of()), withinDays))
                    .toList();
            rows.add(new Row(officer, cells));
        }
        return new TrainingMatrix(caseload.asOf(), withinDays, unit, category, courses, rows);
    }

    /** The cell of one officer and course, from that officer's records of that course. */
    static Cell cell(CaseloadAssessment assessment, Course course, List<TrainingRecord> records, int withinDays) {
        TrainingRecord best = null;
        TrainingRecord latestLapsed = null;
        for (TrainingRecord record : records) {
            if (assessment.isValid(record)) {
                if (best == null || lastsLonger(assessment.expiry(record), assessment.expiry(best))) {
                    best = record;
                }
            } else if (!record.completedOn().isAfter(assessment.asOf())
                    && (latestLapsed == null || assessment.expiry(record).isAfter(assessment.expiry(latestLapsed)))) {
                latestLapsed = record;
            }
        }
        if (best != null) {
            LocalDate expiry = assessment.expiry(best);
            boolean expiring = expiry != null && !expiry.isAfter(assessment.asOf().plusDays(withinDays));
            return new Cell(course.code(), expiring ? TrainingStatus.EXPIRING : TrainingStatus.VALID,
                    best.completedOn(), expiry);
        }
        if (latestLapsed != null) {
            return new Cell(course.code(), TrainingStatus.EXPIRED, latestLapsed.completedOn(),
                    assessment.expiry(latestLapsed));
        }
        return new Cell(course.code(), TrainingStatus.NEVER_TAKEN, null, null);
    }

    private static boolean lastsLonger(LocalDate expiry, LocalDate than) {
        return than != null && (expiry == null || expiry.isAfter(than));
    }

    public Cell cell(String officerId, String courseCode) {
        return rows.stream()
                .filter(r -> r.officer().id().equals(officerId))
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.courseCode().equals(courseCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(officerId + " × " + courseCode + " not in the matrix"));
    }

    /**
     * One line per officer and course: {@code officerId,name,unit,courseCode,status,completedOn,expiresOn},
     * statuses as {@code valid}, {@code expiring}, {@code expired}, {@code neverTaken}.
     */
    public void writeCsv(Writer out) {
        CsvExport csv = CsvExport.start(out, "officerId", "name", "unit", "courseCode", "status", "completedOn",
                "expiresOn");
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                csv.row(row.officer().id(), row.officer().name(), row.officer().unit(), cell.courseCode(),
                        cell.status().code(), cell.completedOn(), cell.expiresOn());
            }
        }
        csv.flush();
    }
}
