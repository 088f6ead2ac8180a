package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.BackgroundRunner;

/**
 * Reads the store for a training screen away from the FX thread, so that a national-sized force never freezes
 * the window. Only the latest read is shown: a planning date changed twice quickly shows the second date.
 */
final class StoreReader {

    private final CaseloadService service;
    private final BackgroundRunner runner;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private long generation;

    StoreReader(CaseloadService service, BackgroundRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    void read(LocalDate day, Consumer<Caseload> show) {
        long mine = ++generation;
        loading.set(true);
        runner.run(() -> service.load(day), caseload -> {
            if (mine == generation) {
                failure.set("");
                show.accept(caseload);
                loading.set(false);
            }
        }, error -> {
            if (mine == generation) {
                loading.set(false);
                failure.set("Could not read the training records: "
                        + (error.getMessage() == null ? error.toString() : error.getMessage()));
            }
        });
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
