package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.BackgroundRunner;

/**
 * What every training screen's state shares: the planning date, and reading the store for it (again whenever
 * the date changes) with a loading flag and a failure message for the view.
 */
public abstract class TrainingScreenViewModel {

    private final CaseloadService service;
    private final StoreReader reader;
    private final ObjectProperty<LocalDate> planningDate;

    /** Reads the store with {@code runner}: in the background in the app, at once in tests. */
    protected TrainingScreenViewModel(CaseloadService service, LocalDate planningDate, BackgroundRunner runner) {
        this.service = service;
        this.reader = new StoreReader(service, runner);
        this.planningDate = new SimpleObjectProperty<>(planningDate);
    }

    /**
     * The first read; a subclass calls it last in its constructor, because with a synchronous runner
     * {@link #show(Caseload)} runs at once and needs the subclass's fields set.
     */
    protected final void startReading() {
        planningDate.addListener((obs, old, day) -> reload());
        reload();
    }

    /** Puts a freshly read caseload on screen; runs on the FX thread. */
    protected abstract void show(Caseload loaded);

    /** Reads the store again, e.g. after records were edited on another screen. */
    public final void reload() {
        reader.read(planningDate.get(), this::show);
    }

    /** True while the store is being read; the view shows a progress indicator. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return reader.loadingProperty();
    }

    /** Why the last read failed, or empty. */
    public ReadOnlyStringProperty loadFailureProperty() {
        return reader.failureProperty();
    }

    public ObjectProperty<LocalDate> planningDateProperty() {
        return planningDate;
    }

    protected LocalDate planningDate() {
        return planningDate.get();
    }

    protected CaseloadService service() {
        return service;
    }
}
