package uk.police.soc.caseload.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.report.training.TrainingMatrix;
import uk.police.soc.caseload.report.training.TrainingStatus;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.training.TrainingGapReportViewModel.Standing;

/** The training screens' logic, without the FX thread, over a real store holding the worked example. */
class TrainingViewModelsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2022-04-01");

    @TempDir
    Path folder;

    private CaseloadService service;

    @BeforeEach
    void openStore() {
        service = SeededStore.open(folder);
    }

    @AfterEach
    void closeStore() {
        service.close();
    }

    // ---- matrix ------------------------------------------------------------------------------------------

    @Test
    void theMatrixFiltersByUnitAndCategoryAndCountsStatuses() {
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF));

        assertThat(model.unitChoices()).containsExactly(TrainingMatrixViewModel.ALL_UNITS, "CID", "Economic Crime",
                "Force Intelligence", "Public Protection", "SOCU");
        model.unitChoiceProperty().set("SOCU");
        model.categoryChoiceProperty().set("MONEY_LAUNDERING");

        TrainingMatrix matrix = model.matrixProperty().get();
        assertThat(matrix.rows()).hasSize(5);
        assertThat(TrainingMatrixViewModel.counts(matrix)).containsEntry(TrainingStatus.VALID, 1)
                .containsEntry(TrainingStatus.NEVER_TAKEN, 4);
        assertThat(model.summaryProperty().get()).startsWith("5 officers × 1 course on 01/04/2022: ✔ 1 valid");
    }

    @Test
    void aShorterWindowTurnsTheExpiringCellValid() {
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF));
        assertThat(model.matrixProperty().get().cell("E1876", "LRO-CORE").status()).isEqualTo(TrainingStatus.EXPIRING);

        // E1876's LRO-CORE expires on 2022-05-20, 49 days after the planning date.
        model.withinDaysProperty().set(48);
        assertThat(model.matrixProperty().get().cell("E1876", "LRO-CORE").status()).isEqualTo(TrainingStatus.VALID);
        model.withinDaysProperty().set(49);
        assertThat(model.matrixProperty().get().cell("E1876", "LRO-CORE").status()).isEqualTo(TrainingStatus.EXPIRING);
    }

    @Test
    void cellTextSaysTheStatusInWords() {
        TrainingMatrix matrix = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF)).matrixProperty().get();

        assertThat(TrainingMatrixViewModel.cellText(matrix.cell("E2041", "LRO-CORE"))).isEqualTo("✔ Valid to 14/09/2023");
        assertThat(TrainingMatrixViewModel.cellText(matrix.cell("E2187", "FIN-INV"))).isEqualTo("✔ Valid (no expiry)");
        assertThat(TrainingMatrixViewModel.cellText(matrix.cell("E2121", "LRO-CORE"))).isEqualTo("✖ Expired 01/03/2021");
        assertThat(TrainingMatrixViewModel.cellText(matrix.cell("E2230", "LRO-CORE"))).isEqualTo("– Never taken");
    }

    @Test
    void theMatrixExportsAsCsv() {
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF));
        model.unitChoiceProperty().set("CID");
        StringWriter out = new StringWriter();

        model.exportCsv(out);

        assertThat(out.toString().lines()).hasSize(1 + 2 * 4)
                .contains("E2121,DS Finn Morgan,CID,LRO-CORE,expired,2018-03-01,2021-03-01");
    }

    // ---- gap report --------------------------------------------------------------------------------------

    @Test
    void theGapReportHeadsEachPartWithItsStanding() {
        TrainingGapReportViewModel model = new TrainingGapReportViewModel(Workspaces.over(service, AS_OF));

        assertThat(model.leadersHeadingProperty().get().standing()).isEqualTo(Standing.GAP);
        assertThat(model.expiringHeadingProperty().get().text()).isEqualTo("⚠ 1 record expires within 90 days");
        assertThat(model.uncoverable()).hasSize(4);
        assertThat(model.uncoverable().get(1).nearestOfficers()).contains("DS Tom Reid (E2302): not an accredited LRO");
        assertThat(model.traineesHeadingProperty().get().standing()).isEqualTo(Standing.OK);
        assertThat(model.suggestions().get(0)).startsWith("LRO course (LRO-CORE) for DS Tom Reid");
    }

    @Test
    void movingThePlanningDateToTheLapseShowsTheTraineeWithoutMentor() {
        uk.police.soc.caseload.ui.WorkspaceViewModel workspace = Workspaces.over(service, AS_OF);
        TrainingGapReportViewModel model = new TrainingGapReportViewModel(workspace);

        workspace.planningDateProperty().set(LocalDate.parse("2022-05-20"));

        assertThat(model.trainees()).extracting(TrainingGapReportViewModel.TraineeRow::officer)
                .containsExactly("DS Owen Turner (E2399)");
        assertThat(model.traineesHeadingProperty().get().text()).isEqualTo("✖ 1 trainee has no accredited mentor");
    }

    // ---- records -----------------------------------------------------------------------------------------

    @Test
    void addingAnLroRecordAccreditsTheOfficer() {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));
        model.selectedOfficerProperty().set(officer(model, "E2302"));
        model.formCourseProperty().set(model.courses().get(0));
        model.formCompletedOn().set(LocalDate.parse("2022-03-28"));

        assertThat(model.save()).isTrue();

        assertThat(model.records()).extracting(r -> r.record().courseCode()).contains("LRO-CORE");
        assertThat(new CaseloadAssessment(service.load(AS_OF)).isAccredited("E2302")).isTrue();
        assertThat(model.feedback().messageProperty().get()).startsWith("✔ Saved LRO-CORE");
    }

    @Test
    void editingTheCompletionDateReplacesTheRecord() {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));
        model.selectedOfficerProperty().set(officer(model, "E2121"));
        model.edit(model.records().get(0));
        model.formCompletedOn().set(LocalDate.parse("2021-06-01"));

        assertThat(model.save()).isTrue();

        assertThat(service.load(AS_OF).trainingRecords()).filteredOn(r -> r.officerId().equals("E2121"))
                .extracting(r -> r.completedOn().toString()).containsExactly("2021-06-01");
        assertThat(model.records().get(0).statusText()).isEqualTo("✔ Valid");
    }

    @Test
    void aRecordExpiringBeforeItIsCompletedIsNotSaved() {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));
        model.formCourseProperty().set(model.courses().get(0));
        model.formCompletedOn().set(LocalDate.parse("2022-03-28"));
        model.formExpiresOn().set(LocalDate.parse("2022-03-27"));
        int before = service.load(AS_OF).trainingRecords().size();

        assertThat(model.save()).isFalse();

        assertThat(model.feedback().problems()).containsExactly("Expires on: before the completion date");
        assertThat(service.load(AS_OF).trainingRecords()).hasSize(before);
    }

    @Test
    void deletingARecordRemovesIt() {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));
        model.selectedOfficerProperty().set(officer(model, "E2302"));

        model.delete(model.records().get(0));

        assertThat(model.records()).isEmpty();
        assertThat(service.load(AS_OF).trainingRecords()).noneMatch(r -> r.officerId().equals("E2302"));
    }

    @Test
    void aCsvWithOneBadLineImportsNothingAndListsTheProblem() {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));
        int before = service.load(AS_OF).trainingRecords().size();

        boolean imported = model.importCsv(new StringReader("""
                officerId,courseCode,completedOn,expiresOn
                E2230,LRO-CORE,2022-03-01,
                E2302,LRO-CORE,2021-02-30,
                """));

        assertThat(imported).isFalse();
        assertThat(model.feedback().problems()).containsExactly("line 3, Completed on: not a date \"2021-02-30\"");
        assertThat(service.load(AS_OF).trainingRecords()).hasSize(before);
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedWithTheLineOfTheBadByte() throws Exception {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));
        Path file = folder.resolve("latin1.csv");
        java.nio.file.Files.write(file, "officerId,courseCode,completedOn,expiresOn\nE2230,LRO-CORE,2022-03-01,\n\"Zoë\",LRO-CORE,2022-03-01,\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        boolean imported = model.importCsv(file);

        assertThat(imported).isFalse();
        assertThat(model.feedback().problems()).singleElement().asString().startsWith("line 3: not UTF-8 text");
    }

    @Test
    void anExportedMatrixFileIsTheOwnersOnly() throws Exception {
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF));
        Path file = folder.resolve("matrix.csv");

        model.exportCsv(file, new uk.police.soc.caseload.domain.access.Disclosure("training review", "head of SOC"));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        // A CSV export is a disclosure (s.62): recorded with why and for whom before the file is written.
        assertThat(service.access().audit(uk.police.soc.caseload.domain.access.AuditQuery.ALL))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("training-matrix.export");
                    assertThat(entry.detail()).contains("matrix.csv");
                });
    }

    @Test
    void aGoodCsvImportsEveryRecord() {
        TrainingRecordsViewModel model = new TrainingRecordsViewModel(Workspaces.over(service, AS_OF));

        boolean imported = model.importCsv(new StringReader("""
                officerId,courseCode,completedOn,expiresOn
                E2230,LRO-CORE,2022-03-01,
                E2302,LRO-CORE,2022-03-02,2025-03-02
                """));

        assertThat(imported).isTrue();
        assertThat(model.feedback().messageProperty().get()).isEqualTo("✔ Imported 2 training records.");
        CaseloadAssessment after = new CaseloadAssessment(service.load(AS_OF));
        assertThat(after.isAccredited("E2230")).isTrue();
        assertThat(after.isAccredited("E2302")).isTrue();
    }

    // ---- courses -----------------------------------------------------------------------------------------

    @Test
    void aNewCourseIsStoredWithItsValidityAndCategory() {
        CoursesViewModel model = new CoursesViewModel(Workspaces.over(service, AS_OF));
        model.newCourse();
        model.codeProperty().set("FIREARMS-INV");
        model.nameProperty().set("Firearms supply investigation");
        model.validMonthsProperty().set("24");
        model.categoryProperty().set("FIREARMS");

        assertThat(model.save()).isTrue();

        assertThat(service.load(AS_OF).coursesByCode().get("FIREARMS-INV"))
                .isEqualTo(new uk.police.soc.caseload.domain.Course("FIREARMS-INV", "Firearms supply investigation",
                        24, false, "FIREARMS"));
    }

    @Test
    void aCourseWithABadValidityOrATakenCodeIsNotStored() {
        CoursesViewModel model = new CoursesViewModel(Workspaces.over(service, AS_OF));
        model.newCourse();
        model.codeProperty().set("LRO-CORE");
        model.nameProperty().set("Again");
        model.validMonthsProperty().set("0");

        assertThat(model.save()).isFalse();

        assertThat(model.feedback().problems()).containsExactly(
                "Valid for (months): a whole number of months, 1 or more, or empty if it never expires (not \"0\")",
                "Code: a course LRO-CORE exists already; choose it to change it");
        assertThat(service.load(AS_OF).coursesByCode().get("LRO-CORE").name())
                .isEqualTo("SOC lead responsible officer course");
    }

    @Test
    void changingACourseValidityChangesWhoIsAccredited() {
        CoursesViewModel model = new CoursesViewModel(Workspaces.over(service, AS_OF));
        model.edit(service.load(AS_OF).coursesByCode().get("LRO-CORE"));
        // E2121 completed LRO-CORE on 2018-03-01: with 60 months it lasts until 2023-03-01.
        model.validMonthsProperty().set("60");

        assertThat(model.save()).isTrue();

        assertThat(new CaseloadAssessment(service.load(AS_OF)).isAccredited("E2121")).isTrue();
    }

    @Test
    void anUnusedCourseCanBeDeleted() {
        CoursesViewModel model = new CoursesViewModel(Workspaces.over(service, AS_OF));
        model.newCourse();
        model.codeProperty().set("FIREARMS-INV");
        model.nameProperty().set("Firearms supply investigation");
        model.save();

        assertThat(model.delete()).isTrue();

        assertThat(service.load(AS_OF).coursesByCode()).doesNotContainKey("FIREARMS-INV");
        assertThat(model.courses()).extracting(c -> c.code()).doesNotContain("FIREARMS-INV");
        assertThat(model.editingExistingProperty().get()).isFalse();
        assertThat(model.feedback().messageProperty().get()).isEqualTo("✔ Deleted course FIREARMS-INV.");
    }

    @Test
    void aCourseWithTrainingRecordsIsNotDeleted() {
        CoursesViewModel model = new CoursesViewModel(Workspaces.over(service, AS_OF));
        long records = service.load(AS_OF).trainingRecords().stream()
                .filter(r -> r.courseCode().equals("LRO-CORE")).count();
        model.edit(service.load(AS_OF).coursesByCode().get("LRO-CORE"));

        assertThat(model.delete()).isFalse();

        assertThat(model.feedback().problems())
                .containsExactly("courses[LRO-CORE]: still used by " + records + " training records");
        assertThat(service.load(AS_OF).coursesByCode()).containsKey("LRO-CORE");
    }

    @Test
    void aNewCourseCannotBeDeletedBeforeItIsSaved() {
        CoursesViewModel model = new CoursesViewModel(Workspaces.over(service, AS_OF));
        model.newCourse();
        model.codeProperty().set("LRO-CORE");

        assertThat(model.delete()).isFalse();

        assertThat(service.load(AS_OF).coursesByCode()).containsKey("LRO-CORE");
    }

    // ---- the workspace's snapshot, worked out in the background ----------------------------------------

    @Test
    void theFiguresAreWorkedOutInTheBackgroundAndShownWhenTheWorkFinishes() {
        DeferredRunner runner = new DeferredRunner();
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF, runner));

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.matrixProperty().get()).isNull();

        runner.finishAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.matrixProperty().get().rows()).hasSize(10);
    }

    @Test
    void onlyTheLatestReadIsShownWhenThePlanningDateChangesQuickly() {
        DeferredRunner runner = new DeferredRunner();
        uk.police.soc.caseload.ui.WorkspaceViewModel workspace = Workspaces.over(service, AS_OF, runner);
        TrainingGapReportViewModel model = new TrainingGapReportViewModel(workspace);
        LocalDate later = AS_OF.plusYears(3);
        workspace.planningDateProperty().set(later);

        runner.finishAll();

        assertThat(model.reportProperty().get().asOf()).isEqualTo(later);
        assertThat(model.planningDateProperty().get()).isEqualTo(later);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void onlyTheLatestWindowIsShownWhenItIsTypedQuickly() {
        DeferredRunner runner = new DeferredRunner();
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF, runner));
        runner.finishAll();

        // Typing "4", "8": the work for 4 finishes after the work for 48 and must not be shown.
        model.withinDaysProperty().set(4);
        model.withinDaysProperty().set(48);
        runner.finishInReverse();

        assertThat(model.matrixProperty().get().withinDays()).isEqualTo(48);
    }

    @Test
    void aStoreThatCannotBeReadLeavesTheScreensEmptyAndTheWorkspaceSaysWhy() {
        CaseloadService broken = (CaseloadService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CaseloadService.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("the database is locked");
                });
        uk.police.soc.caseload.ui.RecordingDialogService dialogs = new uk.police.soc.caseload.ui.RecordingDialogService();
        uk.police.soc.caseload.ui.WorkspaceViewModel workspace = new uk.police.soc.caseload.ui.WorkspaceViewModel(
                broken, "test", uk.police.soc.caseload.ui.BackgroundRunner.SYNCHRONOUS, dialogs,
                uk.police.soc.caseload.service.CaseloadServices::open);
        CoursesViewModel model = new CoursesViewModel(workspace);

        workspace.refresh();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.courses()).isEmpty();
        assertThat(dialogs.errors).anySatisfy(error -> assertThat(error).contains("the database is locked"));
    }

    @Test
    void aFailedWorkingOutIsReportedInWords() {
        TrainingMatrixViewModel model = new TrainingMatrixViewModel(Workspaces.over(service, AS_OF,
                new uk.police.soc.caseload.ui.BackgroundRunner() {
                    @Override
                    public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
                        // The workspace's read succeeds; the screen's own work fails.
                        if (work.getClass().getName().contains("WorkspaceViewModel")) {
                            SYNCHRONOUS.run(work, onSuccess, onFailure);
                        } else {
                            onFailure.accept(new IllegalStateException("out of memory"));
                        }
                    }
                }));

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.loadFailureProperty().get()).isEqualTo("Could not work out the training figures: out of memory");
    }

    /**
     * The screens follow the workspace's snapshot: building all five, changing their filters and moving between
     * them reads nothing; a write reads the store once, for every screen, through the workspace's refresh.
     */
    @Test
    void noTrainingScreenReadsTheStoreItself() {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        CaseloadService counting = (CaseloadService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CaseloadService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("load")) {
                        loads.incrementAndGet();
                    }
                    try {
                        return method.invoke(service, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        uk.police.soc.caseload.ui.WorkspaceViewModel workspace = Workspaces.over(counting, AS_OF);
        assertThat(loads.get()).isEqualTo(1);

        TrainingModels models = TrainingModels.of(workspace);
        models.matrix().withinDaysProperty().set(30);
        models.matrix().unitChoiceProperty().set("SOCU");
        models.gaps().withinDaysProperty().set(30);
        models.records().selectedOfficerProperty().set(models.records().officers().get(1));
        models.setShowing(false);
        models.setShowing(true);

        assertThat(loads.get()).as("loads by the training screens themselves").isEqualTo(1);
        assertThat(models.matrix().matrixProperty().get().rows()).isNotEmpty();

        models.courses().newCourse();
        models.courses().codeProperty().set("FIREARMS-INV");
        models.courses().nameProperty().set("Firearms supply investigation");
        assertThat(models.courses().save()).isTrue();

        assertThat(loads.get()).as("one refresh of the workspace after the write").isEqualTo(2);
        assertThat(models.records().courses()).extracting(c -> c.code()).contains("FIREARMS-INV");
        assertThat(models.matrix().matrixProperty().get().courses()).extracting(c -> c.code()).contains("FIREARMS-INV");
    }

    /** Holds the work until the test lets it finish, as a background thread would. */
    private static final class DeferredRunner implements uk.police.soc.caseload.ui.BackgroundRunner {
        private final java.util.List<Runnable> pending = new java.util.ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            pending.add(() -> SYNCHRONOUS.run(work, onSuccess, onFailure));
        }

        /** Lets everything finish, also the work that finishing starts (a read, then the figures of it). */
        void finishAll() {
            while (!pending.isEmpty()) {
                java.util.List<Runnable> now = new java.util.ArrayList<>(pending);
                pending.clear();
                now.forEach(Runnable::run);
            }
        }

        /** Lets the waiting work finish latest first, as threads may. */
        void finishInReverse() {
            java.util.List<Runnable> now = new java.util.ArrayList<>(pending);
            pending.clear();
            java.util.Collections.reverse(now);
            now.forEach(Runnable::run);
            finishAll();
        }
    }

    // ---- mentoring ---------------------------------------------------------------------------------------

    @Test
    void listsThePairsAndWhetherEachCounts() {
        MentoringViewModel model = new MentoringViewModel(Workspaces.over(service, AS_OF));

        assertThat(model.pairs()).extracting(MentoringViewModel.PairRow::menteeId, MentoringViewModel.PairRow::counts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E2399", true),
                        org.assertj.core.groups.Tuple.tuple("E2415", true));
        assertThat(model.mentorChoices()).extracting(o -> o.id()).containsExactly("E2041", "E2187", "E1876");
        assertThat(model.menteeChoices()).extracting(o -> o.id()).containsExactly("E2230", "E2302", "E2121", "E2467");
    }

    @Test
    void startingAPairWithAReductionLowersTheMentorsCapacity() {
        MentoringViewModel model = new MentoringViewModel(Workspaces.over(service, AS_OF));
        model.menteeProperty().set(model.menteeChoices().get(0));
        model.mentorProperty().set(model.mentorChoices().get(2));

        assertThat(model.assign()).isTrue();

        CaseloadAssessment after = new CaseloadAssessment(service.load(AS_OF));
        // E1876: 100 × (1 − (50 + 10) / 100) = 40. E2230 becomes a mentored trainee.
        assertThat(after.capacity("E1876")).isEqualTo(40.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(after.isMentoredTrainee("E2230")).isTrue();
        assertThat(model.pairs()).extracting(MentoringViewModel.PairRow::menteeId).contains("E2230");
    }

    @Test
    void choosingAMentorSaysWhenTheirAccreditationLapsesAndWhenThePairTakesThemOverCapacity() {
        MentoringViewModel model = new MentoringViewModel(Workspaces.over(service, AS_OF));
        model.menteeProperty().set(officerById(model.menteeChoices(), "E2230"));

        // DI Priya Hughes leads nothing (0 %), but her LRO-CORE lapses on 20 May 2022.
        model.mentorProperty().set(officerById(model.mentorChoices(), "E1876"));
        assertThat(model.mentorLabel(model.mentorProperty().get()))
                .isEqualTo("DI Priya Hughes (E1876) — load 0.0% · Accredited LRO, lapses 20/05/2022");
        assertThat(model.warnings()).containsExactly(
                "⚠ DI Priya Hughes (E1876): LRO accreditation (LRO-CORE) lapses on 20/05/2022, in 49 days.");

        // DS Amy Clarke carries 144 points against 100: a 20 % reduction leaves 80, so 180 %.
        model.reductionPercentProperty().set(20);
        model.mentorProperty().set(officerById(model.mentorChoices(), "E2041"));
        assertThat(model.warnings()).singleElement().asString()
                .contains("DS Amy Clarke").contains("from 144.0% to 180.0%").contains("further over capacity");

        model.recordReductionProperty().set(false);
        assertThat(model.warnings()).isEmpty();

        model.recordReductionProperty().set(true);
        assertThat(model.assign()).isTrue();
        assertThat(model.feedback().messageProperty().get()).contains("from 144.0% to 180.0%");
    }

    private static uk.police.soc.caseload.domain.Officer officerById(
            java.util.List<uk.police.soc.caseload.domain.Officer> officers, String id) {
        return officers.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void endingAPairStopsTheMentorsReductionTheDayBefore() {
        MentoringViewModel model = new MentoringViewModel(Workspaces.over(service, LocalDate.parse("2022-03-01")));
        model.menteeProperty().set(model.menteeChoices().get(0));
        model.mentorProperty().set(model.mentorChoices().get(2));
        model.assign();
        MentoringViewModel later = new MentoringViewModel(Workspaces.over(service, AS_OF));
        MentoringViewModel.PairRow pair = later.pairs().stream().filter(p -> p.menteeId().equals("E2230"))
                .findFirst().orElseThrow();

        assertThat(later.end(pair)).isTrue();

        var stored = service.load(AS_OF);
        assertThat(stored.officersById().get("E2230").mentorId()).isNull();
        assertThat(stored.officersById().get("E1876").reductions())
                .filteredOn(r -> r.reason().startsWith("Mentoring"))
                .extracting(r -> r.until().toString()).containsExactly("2022-03-31");
        assertThat(new CaseloadAssessment(stored).capacity("E1876")).isEqualTo(50.0,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    private static uk.police.soc.caseload.domain.Officer officer(TrainingRecordsViewModel model, String id) {
        return model.officers().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}
