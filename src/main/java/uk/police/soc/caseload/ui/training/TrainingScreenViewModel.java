package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * What every training screen's state shares, and the pattern of every other screen: it shows the workspace's
 * snapshot (read once per refresh, off the FX thread, by {@link WorkspaceViewModel#refresh()}) and never reads
 * the store itself. What a screen works out from the snapshot (a matrix, a gap report) is worked out in the
 * background too, again when a filter changes, and only the latest result is shown: typing 9, 0 into a window
 * field never shows the figures for 9 after those for 90. Writes go through the service (roles and audit) and
 * then refresh the workspace, so every screen, training or not, shows them.
 *
 * @param <F> what the screen works out from a snapshot
 */
public abstract class TrainingScreenViewModel<F> {

    private final WorkspaceViewModel workspace;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> planningDate = new ReadOnlyObjectWrapper<>();
    private final BooleanExpression loading;
    private CaseloadSnapshot shown;
    private boolean showing = true;
    private boolean stale;
    private long generation;

    protected TrainingScreenViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.loading = workspace.busyProperty().or(computing);
    }

    /**
     * Starts following the workspace's snapshot; a subclass calls it last in its constructor, because with a
     * synchronous runner {@link #show} runs at once and needs the subclass's fields set.
     */
    protected final void follow() {
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> {
            stale = true;
            recompute();
        });
        stale = true;
        recompute();
    }

    /**
     * Called on the FX thread with the snapshot to show: returns the work that turns it into figures, with the
     * screen's filters read now, so that the work itself touches no UI state while it runs in the background.
     */
    protected abstract Callable<F> work(CaseloadSnapshot snapshot);

    /** Puts the worked-out figures on screen; runs on the FX thread. */
    protected abstract void show(CaseloadSnapshot snapshot, F figures);

    /** Works the figures out again from the snapshot showing, e.g. after a filter changed. */
    protected final void recompute() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (snapshot == null || !showing) {
            return;
        }
        stale = false;
        long mine = ++generation;
        computing.set(true);
        workspace.runner().run(work(snapshot), figures -> {
            if (mine == generation) {
                shown = snapshot;
                planningDate.set(snapshot.caseload().asOf());
                failure.set("");
                show(snapshot, figures);
                computing.set(false);
            }
        }, error -> {
            if (mine == generation) {
                computing.set(false);
                failure.set("Could not work out the training figures: "
                        + (error.getMessage() == null ? error.toString() : error.getMessage()));
            }
        });
    }

    /**
     * Whether the screen is on view. A hidden screen works nothing out when the other screens refresh; shown
     * again, it catches up with the latest snapshot.
     */
    public final void setShowing(boolean onView) {
        showing = onView;
        if (onView && stale) {
            recompute();
        }
    }

    /** True while the workspace reads the store or this screen works its figures out; the view greys out. */
    public BooleanExpression loadingProperty() {
        return loading;
    }

    /** Why the figures could not be worked out, or empty. */
    public ReadOnlyStringProperty loadFailureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The date of the figures showing: the workspace's planning date once they are worked out. */
    public ReadOnlyObjectProperty<LocalDate> planningDateProperty() {
        return planningDate.getReadOnlyProperty();
    }

    protected LocalDate planningDate() {
        return planningDate.get();
    }

    /** The caseload of the figures showing; null before the first snapshot. */
    protected Caseload caseload() {
        return shown == null ? null : shown.caseload();
    }

    /** For writes only: every read comes from the snapshot. */
    protected CaseloadService service() {
        return workspace.service();
    }

    /** After a write: reads the store once, for every screen, and this one shows the result. */
    protected void stored() {
        workspace.refresh();
    }
}
