package uk.police.soc.caseload.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.report.inspection.InspectionPdf;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.StaleRecordException;

/**
 * The state every screen shares: the open database, the planning date, the current snapshot of the caseload,
 * which screen is showing, and the commands that change the store. Each change reloads the snapshot in the
 * background; a reload that finishes after a newer one started is dropped.
 */
public class WorkspaceViewModel {

    public static final String WORKED_EXAMPLE = "/uk/police/soc/caseload/dataset/worked-example.json";

    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Function<Path, CaseloadService> databaseOpener;

    private final ObjectProperty<CaseloadService> service = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper databaseName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> planningDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyObjectWrapper<CaseloadSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DASHBOARD);
    private final ObjectProperty<ThreatFilter> threatFilter = new SimpleObjectProperty<>(ThreatFilter.ALL_ACTIVE);
    private final ObjectProperty<TrainingTab> trainingTab = new SimpleObjectProperty<>(TrainingTab.MATRIX);
    private final ObjectProperty<OfficerFilter> officerFilter = new SimpleObjectProperty<>(OfficerFilter.ALL);
    private final ObjectProperty<String> focusedOfficerId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AllocationChange> lastChange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> dataAsOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dateNotice = new ReadOnlyStringWrapper("");
    private long refreshGeneration;
    private volatile long shownChangeCount = -1;
    private final ReadOnlyStringWrapper connectionProblem = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper openMode =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final StoreWatcher liveView = new StoreWatcher(this);

    public WorkspaceViewModel(CaseloadService service, String databaseName, BackgroundRunner runner,
            DialogService dialogs, Function<Path, CaseloadService> databaseOpener) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.databaseOpener = databaseOpener;
        this.service.set(Objects.requireNonNull(service));
        this.databaseName.set(databaseName);
        openMode.set(openMode(service));
        planningDate.addListener((obs, old, day) -> {
            if (day != null && !day.equals(old)) {
                rememberPlanningDate(day);
                refresh();
            }
            updateDateNotice();
        });
        dataAsOf.addListener((obs, old, day) -> updateDateNotice());
        // The session's closing entry (sign-out or lock) lists the screens it showed (access.md).
        noteScreen(screen.get());
        screen.addListener((obs, old, shown) -> noteScreen(shown));
    }

    private void noteScreen(Screen shown) {
        try {
            service.get().access().screenOpened(shown.title());
        } catch (RuntimeException e) {
            // a note for the closing entry, kept in memory: nothing to tell the user if it cannot be made
        }
    }

    // ---- properties ------------------------------------------------------------------------------------

    public CaseloadService service() {
        return service.get();
    }

    /**
     * True when the open database has no accounts (open mode, access.md): anyone who can open it can change it.
     * A database that cannot say is treated as signed-in, so no banner wrongly reassures or alarms.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty openModeProperty() {
        return openMode.getReadOnlyProperty();
    }

    /** Reads the mode again: the first account added from the Accounts screen ends open mode. */
    public void accessModeChanged() {
        openMode.set(openMode(service.get()));
    }

    private static boolean openMode(CaseloadService service) {
        try {
            return !service.access().signInRequired();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public ReadOnlyStringProperty databaseNameProperty() {
        return databaseName.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> planningDateProperty() {
        return planningDate;
    }

    public LocalDate planningDate() {
        return planningDate.get();
    }

    public ReadOnlyObjectProperty<CaseloadSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public CaseloadSnapshot snapshot() {
        return snapshot.get();
    }

    /** Empty while the store answers; otherwise what went wrong and that the desk is reconnecting. */
    public ReadOnlyStringProperty connectionProblemProperty() {
        return connectionProblem.getReadOnlyProperty();
    }

    void connectionProblem(String problem) {
        connectionProblem.set(problem);
    }

    /** How many writes the store had committed when the snapshot showing was read. */
    long shownChangeCount() {
        return shownChangeCount;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<ThreatFilter> threatFilterProperty() {
        return threatFilter;
    }

    public ObjectProperty<OfficerFilter> officerFilterProperty() {
        return officerFilter;
    }

    /** The officer whose page the Officers screen should show. */
    public ObjectProperty<String> focusedOfficerIdProperty() {
        return focusedOfficerId;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public BackgroundRunner runner() {
        return runner;
    }

    /** The date of the last dataset imported into this database (its own planning date), or null. */
    public ReadOnlyObjectProperty<LocalDate> dataAsOfProperty() {
        return dataAsOf.getReadOnlyProperty();
    }

    /**
     * Empty, or a sentence saying that the data is dated other than the planning date: a dataset from 1 April
     * judged today shows every review overdue and every tile red, and nothing else would say why.
     */
    public ReadOnlyStringProperty dateNoticeProperty() {
        return dateNotice.getReadOnlyProperty();
    }

    /** Plans on the data's own date (the notice's button). */
    public void planOnDataDate() {
        if (dataAsOf.get() != null) {
            planningDate.set(dataAsOf.get());
        }
    }

    /** Opens on the planning date last chosen on this database, if it remembers one (at start and on switching). */
    public void openOnRememberedDate() {
        CaseloadService current = service.get();
        runner.run(current::planningDates, dates -> {
            dataAsOf.set(dates.dataAsOf());
            if (dates.lastPlanningDate() != null && !dates.lastPlanningDate().equals(planningDate.get())) {
                planningDate.set(dates.lastPlanningDate());
            }
        }, error -> { });
    }

    private void rememberPlanningDate(LocalDate day) {
        CaseloadService current = service.get();
        // A preference, not a record: if it cannot be stored the app still works, on today's date next time.
        runner.run(() -> {
            current.rememberPlanningDate(day);
            return null;
        }, ignored -> { }, error -> { });
    }

    private void updateDateNotice() {
        LocalDate data = dataAsOf.get();
        LocalDate day = planningDate.get();
        if (data == null || day == null || data.equals(day)) {
            dateNotice.set("");
            return;
        }
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(data, day));
        dateNotice.set("The data was imported as of " + Formats.date(data) + "; you are planning on "
                + Formats.date(day) + ", " + days + (days == 1 ? " day " : " days ") + (day.isAfter(data) ? "later" : "earlier")
                + ". Training, absences and reviews are judged on the planning date.");
    }

    /** Puts a sentence in the status bar (e.g. what a command did, or why a typed date was not taken). */
    public void say(String text) {
        message.set(text);
    }

    // ---- navigation ------------------------------------------------------------------------------------

    public void showThreats(ThreatFilter filter) {
        threatFilter.set(filter);
        screen.set(Screen.THREATS);
    }

    /** The Training screen, on the tab a trainer needs (the tile that was clicked decides which). */
    public void showTraining(TrainingTab tab) {
        trainingTab.set(tab);
        screen.set(Screen.TRAINING);
    }

    public ObjectProperty<TrainingTab> trainingTabProperty() {
        return trainingTab;
    }

    public void showOfficers(OfficerFilter filter) {
        officerFilter.set(filter);
        screen.set(Screen.OFFICERS);
    }

    public void showOfficer(String officerId) {
        officerFilter.set(OfficerFilter.ALL);
        focusedOfficerId.set(null);
        focusedOfficerId.set(officerId);
        screen.set(Screen.OFFICERS);
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Reloads the caseload on the planning date and recomputes every figure, in the background. */
    public void refresh() {
        long generation = ++refreshGeneration;
        CaseloadService current = service.get();
        LocalDate day = planningDate.get();
        busy.set(true);
        runner.run(() -> {
                    // Counted before the load: a commit in between shows again rather than not at all.
                    long count = current.changeCount();
                    return new Loaded(count, CaseloadSnapshot.of(current.load(day), current.allocationHistory(),
                            current.workloadHistory(day)), current.planningDates());
                },
                result -> {
                    if (generation == refreshGeneration) {
                        shownChangeCount = result.changeCount();
                        dataAsOf.set(result.dates().dataAsOf());
                        publish(result.snapshot());
                        busy.set(false);
                    }
                },
                error -> {
                    if (generation == refreshGeneration) {
                        busy.set(false);
                    }
                    dialogs.showError("Could not load the caseload", describe(error));
                });
    }

    private record Loaded(long changeCount, CaseloadSnapshot snapshot,
            uk.police.soc.caseload.domain.PlanningDates dates) {
    }

    /**
     * Keeps the screens current without Refresh: another desk's commit is loaded within seconds, and a lost
     * connection is shown until the desk is back. {@code uiThread} runs the view-model updates (the FX
     * thread in the app).
     */
    public void startLiveView(java.util.concurrent.Executor uiThread) {
        liveView.start(uiThread);
    }

    /** Shows {@code dialog} for {@code editor}, telling the editor when the store changes underneath it. */
    public boolean whileEditing(RecordEditorViewModel<?> editor, java.util.function.BooleanSupplier dialog) {
        javafx.beans.value.ChangeListener<CaseloadSnapshot> changed = (obs, old, now) -> {
            if (now != null) {
                editor.storeChanged(now.caseload());
            }
        };
        snapshot.addListener(changed);
        try {
            return dialog.getAsBoolean();
        } finally {
            snapshot.removeListener(changed);
        }
    }

    /** Opens a shared PostgreSQL database with what the user gave in File → Open shared database…. */
    public void openSharedDatabase() {
        dialogs.chooseSharedDatabase().ifPresent(login -> openStore(login.url(),
                () -> CaseloadServices.openShared(login.url(), login.user(), login.password())));
    }

    /** Hands a finished snapshot to every screen (on the FX thread). */
    void publish(CaseloadSnapshot result) {
        snapshot.set(result);
    }

    /** Runs a change to the store in the background, then reloads; problems with the change go to a dialog. */
    public void change(String description, Runnable write) {
        change(description, write, () -> { });
    }

    private void change(String description, Runnable write, Runnable afterStored) {
        busy.set(true);
        runner.run(() -> {
            write.run();
            return null;
        }, ignored -> {
            message.set(description);
            afterStored.run();
            refresh();
        }, error -> {
            busy.set(false);
            if (unwrap(error) instanceof StaleRecordException stale) {
                // Another desk saved first: say who and when, then show what they saved.
                dialogs.showError("Nothing was changed", stale.conflicts().stream()
                        .map(StaleRecordException.Conflict::describe).collect(java.util.stream.Collectors
                                .joining("\n")) + ".\n\nThe screen now shows their change; make yours again on it.");
                refresh();
            } else {
                report("Nothing was changed", error);
            }
        });
    }

    /**
     * Gives threats new officers in one write; once stored, it is the change {@link #undoLastChange()} undoes.
     * {@code description} says what it was in words ("Accepted 12 moves of the proposal").
     */
    public void applyAllocation(Map<String, String> threatToOfficer, String description) {
        applyAllocation(threatToOfficer, AllocationReason.OTHER, Map.of(), description);
    }

    /** Stores new officers with the reason (and per-threat rationale) the allocation history keeps for them. */
    public void applyAllocation(Map<String, String> threatToOfficer, AllocationReason reason,
            Map<String, String> rationaleByThreat, String description) {
        CaseloadService current = service.get();
        CaseloadSnapshot now = snapshot.get();
        AllocationChange made = allocationChange(description, now, threatToOfficer);
        // Stored only if the threats are still as this window showed them (another desk may have moved them).
        Caseload basedOn = now == null ? null : now.caseload();
        change(description, () -> current.applyAllocation(threatToOfficer, basedOn, reason, rationaleByThreat),
                () -> lastChange.set(made));
    }

    /** A stored change of officers, as undo needs it: each threat's officer before and after. */
    public record AllocationChange(String description, Map<String, String> before, Map<String, String> after) {

        public int size() {
            return after.size();
        }
    }

    /** The last allocation change stored from this window (a move or an accepted proposal), or null. */
    public ReadOnlyObjectProperty<AllocationChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /**
     * Undoes the last move or accepted proposal as a new change of its own (stored and recorded like any other):
     * every threat it moved goes back to the officer it had, unless someone has moved it since; those stay, and
     * the user is asked first.
     */
    public void undoLastChange() {
        AllocationChange last = lastChange.get();
        CaseloadSnapshot now = snapshot.get();
        if (last == null || now == null) {
            return;
        }
        uk.police.soc.caseload.domain.Allocation current = now.caseload().allocation();
        Map<String, String> back = new java.util.LinkedHashMap<>();
        java.util.List<String> movedSince = new java.util.ArrayList<>();
        last.after().forEach((threatId, officerId) -> {
            if (!current.covers(threatId)) {
                return;
            }
            if (Objects.equals(current.leadOf(threatId), officerId)) {
                back.put(threatId, last.before().get(threatId));
            } else {
                movedSince.add(threatId);
            }
        });
        if (back.isEmpty()) {
            dialogs.showInfo("Nothing to undo", "Every threat of \u201c" + last.description()
                    + "\u201d has been moved again since; nothing was changed.");
            lastChange.set(null);
            return;
        }
        if (!movedSince.isEmpty() && !dialogs.confirm("Undo", "Undo \u201c" + last.description() + "\u201d?",
                movedSince.size() + (movedSince.size() == 1 ? " threat has" : " threats have")
                        + " been moved again since and will stay where they are: " + String.join(", ", movedSince)
                        + ". The other " + back.size() + " go back to their officers.")) {
            return;
        }
        // The history keeps why: an undo of the manager's own last change.
        applyAllocation(back, AllocationReason.OTHER, back.keySet().stream().collect(java.util.stream.Collectors.toMap(
                id -> id, id -> "undo of \u201c" + last.description() + "\u201d")), "Undid \u201c" + last.description() + "\u201d: " + back.size()
                + (back.size() == 1 ? " threat" : " threats") + " back to " + (back.size() == 1 ? "its" : "their")
                + " previous officer" + (back.size() == 1 ? "" : "s"));
    }

    /** What undo needs of a change about to be stored: each threat's officer as shown now, and after. */
    private static AllocationChange allocationChange(String description, CaseloadSnapshot now,
            Map<String, String> threatToOfficer) {
        Map<String, String> before = new java.util.LinkedHashMap<>();
        if (now != null) {
            uk.police.soc.caseload.domain.Allocation allocation = now.caseload().allocation();
            threatToOfficer.keySet().stream().filter(allocation::covers)
                    .forEach(id -> before.put(id, allocation.leadOf(id)));
        }
        return new AllocationChange(description, before, new java.util.LinkedHashMap<>(threatToOfficer));
    }

    /**
     * Accepts a planner proposal made from {@code basedOn} (audited as plan.accept): the store refuses it,
     * changing nothing, when a threat it moves or an officer it changes is no longer as the run saw it; the user
     * is told what changed and offered {@code planAgain}.
     */
    public void acceptPlan(Map<String, String> threatToOfficer, Map<String, String> rationaleByThreat,
            String description, Caseload basedOn, Runnable onStored, Runnable planAgain) {
        CaseloadService current = service.get();
        AllocationChange made = allocationChange(description, snapshot.get(), threatToOfficer);
        busy.set(true);
        runner.run(() -> {
            current.acceptPlan(threatToOfficer, basedOn, rationaleByThreat);
            return null;
        }, ignored -> {
            lastChange.set(made);
            onStored.run();
            message.set(description);
            refresh();
        }, error -> {
            busy.set(false);
            if (unwrap(error) instanceof StaleRecordException stale) {
                String changed = stale.conflicts().stream().map(StaleRecordException.Conflict::describe)
                        .collect(java.util.stream.Collectors.joining("\n"));
                if (dialogs.confirm("The proposal was not stored", "The proposal was not stored: nothing was stored,"
                        + " because records it touches changed since the planner started", changed
                        + "\n\nPlan again from the data as it is now?")) {
                    planAgain.run();
                }
            } else {
                report("Nothing was changed", error);
            }
        });
    }

    public void setPinned(String threatId, boolean pinned) {
        CaseloadService current = service.get();
        Caseload basedOn = snapshot.get() == null ? null : snapshot.get().caseload();
        change((pinned ? "Pinned " : "Unpinned ") + threatId, () -> current.setPinned(threatId, pinned, basedOn));
    }

    /** Fills an empty database with the worked example from the guidance (its own planning date too). */
    public void loadWorkedExample() {
        CaseloadService current = service.get();
        busy.set(true);
        runner.run(() -> {
            Caseload example = new DatasetReader().read(workedExampleJson());
            current.importCaseload(example, true);
            return example.asOf();
        }, asOf -> {
            lastChange.set(null);
            message.set("Loaded the worked example; planning date set to its date, " + Formats.date(asOf));
            if (asOf.equals(planningDate.get())) {
                refresh();
            } else {
                planningDate.set(asOf);
            }
        }, error -> {
            busy.set(false);
            report("Could not load the worked example", error);
        });
    }

    /** Asks for a dataset file and how to import it, then imports it in one transaction. */
    public void importDataset() {
        dialogs.chooseDatasetToOpen().ifPresent(file ->
                dialogs.chooseImportMode(file).ifPresent(mode -> importDataset(file, mode)));
    }

    public void importDataset(Path file, DialogService.ImportMode mode) {
        CaseloadService current = service.get();
        busy.set(true);
        runner.run(() -> current.importCaseload(new DatasetReader().read(file), mode == DialogService.ImportMode.REPLACE),
                summary -> {
                    lastChange.set(null);
                    message.set(String.format("Imported %s: %d officers, %d threats, %d training records",
                            file.getFileName(), summary.officers(), summary.threats(), summary.trainingRecords()));
                    refresh();
                },
                error -> {
                    busy.set(false);
                    report("Import of " + file.getFileName() + " failed; nothing was changed", error);
                });
    }

    /** Writes the caseload on the planning date to a dataset file. */
    public void exportDataset() {
        dialogs.chooseDatasetToSave("caseload-" + planningDate.get() + ".json").ifPresent(this::exportDataset);
    }

    public void exportDataset(Path file) {
        dialogs.askDisclosure("Exporting the caseload").ifPresent(disclosure -> exportDataset(file, disclosure));
    }

    /** The export is recorded as a disclosure (why, for whom) before the file is written. */
    public void exportDataset(Path file, uk.police.soc.caseload.domain.access.Disclosure disclosure) {
        CaseloadService current = service.get();
        LocalDate day = planningDate.get();
        busy.set(true);
        runner.run(() -> {
            new DatasetWriter().write(current.disclose(uk.police.soc.caseload.domain.access.Operation.EXPORT,
                    disclosure, day, "dataset file " + file.getFileName() + " (desktop app)"), file);
            return file;
        }, written -> {
            busy.set(false);
            message.set("Exported to " + written);
        }, error -> {
            busy.set(false);
            report("Export failed", error);
        });
    }

    /** File → Inspection report…: asks where, then writes the PDF in the background. */
    public void inspectionReport() {
        dialogs.chooseReportToSave("inspection-report-" + planningDate.get() + ".pdf").ifPresent(this::inspectionReport);
    }

    public void inspectionReport(Path file) {
        dialogs.askDisclosure("Producing the inspection report")
                .ifPresent(disclosure -> inspectionReport(file, disclosure));
    }

    /**
     * Writes the inspection report on the planning date (period: the 90 days before it) to {@code file}; it is
     * recorded as a disclosure (why, for whom) before the PDF is made.
     */
    public void inspectionReport(Path file, uk.police.soc.caseload.domain.access.Disclosure disclosure) {
        CaseloadService current = service.get();
        LocalDate day = planningDate.get();
        busy.set(true);
        runner.run(() -> {
            uk.police.soc.caseload.report.inspection.InspectionFacts facts = current.inspectionReport(day, null,
                    disclosure, "inspection report as of " + day + ", file " + file.getFileName() + " (desktop app)");
            new InspectionPdf().write(facts, uk.police.soc.caseload.presentation.TrainingWords.forInspection(facts),
                    file);
            return file;
        }, written -> {
            busy.set(false);
            message.set("Inspection report written to " + written);
        }, error -> {
            busy.set(false);
            report("The inspection report was not written", error);
        });
    }

    /** Records a review of a threat's 4P plan (its next review date follows when it is the latest). */
    public void recordReview(String threatId, PlanReview review, Caseload basedOn) {
        CaseloadService current = service.get();
        change("Recorded the 4P review of " + threatId + " on " + Formats.date(review.on()),
                () -> current.recordReview(threatId, review, basedOn));
    }

    /**
     * Replaces the actions of a threat's 4P plan as edited from {@code basedOn} (what this desk showed): refused,
     * changing nothing, when another desk changed the plan since.
     */
    public void savePlanActions(String threatId, java.util.List<PlanAction> actions, Caseload basedOn,
            String description) {
        CaseloadService current = service.get();
        change(description, () -> current.savePlanActions(threatId, actions, basedOn));
    }

    /** Switches to another database file (created if new). */
    public void openDatabase() {
        dialogs.chooseDatabase().ifPresent(this::openDatabase);
    }

    /** Opens another database file; an encrypted one asks for its file password first (nothing opens without). */
    public void openDatabase(Path database) {
        if (CaseloadServices.isEncrypted(database.toString())) {
            java.util.Optional<char[]> password = dialogs.askFilePassword("the encrypted database "
                    + database.getFileName());
            if (password.isEmpty()) {
                message.set("Not opened: " + database + " is encrypted and needs its file password");
                return;
            }
            openRestored(database, password.get());
            return;
        }
        openStore(database.toString(), () -> databaseOpener.apply(database));
    }

    /** Opens a database just restored, with its file password when the backup was encrypted (else null). */
    public void openRestored(Path database, char[] filePassword) {
        openStore(database.toString(), () -> filePassword == null ? databaseOpener.apply(database)
                : CaseloadServices.open(database.toString(), filePassword));
    }

    /** Shows the busy indicator while long work of a screen or dialog runs (e.g. a restore). */
    public void busy(boolean working) {
        busy.set(working);
    }

    private void openStore(String name, java.util.function.Supplier<CaseloadService> opener) {
        busy.set(true);
        runner.run(opener::get, opened -> {
            // Sign-in mode: nothing of the new database is shown, and the old one stays, until the user signs in.
            if (opened.access().signInRequired() && !dialogs.signIn(opened.access(), opened.storeName())) {
                opened.close();
                busy.set(false);
                message.set("Not opened: " + opened.storeName() + " needs you to sign in");
                return;
            }
            CaseloadService previous = service.get();
            service.set(opened);
            lastChange.set(null);
            if (previous != opened) {
                previous.close();
            }
            databaseName.set(opened.storeName());
            openMode.set(openMode(opened));
            connectionProblem.set("");
            message.set("Opened " + opened.storeName());
            refresh();
            openOnRememberedDate();
        }, error -> {
            busy.set(false);
            report("Could not open " + name, error);
        });
    }

    /**
     * Writes a screen's table to {@code file} as CSV: a disclosure (s.62), so the user is asked why and for whom,
     * the audit entry is recorded first, and only then is the file written (whole, readable by its owner only).
     */
    public void exportTable(String title, java.util.List<String> header, java.util.List<java.util.List<String>> rows,
            Path file) {
        java.util.Optional<uk.police.soc.caseload.domain.access.Disclosure> disclosure =
                dialogs.askDisclosure("Exporting \u201c" + title + "\u201d");
        if (disclosure.isEmpty()) {
            return;
        }
        CaseloadService current = service.get();
        String csv = TableExport.csv(header, rows);
        busy.set(true);
        runner.run(() -> {
            current.access().recordDisclosure(uk.police.soc.caseload.domain.access.Operation.TABLE_EXPORT,
                    disclosure.get(), null, rows.size() + " rows of " + title + " to " + file.toAbsolutePath());
            new uk.police.soc.caseload.dataset.DatasetWriter().writeText(csv, file);
            return null;
        }, ignored -> {
            busy.set(false);
            say("Exported " + rows.size() + " rows of \u201c" + title + "\u201d to " + file);
        }, error -> {
            busy.set(false);
            report("Nothing was exported", error);
        });
    }

    /**
     * Keeps today's rolling backup beside the database (when the store's setting is on), in the background; the
     * status bar says where, and a failure says so without stopping anything else.
     */
    public void keepRollingBackup() {
        CaseloadService current = service.get();
        runner.run(() -> current.rollingBackup(ROLLING_BACKUP_DAYS), written -> written.ifPresent(
                file -> say("Today's rolling backup is in " + file)), error -> say("The rolling backup failed: "
                        + describe(unwrap(error))));
    }

    /** How many days of rolling backups the app keeps (access.md: the last 7 days). */
    public static final int ROLLING_BACKUP_DAYS = 7;

    /** Releases the open database when the window closes. */
    public void close() {
        liveView.stop();
        service.get().close();
    }

    private void report(String title, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof InvalidInputException invalid) {
            dialogs.showProblems(title, invalid.problems().size() + " problem(s) found:", invalid.problems());
        } else {
            dialogs.showError(title, describe(cause));
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof RuntimeException && !(cause instanceof InvalidInputException) && cause.getCause() != null
                && cause.getClass() == RuntimeException.class) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private static String workedExampleJson() throws IOException {
        try (InputStream in = WorkspaceViewModel.class.getResourceAsStream(WORKED_EXAMPLE)) {
            if (in == null) {
                throw new IOException("worked example missing from the app: " + WORKED_EXAMPLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
