package uk.police.soc.caseload.ui.training;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.ui.DateInput;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.TextFiles;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.report.training.TrainingRecordCsv;
import uk.police.soc.caseload.report.training.TrainingStatus;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The training records screen's state: one officer's records with their standing on the planning date, a form
 * to add or edit one, deletion, and the all-or-nothing CSV import.
 */
public class TrainingRecordsViewModel extends TrainingScreenViewModel<Set<TrainingRecord.Key>> {

    /** A record as listed: its effective expiry (own or from the course) and its standing. */
    public record RecordRow(TrainingRecord record, String course, TrainingStatus status, String statusText,
            LocalDate expiresOn) {
    }

    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> selectedOfficer = new SimpleObjectProperty<>();
    private final ObservableList<RecordRow> records = FXCollections.observableArrayList();
    private final ObjectProperty<Course> formCourse = new SimpleObjectProperty<>();
    private final DateInput formCompletedOn = new DateInput();
    private final DateInput formExpiresOn = new DateInput();
    private final ReadOnlyObjectWrapper<TrainingRecord.Key> editing = new ReadOnlyObjectWrapper<>();
    private final FormFeedback feedback = new FormFeedback();
    private Caseload caseload;
    private CaseloadAssessment assessment;
    private Set<TrainingRecord.Key> expiring = Set.of();

    /** Follows the workspace's snapshot, like every other screen. */
    public TrainingRecordsViewModel(WorkspaceViewModel workspace) {
        super(workspace);
        selectedOfficer.addListener((obs, old, officer) -> {
            showRecords();
            newRecord();
        });
        follow();
    }

    /** The records expiring within the default window, worked out in the background once per snapshot. */
    @Override
    protected Callable<Set<TrainingRecord.Key>> work(CaseloadSnapshot snapshot) {
        return () -> TrainingGaps.expiring(snapshot.assessment(), TrainingGaps.DEFAULT_WITHIN_DAYS).stream()
                .map(e -> new TrainingRecord.Key(e.officerId(), e.courseCode(), e.completedOn()))
                .collect(Collectors.toSet());
    }

    @Override
    protected void show(CaseloadSnapshot snapshot, Set<TrainingRecord.Key> expiringSoon) {
        String selectedId = selectedOfficer.get() == null ? null : selectedOfficer.get().id();
        caseload = snapshot.caseload();
        assessment = snapshot.assessment();
        expiring = expiringSoon;
        courses.setAll(caseload.courses());
        officers.setAll(caseload.officers());
        Officer reselected = selectedId == null ? null : caseload.officersById().get(selectedId);
        if (reselected == null && !officers.isEmpty()) {
            reselected = officers.get(0);
        }
        // An equal officer record fires no change, so the list is refreshed here either way.
        selectedOfficer.set(reselected);
        showRecords();
    }

    private void showRecords() {
        Officer officer = selectedOfficer.get();
        if (officer == null || caseload == null) {
            records.clear();
            return;
        }
        List<RecordRow> rows = new ArrayList<>();
        for (TrainingRecord record : caseload.trainingRecords()) {
            if (record.officerId().equals(officer.id())) {
                rows.add(row(record, expiring.contains(record.key())));
            }
        }
        rows.sort(java.util.Comparator.comparing((RecordRow r) -> r.record().completedOn()).reversed());
        records.setAll(rows);
    }

    private RecordRow row(TrainingRecord record, boolean expiring) {
        LocalDate expiry = assessment.expiry(record);
        Course course = caseload.coursesByCode().get(record.courseCode());
        String courseName = record.courseCode() + (course == null ? "" : " – " + course.name());
        TrainingStatus status;
        String text;
        if (assessment.isValid(record)) {
            status = expiring ? TrainingStatus.EXPIRING : TrainingStatus.VALID;
            text = status.symbol() + " " + (expiring ? "Expiring within " + TrainingGaps.DEFAULT_WITHIN_DAYS + " days"
                    : "Valid");
        } else if (record.completedOn().isAfter(planningDate())) {
            status = TrainingStatus.NEVER_TAKEN;
            text = status.symbol() + " Not yet completed";
        } else {
            status = TrainingStatus.EXPIRED;
            text = status.symbol() + " Expired";
        }
        return new RecordRow(record, courseName, status, text, expiry);
    }

    /** Clears the form for a new record of the selected officer. */
    public void newRecord() {
        editing.set(null);
        formCourse.set(null);
        formCompletedOn.set(null);
        formExpiresOn.set(null);
    }

