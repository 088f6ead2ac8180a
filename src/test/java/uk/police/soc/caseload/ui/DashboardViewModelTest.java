package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.benchmark.SyntheticCaseloads;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel.Severity;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

class DashboardViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final DashboardViewModel dashboard = new DashboardViewModel(example.workspace);

    @Test
    void tilesShowTheWorkedExamplesPlanFigures() {
        assertThat(dashboard.tile("uncoverable").value()).isEqualTo("4");
        assertThat(dashboard.tile("shortfall").value()).isEqualTo("2");
        assertThat(dashboard.tile("overCapacity").value()).isEqualTo("4");
        assertThat(dashboard.tile("overloaded").value()).isEqualTo("4");
        assertThat(dashboard.tile("unallocated").value()).isEqualTo("0");
        assertThat(dashboard.tile("lros").value()).isEqualTo("4");
        assertThat(dashboard.tile("active").value()).isEqualTo("31");
    }

    @Test
    void tilesCountThreatsLedWithoutAccreditationAndReviewsOverdueOrDueSoon() {
        // E2230 leads 8 threats and E2302 7; neither holds valid LRO training.
        assertThat(dashboard.tile("ledUnaccredited").value()).isEqualTo("15");
        assertThat(dashboard.tile("reviewOverdue").value()).isEqualTo("8");
        assertThat(dashboard.tile("reviewDueSoon").value()).isEqualTo("8");
    }

    @Test
    void tileSeverityFollowsTheFigure() {
        assertThat(dashboard.tile("overCapacity").severity()).isEqualTo(Severity.AMBER);
        assertThat(dashboard.tile("overloaded").severity()).isEqualTo(Severity.RED);
        assertThat(dashboard.tile("unallocated").severity()).isEqualTo(Severity.GOOD);
    }

    @Test
    void chartHasOneEntryPerOfficerColouredByThePolicyThresholds() {
        assertThat(dashboard.officerLoads()).hasSize(10);
        assertThat(dashboard.officerLoads()).filteredOn(o -> o.status() == uk.police.soc.caseload.domain.LoadStatus.OVERLOADED)
                .extracting(OfficerRow::id).containsExactly("E2041", "E2187", "E2230", "E2302");
    }

    @Test
    void chartNamesEachOfficerAboveTheirId() {
        assertThat(dashboard.officerLoads()).extracting(DashboardViewModel::chartLabel)
                .startsWith("DS Amy Clarke\nE2041", "DS Ravi Shah\nE2187");
    }

    @Test
    void openingTheUncoverableTileShowsExactlyThoseThreats() {
        ThreatsViewModel threats = new ThreatsViewModel(example.workspace);
        dashboard.tile("uncoverable").open().run();
        assertThat(example.workspace.screenProperty().get()).isEqualTo(Screen.THREATS);
        assertThat(threats.rows()).extracting(ThreatRow::id)
                .containsExactlyInAnyOrder("OCG-2019-016", "OCG-2020-026", "OCG-2020-029", "OCG-2021-027");
    }

    @Test
    void trainerTilesCountUnaccreditedLrosAndExpiringAccreditationAndOpenTheTrainingScreen() {
        // E2230 and E2302 lead threats without LRO training; E1876's LRO-CORE runs out on 2022-05-20.
        assertThat(dashboard.tile("unaccreditedLros").value()).isEqualTo("2");
        assertThat(dashboard.tile("accreditationExpiring").value()).isEqualTo("1");

        dashboard.tile("unaccreditedLros").open().run();
        assertThat(example.workspace.screenProperty().get()).isEqualTo(Screen.TRAINING);
        assertThat(example.workspace.trainingTabProperty().get()).isEqualTo(TrainingTab.GAP_REPORT);

        dashboard.tile("accreditationExpiring").open().run();
        assertThat(example.workspace.trainingTabProperty().get()).isEqualTo(TrainingTab.MATRIX);
    }

    @Test
    void mentoredTraineesLeadingWhatTheyMayLeadAreCountedApartFromUnaccreditedLros() {
        // E2399 is a mentored trainee: a P3 threat is within the rules for a trainee, a P1 threat is not.
        String p3 = example.service.stored().threats().stream()
                .filter(t -> t.isActive() && t.priority() == 3 && !t.pinned()).findFirst().orElseThrow().id();
        example.workspace.applyAllocation(java.util.Map.of(p3, "E2399"), "to the trainee");
        assertThat(dashboard.tile("unaccreditedLros").value()).isEqualTo("2");
        assertThat(dashboard.tile("unaccreditedLros").hint()).contains("+1 trainee within the rules");
        assertThat(dashboard.tile("ledUnaccredited").value()).isEqualTo("15");
        assertThat(dashboard.tile("ledUnaccredited").hint()).contains("+1 by trainees, allowed");

        String p1 = example.service.stored().threats().stream()
                .filter(t -> t.isActive() && t.priority() == 1 && !t.pinned()).findFirst().orElseThrow().id();
        example.workspace.applyAllocation(java.util.Map.of(p1, "E2399"), "a P1 to the trainee");
        assertThat(dashboard.tile("unaccreditedLros").value()).isEqualTo("3");
    }

    @Test
    void noShortfallIsNotGreenWhileOfficersAreOverCapacity() {
        assertThat(dashboard.tile("shortfall").severity()).isEqualTo(Severity.RED);
        uk.police.soc.caseload.domain.Policy p = example.service.policy();
        // A larger full-time capacity: enough in total, yet E2302 (70 % hours) still carries 138 of 112 points.
        example.service.savePolicy(new uk.police.soc.caseload.domain.Policy(160, p.standardWeeklyHours(),
                p.pointsByPriority(), p.minSkillLevelByPriority(), p.minPipLevelByCategory(), p.traineePriorities(),
                p.longAbsenceDays(), p.amberLoadPercent(), p.redLoadPercent(), p.moveCostPoints(), p.allowOverload()));
        example.workspace.refresh();

        assertThat(dashboard.tile("shortfall").value()).isEqualTo("0");
        assertThat(dashboard.tile("overCapacity").value()).isNotEqualTo("0");
        assertThat(dashboard.tile("shortfall").severity()).isEqualTo(Severity.AMBER);
        assertThat(dashboard.tile("shortfall").hint()).startsWith("enough capacity in total, but ");
    }

    @Test
    void expiringAccreditationCountsRecordsStillValidOnThePlanningDate() {
        // E1876's LRO-CORE expires on 2022-05-20, 49 days after the worked example's date: the day before it is
        // still valid (and expiring), on the day itself it is no longer valid, so no longer "expiring".
        example.workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF.plusDays(48));
        assertThat(dashboard.tile("accreditationExpiring").value()).isEqualTo("1");
        example.workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF.plusDays(49));
        assertThat(dashboard.tile("accreditationExpiring").value()).isEqualTo("0");
    }

    @Test
    void changingThePlanningDateRecomputesTheFigures() {
        example.workspace.planningDateProperty().set(WorkedExampleWorkspace.AS_OF.plusMonths(4));
        assertThat(dashboard.tile("reviewOverdue").value()).isEqualTo("31");
    }

    @Test
    void anEmptyDatabaseOffersTheWorkedExample() {
        RecordingDialogService dialogs = new RecordingDialogService();
        InMemoryCaseloadService service = InMemoryCaseloadService.empty();
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "empty", BackgroundRunner.SYNCHRONOUS, dialogs,
                p -> service);
        workspace.refresh();
        DashboardViewModel empty = new DashboardViewModel(workspace);
        assertThat(empty.emptyProperty().get()).isTrue();

        empty.loadWorkedExample();

        assertThat(empty.emptyProperty().get()).isFalse();
        assertThat(workspace.planningDate()).isEqualTo(WorkedExampleWorkspace.AS_OF);
        assertThat(empty.tile("uncoverable").value()).isEqualTo("4");
    }

    @Test
    void aSmallTeamShowsEveryOfficerOnTheChartInDatasetOrder() {
        assertThat(dashboard.officerLoads()).hasSize(10);
        assertThat(dashboard.chartNoteProperty().get()).isEmpty();
    }

    @Test
    void aLargeForceChartsOnlyTheMostLoadedOfficersAndSaysSo() {
        InMemoryCaseloadService service = new InMemoryCaseloadService(
                uk.police.soc.caseload.benchmark.SyntheticCaseloads.generate(400, 90, 3));
        WorkspaceViewModel workspace = new WorkspaceViewModel(service, "large", BackgroundRunner.SYNCHRONOUS,
                new RecordingDialogService(), p -> service);
        workspace.planningDateProperty().set(uk.police.soc.caseload.benchmark.SyntheticCaseloads.AS_OF);
        workspace.refresh();
        DashboardViewModel large = new DashboardViewModel(workspace);

        assertThat(large.officerLoads()).hasSize(DashboardViewModel.CHART_LIMIT);
        assertThat(large.officerLoads()).extracting(OfficerRow::loadPercent)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        double lowestShown = large.officerLoads().get(DashboardViewModel.CHART_LIMIT - 1).loadPercent();
        assertThat(workspace.snapshot().officers()).filteredOn(o -> !large.officerLoads().contains(o))
                .allSatisfy(o -> assertThat(o.loadPercent()).isLessThanOrEqualTo(lowestShown));
        assertThat(large.chartNoteProperty().get()).startsWith("Showing the 30 most loaded of 90 officers");
    }
}
