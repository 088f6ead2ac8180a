package uk.police.soc.caseload.ui.training;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Problem;

/** What a training screen's last action came to: a sentence with a symbol, and every problem when it failed. */
public final class FormFeedback {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** Always false, so that a command can {@code return feedback.fail(...)}. */
    boolean fail(String summary, List<Problem> found) {
        message.set("✖ " + summary);
        error.set(true);
        problems.setAll(found.stream().map(uk.police.soc.caseload.ui.Formats::problem).toList());
        return false;
    }

    /** Always true. */
    boolean succeed(String summary) {
        message.set("✔ " + summary);
        error.set(false);
        problems.clear();
        return true;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }
}
