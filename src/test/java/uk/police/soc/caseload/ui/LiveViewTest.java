package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.persistence.TestStore;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.LiveUpdates;
import uk.police.soc.caseload.service.StoreConnectionLostException;

/**
 * An open desk shows another desk's commit without Refresh, on both stores; an open editor whose record changes
 * says so; a lost connection is shown and cleared when the store answers again.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class LiveViewTest {

    private static final LocalDate AS_OF = Caseloads.AS_OF;

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    private WorkspaceViewModel workspace;

    @AfterEach
    void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private static void eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within);
            }
            Thread.sleep(50);
        }
    }

    private WorkspaceViewModel workspaceOn(CaseloadService service) {
        WorkspaceViewModel opened = new WorkspaceViewModel(service, service.storeName(), BackgroundRunner.SYNCHRONOUS,
                new RecordingDialogService(), CaseloadServices::open);
        opened.planningDateProperty().set(AS_OF);
        opened.refresh();
        return opened;
    }

    @Test
    void anotherDesksSaveShowsWithinFiveSecondsWithoutRefresh() throws Exception {
        TestStore store = TestStore.fresh(kind, folder);
        try (CaseloadService other = CaseloadServices.open(store.db())) {
            other.importCaseload(Caseloads.small(), true);
            workspace = workspaceOn(CaseloadServices.open(store.db()));
            workspace.startLiveView(Runnable::run);
            Caseload read = other.load(AS_OF);

            other.saveThreat(read.threat("SOC-3").orElseThrow().withOfficerId("E1"), read);

            eventually(() -> "E1".equals(workspace.snapshot().caseload().threat("SOC-3").orElseThrow().officerId()),
                    Duration.ofSeconds(5));
        }
    }

    @Test
    void anOpenEditorWhoseRecordChangesUnderneathSaysSo() throws Exception {
        TestStore store = TestStore.fresh(kind, folder);
        try (CaseloadService other = CaseloadServices.open(store.db())) {
            other.importCaseload(Caseloads.small(), true);
            workspace = workspaceOn(CaseloadServices.open(store.db()));
            workspace.startLiveView(Runnable::run);
            uk.police.soc.caseload.ui.threats.ThreatEditorViewModel editor =
                    new uk.police.soc.caseload.ui.threats.ThreatEditorViewModel(workspace.service(),
                            workspace.snapshot().caseload(), workspace.snapshot().caseload().threat("SOC-3").orElseThrow());
            AtomicBoolean told = new AtomicBoolean();

            workspace.whileEditing(editor, () -> {
                Caseload read = other.load(AS_OF);
                other.saveThreat(read.threat("SOC-3").orElseThrow().withOfficerId("E1"), read);
                try {
                    eventually(() -> !editor.conflictProperty().get().isEmpty(), Duration.ofSeconds(5));
                    told.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            });

            assertThat(told).isTrue();
            assertThat(editor.conflictProperty().get()).contains("changed at another desk");
            assertThat(editor.save()).as("the stale edit is refused, not saved over theirs").isFalse();
            assertThat(editor.errors().general()).anyMatch(m -> m.contains("Nothing was saved; your edit is still here"));
            assertThat(editor.save()).as("Save again puts the edit over theirs knowingly").isTrue();
        }
    }

    @Test
    void aLostConnectionIsShownAndClearedWhenTheStoreAnswersAgain() throws Exception {
        AtomicBoolean down = new AtomicBoolean();
        InMemoryCaseloadService memory = new InMemoryCaseloadService(Caseloads.small()) {
            @Override
            public LiveUpdates liveUpdates() {
                return new LiveUpdates() {
                    @Override
                    public long awaitChange(long seen, Duration atMost) {
                        if (down.get()) {
                            throw new StoreConnectionLostException("connection refused", null);
                        }
                        sleepQuietly(100);
                        return changeCount();
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        workspace = workspaceOn(memory);
        workspace.startLiveView(Runnable::run);

        down.set(true);
        eventually(() -> !workspace.connectionProblemProperty().get().isEmpty(), Duration.ofSeconds(10));
        assertThat(workspace.connectionProblemProperty().get()).contains("Lost the connection", "What you have typed is kept");
        down.set(false);

        eventually(() -> workspace.connectionProblemProperty().get().isEmpty(), Duration.ofSeconds(10));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