    public void edit(RecordRow row) {
        TrainingRecord record = row.record();
        editing.set(record.key());
        formCourse.set(caseload.coursesByCode().get(record.courseCode()));
        formCompletedOn.set(record.completedOn());
        formExpiresOn.set(record.expiresOn());
    }

    /** Saves the form; an edit that changes course or completion date replaces the old record. */
    public boolean save() {
        List<Problem> found = new ArrayList<>();
        Officer officer = selectedOfficer.get();
        if (officer == null) {
            found.add(new Problem("officer", "choose an officer"));
        }
        if (formCourse.get() == null) {
            found.add(new Problem("course", "choose a course"));
        }
        LocalDate completedOn = formCompletedOn.value().orElse(null);
        LocalDate expiresOn = formExpiresOn.value().orElse(null);
        if (formCompletedOn.isBlank()) {
            found.add(new Problem("completedOn", "enter the completion date"));
        }
        formCompletedOn.problem().ifPresent(problem -> found.add(new Problem("completedOn", problem)));
        formExpiresOn.problem().ifPresent(problem -> found.add(new Problem("expiresOn", problem)));
        if (completedOn != null && expiresOn != null && expiresOn.isBefore(completedOn)) {
            found.add(new Problem("expiresOn", "before the completion date"));
        }
        if (!found.isEmpty()) {
            return feedback.fail("Not saved", found);
        }
        TrainingRecord record = new TrainingRecord(officer.id(), formCourse.get().code(), completedOn, expiresOn);
        try {
            service().saveTrainingRecord(record);
            TrainingRecord.Key old = editing.get();
            if (old != null && !old.equals(record.key())) {
                service().deleteTrainingRecord(old);
            }
        } catch (InvalidInputException e) {
            return feedback.fail("Not saved", e.problems());
        }
        stored();
        newRecord();
        return feedback.succeed("Saved " + record.courseCode() + " completed " + Formats.date(record.completedOn()) + " for "
                + officer.name() + ".");
    }

    public void delete(RecordRow row) {
        TrainingRecord record = row.record();
        try {
            service().deleteTrainingRecord(record.key());
        } catch (InvalidInputException e) {
            feedback.fail("Not deleted", e.problems());
            return;
        }
        stored();
        newRecord();
        feedback.succeed("Deleted " + record.courseCode() + " completed " + Formats.date(record.completedOn()) + ".");
    }

    public boolean importCsv(Path file) {
        String text;
        try {
            // Capped and strictly UTF-8: a bad byte is reported with its line, not as a Java exception.
            text = TextFiles.readUtf8(file);
        } catch (InvalidInputException e) {
            return feedback.fail("Nothing imported", e.problems());
        }
        return importCsv(new StringReader(text));
    }

    /** Reads and stores a training system's CSV export: every record, or none when any line is bad. */
    public boolean importCsv(Reader in) {
        try {
            List<TrainingRecord> imported = new TrainingRecordCsv(caseload).read(in);
            service().saveTrainingRecords(imported);
            stored();
            return feedback.succeed("Imported " + imported.size() + " training record" + (imported.size() == 1 ? "" : "s")
                    + ".");
        } catch (InvalidInputException e) {
            return feedback.fail("Nothing imported: the file has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "; fix them and import it again", e.problems());
        }
    }

    /** The officer as listed: name, id and accreditation in words. */
    public String describe(Officer officer) {
        String standing = assessment.isAccredited(officer.id()) ? "✔ LRO"
                : assessment.isMentoredTrainee(officer.id()) ? "◐ mentored trainee" : "✖ not accredited";
        return officer.name() + " (" + officer.id() + ")  " + standing + (officer.active() ? "" : ", left");
    }

    public ObservableList<Officer> officers() {
        return officers;
    }

    public ObservableList<Course> courses() {
        return courses;
    }

    public ObjectProperty<Officer> selectedOfficerProperty() {
        return selectedOfficer;
    }

    public ObservableList<RecordRow> records() {
        return records;
    }

    public ObjectProperty<Course> formCourseProperty() {
        return formCourse;
    }

    public DateInput formCompletedOn() {
        return formCompletedOn;
    }

    public DateInput formExpiresOn() {
        return formExpiresOn;
    }

    public ReadOnlyObjectProperty<TrainingRecord.Key> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public FormFeedback feedback() {
        return feedback;
    }
}
