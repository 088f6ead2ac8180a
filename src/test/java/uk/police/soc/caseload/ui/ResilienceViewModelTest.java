package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel;
import uk.police.soc.caseload.ui.dashboard.DashboardViewModel.Severity;
import uk.police.soc.caseload.ui.resilience.ResilienceViewModel;
import uk.police.soc.caseload.ui.resilience.ResilienceViewModel.OfficerRow;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

/** The worked example's resilience (worked out by hand in ResilienceAnalysisTest) as the app shows it. */
class ResilienceViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();

    @Test
    void ranksOfficersByWhatTheirAbsenceWouldBreakWorstFirst() {
        ResilienceViewModel model = new ResilienceViewModel(example.workspace, BackgroundRunner.SYNCHRONOUS);
        assertThat(model.officers()).as("not worked out until the screen is shown").isEmpty();

        example.workspace.screenProperty().set(Screen.RESILIENCE);

        // Clarke: 4 threats with no one else; Hughes 3; Shah 2 (and 3 left without an LRO); then by threats left
        // without an LRO (Reid 3), then by overload (Walsh 269, then the rest at 219).
        assertThat(model.officers()).extracting(OfficerRow::officerId)
                .containsExactly("E2041", "E1876", "E2187", "E2302", "E2230", "E2399", "E2415");
        assertThat(model.officers().get(0).breaks())
                .isEqualTo("⚑ 4 with no one eligible, 3 left without an LRO · overload 255");
        assertThat(model.detail("E1876")).containsExactly(
                "No one else may lead OCG-2019-019 Op Teak (led by someone else, who does not meet the rules)",
                "No one else may lead OCG-2020-020 Op Willow (led by someone else, who does not meet the rules)",
                "No one else may lead OCG-2021-024 Op Cherry (led by someone else, who does not meet the rules)");
        assertThat(model.detail("E2041")).contains("OCG-2019-007 Op Gorse would go to DS Owen Turner");
        assertThat(model.summaryProperty().get()).startsWith("31 active threats; 9 with only one officer");
        assertThat(model.categories()).hasSize(9);
        assertThat(model.categories().get(2).name()).isEqualTo("Organised acquisitive crime");
        assertThat(model.categories().get(2).singleCover()).isEqualTo(3);
    }

    @Test
    void anOfficersPageListsTheThreatsThatWouldBestMoveToThem() {
        uk.police.soc.caseload.ui.officers.OfficersViewModel officers =
                new uk.police.soc.caseload.ui.officers.OfficersViewModel(example.workspace);
        example.workspace.showOfficer("E2399");

        // By hand in RecommendForOfficerTest: OCG-2021-030 from E2302 (who may not lead it) first, +53.2.
        assertThat(officers.bestMoves()).extracting(m -> m.threatId()).containsExactly("OCG-2021-030",
                "OCG-2019-007");
        assertThat(officers.bestMoves().get(0).from()).isEqualTo("DS Tom Reid (E2302)");
        assertThat(officers.bestMoves().get(0).qualityChange()).isEqualTo("+53.2");
    }

    @Test
    void theDashboardCountsThreatsOnlyOneOfficerMayLeadAndTheRegisterMarksThem() {
        DashboardViewModel dashboard = new DashboardViewModel(example.workspace);
        ThreatsViewModel threats = new ThreatsViewModel(example.workspace);

        assertThat(dashboard.tile("singleCover").value()).isEqualTo("9");
        assertThat(dashboard.tile("singleCover").severity()).isEqualTo(Severity.AMBER);
        dashboard.tile("singleCover").open().run();

        assertThat(example.workspace.screenProperty().get()).isEqualTo(Screen.THREATS);
        assertThat(threats.rows()).extracting(ThreatRow::id).containsExactlyInAnyOrder("OCG-2021-003",
                "OCG-2020-005", "OCG-2021-006", "OCG-2020-011", "OCG-2021-012", "OCG-2019-019", "OCG-2020-020",
                "OCG-2019-022", "OCG-2021-024");
        assertThat(threats.rows()).filteredOn(r -> r.id().equals("OCG-2019-019")).first()
                .extracting(ThreatRow::coverageText).isEqualTo("⚑ only DI Priya Hughes");
    }
}
