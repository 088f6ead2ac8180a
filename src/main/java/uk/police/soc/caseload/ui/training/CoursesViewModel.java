package uk.police.soc.caseload.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/** The courses screen's state: the course list and a form to add a course or change one. */
public class CoursesViewModel extends TrainingScreenViewModel<Void> {

    public static final String NO_CATEGORY = "(no category)";

    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final ObservableList<String> categoryChoices = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty validMonths = new SimpleStringProperty("");
    private final BooleanProperty accreditsLro = new SimpleBooleanProperty(false);
    private final StringProperty category = new SimpleStringProperty(NO_CATEGORY);
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(false);
    private final FormFeedback feedback = new FormFeedback();
    private Caseload caseload;

    /** Follows the workspace's snapshot, like every other screen. */
    public CoursesViewModel(WorkspaceViewModel workspace) {
        super(workspace);
        follow();
    }

    /** The course list needs nothing worked out: the snapshot holds it. */
    @Override
    protected Callable<Void> work(CaseloadSnapshot snapshot) {
        return () -> null;
    }

    @Override
    protected void show(CaseloadSnapshot snapshot, Void nothing) {
        caseload = snapshot.caseload();
        courses.setAll(caseload.courses());
        // A combo box bound to the category clears it when its choices are replaced: keep the form's choice.
        String chosen = category.get();
        List<String> choices = new ArrayList<>();
        choices.add(NO_CATEGORY);
        caseload.categories().stream().map(Category::code).forEach(choices::add);
        categoryChoices.setAll(choices);
        category.set(chosen != null && choices.contains(chosen) ? chosen : NO_CATEGORY);
    }

    public void newCourse() {
        editingExisting.set(false);
        code.set("");
        name.set("");
        validMonths.set("");
        accreditsLro.set(false);
        category.set(NO_CATEGORY);
    }

    public void edit(Course course) {
        editingExisting.set(true);
        code.set(course.code());
        name.set(course.name());
        validMonths.set(course.validMonths() == null ? "" : String.valueOf(course.validMonths()));
        accreditsLro.set(course.accreditsLro());
        category.set(course.category() == null ? NO_CATEGORY : course.category());
    }

    /** Adds the course, or changes the one with the same code. */
    public boolean save() {
        List<Problem> found = new ArrayList<>();
        String courseCode = code.get() == null ? "" : code.get();
        if (courseCode.isBlank()) {
            found.add(new Problem("code", "enter a code, e.g. LRO-CORE"));
        } else if (!courseCode.equals(courseCode.strip()) || courseCode.length() > 64) {
            found.add(new Problem("code", "1 to 64 characters, no leading or trailing space"));
        }
        if (name.get() == null || name.get().isBlank()) {
            found.add(new Problem("name", "enter the course name"));
        }
        Integer months = null;
        String monthsText = validMonths.get() == null ? "" : validMonths.get().strip();
        if (!monthsText.isEmpty()) {
            try {
                months = Integer.valueOf(monthsText);
            } catch (NumberFormatException e) {
                months = 0;
            }
            if (months < 1) {
                found.add(new Problem("validMonths", "a whole number of months, 1 or more, or empty if it never "
                        + "expires (not \"" + monthsText + "\")"));
            }
        }
        if (!editingExisting.get() && caseload.coursesByCode().containsKey(courseCode)) {
            found.add(new Problem("code", "a course " + courseCode + " exists already; choose it to change it"));
        }
        if (!found.isEmpty()) {
            return feedback.fail("Not saved", found);
        }
        Course course = new Course(courseCode, name.get().strip(), months, accreditsLro.get(),
                NO_CATEGORY.equals(category.get()) ? null : category.get());
        try {
            service().saveCourse(course);
        } catch (InvalidInputException e) {
            return feedback.fail("Not saved", e.problems());
        }
        stored();
        edit(course);
        return feedback.succeed("Saved course " + course.code() + ".");
    }

    /** Deletes the course in the form; the store refuses while training records still refer to it. */
    public boolean delete() {
        if (!editingExisting.get()) {
            return false;
        }
        String courseCode = code.get();
        try {
            service().deleteCourse(courseCode);
        } catch (InvalidInputException e) {
            return feedback.fail("Not deleted", e.problems());
        }
        stored();
        newCourse();
        return feedback.succeed("Deleted course " + courseCode + ".");
    }

    /** What the view asks before {@link #delete()}. */
    public String deleteQuestion() {
        return "Delete the course " + code.get() + " (" + name.get() + ")? A course that training records "
                + "still refer to cannot be deleted; delete those records first.";
    }

    /** Validity in words for the course list. */
    public static String validity(Course course) {
        return course.validMonths() == null ? "never expires" : course.validMonths() + " months";
    }

    public ObservableList<Course> courses() {
        return courses;
    }

    public ObservableList<String> categoryChoices() {
        return categoryChoices;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty validMonthsProperty() {
        return validMonths;
    }

    public BooleanProperty accreditsLroProperty() {
        return accreditsLro;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    public FormFeedback feedback() {
        return feedback;
    }
}
