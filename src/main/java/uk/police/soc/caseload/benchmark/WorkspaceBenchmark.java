package uk.police.soc.caseload.benchmark;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.DialogService;
import uk.police.soc.caseload.ui.ThreatFilter;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.board.AllocationBoardViewModel;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel;
import uk.police.soc.caseload.ui.officers.OfficersViewModel;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

/**
 * What the desktop app does with a large database, without the FX toolkit: open it, build the snapshot (the
 * background part of a refresh), hand it to every screen (the FX-thread part), and search, filter and sort the
 * threat register as a user would. The view models are the app's own; only the window is missing.
 */
public final class WorkspaceBenchmark {

    /** Typed into the register's search box one key at a time, then cleared. */
    private static final List<String> KEYSTROKES = List.of("d", "dr", "dru", "drug", "drugs", "drug", "");
    private static final int REFRESHES = 5;

    /**
     * @param open opening the stored database (schema check included)
     * @param firstRefresh the first refresh's background part: load from the database and build the snapshot
     * @param refresh the later refreshes' background part
     * @param publish the FX-thread part of every refresh: each screen's lists updated from the snapshot
     * @param keystroke one key typed in the register's search box
     * @param filter choosing one of the register's ready-made filters
     * @param sort sorting the register by a column
     */
    public record Result(int threats, int officers, long seed, double openMillis, double firstRefreshMillis,
            Timing refresh, Timing publish, Timing keystroke, Timing filter, Timing sort) {
    }

    private WorkspaceBenchmark() {
    }

    /** Stores a synthetic caseload in a new database under {@code folder} and measures the app on it. */
    public static Result run(int threatCount, int officerCount, long seed, Path folder) {
        Caseload caseload = SyntheticCaseloads.generate(threatCount, officerCount, seed);
        Path db = folder.resolve("workspace-" + threatCount + "x" + officerCount);
        try (CaseloadService store = CaseloadServices.open(db)) {
            store.importCaseload(caseload, true);
        }
        long openStarted = System.nanoTime();
        try (CaseloadService service = CaseloadServices.open(db)) {
            double openMillis = (System.nanoTime() - openStarted) / 1e6;
            return measure(service, threatCount, officerCount, seed, openMillis);
        }
    }

    private static Result measure(CaseloadService service, int threatCount, int officerCount, long seed,
            double openMillis) {
        TimingRunner runner = new TimingRunner();
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "benchmark", runner, noDialogs(),
                CaseloadServices::open);
        ThreatsViewModel threats = new ThreatsViewModel(workspace);
        new OfficersViewModel(workspace);
        new DashboardViewModel(workspace);
        new AllocationBoardViewModel(workspace);
        workspace.showThreats(ThreatFilter.ALL_ACTIVE);

        workspace.planningDateProperty().set(SyntheticCaseloads.AS_OF);
        double firstRefresh = runner.work.get(0) / 1e6;
        for (int i = 1; i < REFRESHES; i++) {
            workspace.refresh();
        }
        Timing refresh = Timing.of(runner.work.subList(1, runner.work.size()));
        Timing publish = Timing.of(runner.onSuccess);

        List<Long> keystrokes = new ArrayList<>();
        for (String text : KEYSTROKES) {
            keystrokes.add(Timing.nanos(() -> threats.searchProperty().set(text)));
        }
        List<Long> filters = new ArrayList<>();
        for (ThreatFilter filter : ThreatFilter.values()) {
            filters.add(Timing.nanos(() -> workspace.threatFilterProperty().set(filter)));
        }
        workspace.threatFilterProperty().set(ThreatFilter.ALL_ACTIVE);
        List<Comparator<ThreatRow>> columns = List.of(Comparator.comparing(ThreatRow::id),
                Comparator.comparingDouble(ThreatRow::points).reversed(), Comparator.comparing(ThreatRow::officerName),
                Comparator.comparing(ThreatRow::statusText));
        List<Long> sorts = new ArrayList<>();
        for (Comparator<ThreatRow> column : columns) {
            sorts.add(Timing.nanos(() -> threats.rows().setComparator(column)));
        }
        if (threats.rows().isEmpty()) {
            throw new IllegalStateException("the register showed no threats");
        }
        return new Result(threatCount, officerCount, seed, openMillis, firstRefresh, refresh, publish,
                Timing.of(keystrokes), Timing.of(filters), Timing.of(sorts));
    }

    /** The benchmark asks the user nothing; a question means something failed, so it is raised. */
    private static DialogService noDialogs() {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    throw new IllegalStateException(method.getName() + " during the benchmark: "
                            + (args == null ? "" : java.util.Arrays.toString(args)));
                });
    }

    /** Runs at once on the caller's thread, timing the background work and the hand-over apart. */
    private static final class TimingRunner implements BackgroundRunner {
        final List<Long> work = new ArrayList<>();
        final List<Long> onSuccess = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> task, Consumer<T> success, Consumer<Throwable> failure) {
            long started = System.nanoTime();
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                failure.accept(e);
                return;
            }
            work.add(System.nanoTime() - started);
            onSuccess.add(Timing.nanos(() -> success.accept(result)));
        }
    }
}
