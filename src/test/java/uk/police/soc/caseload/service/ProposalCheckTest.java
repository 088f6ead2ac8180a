package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.persistence.Caseloads;

/**
 * Accepting a proposal made from an old copy of the caseload: inside the write, every threat it moves and every
 * officer who gains or loses one must be as the run saw it, or nothing is stored and the changes are named.
 */
class ProposalCheckTest {

    @TempDir
    Path folder;

    private CaseloadService service;
    private Caseload plannedFrom;

    @BeforeEach
    void storeTheCaseloadAndStartARun() {
        service = CaseloadServices.open(folder.resolve("caseload"));
        Caseload small = Caseloads.small();
        // SOC-3 (unallocated) is what the run proposes to give E2; SOC-1 stays with E1.
        service.importCaseload(small, true);
        plannedFrom = service.load(Caseloads.AS_OF);
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void aProposalWhoseRecordsAreUnchangedIsStored() {
        service.saveThreat(plannedFrom.threat("SOC-2").orElseThrow().withOfficerId(null));

        service.applyProposal(plannedFrom, Map.of("SOC-3", "E2"));

        assertThat(officerOf("SOC-3")).isEqualTo("E2");
    }

    @Test
    void aThreatPinnedExcludedOrArchivedMeanwhileStopsTheWholeProposal() {
        Threat rowan = plannedFrom.threat("SOC-3").orElseThrow();
        service.saveThreat(new Threat(rowan.id(), rowan.name(), rowan.category(), rowan.priority(), rowan.band(),
                rowan.riskScore(), rowan.workloadPoints(), rowan.minSkillLevel(), rowan.minPipLevel(), rowan.area(),
                "E1", true, java.util.List.of("E2"), rowan.status(), rowan.adoptedOn(), rowan.nextReviewDue()));

        ProposalOutdatedException refused = catchThrowableOfType(ProposalOutdatedException.class,
                () -> service.applyProposal(plannedFrom, Map.of("SOC-3", "E2", "SOC-1", "E1")));

        assertThat(refused.changes()).extracting(Problem::toString).containsExactly(
                "threats[SOC-3]: Op Rowan changed since the planner started (officerId, pinned, excludedOfficerIds)");
        assertThat(officerOf("SOC-3")).isEqualTo("E1");
        assertThat(service.load(Caseloads.AS_OF).threat("SOC-3").orElseThrow().pinned()).isTrue();
    }

    @Test
    void anOfficerWhoWouldGainOrLoseAThreatAndChangedMeanwhileStopsTheProposal() {
        Officer walsh = plannedFrom.officer("E2").orElseThrow();
        service.saveOfficer(walsh.withWeeklyHours(9.0));

        ProposalOutdatedException refused = catchThrowableOfType(ProposalOutdatedException.class,
                () -> service.applyProposal(plannedFrom, Map.of("SOC-3", "E2")));

        assertThat(refused.changes()).extracting(Problem::toString).containsExactly(
                "officers[E2]: DC Kate Walsh changed since the planner started (weeklyHours)");
        assertThat(officerOf("SOC-3")).isNull();
    }

    @Test
    void aThreatDeletedMeanwhileStopsTheProposal() {
        service.importCaseload(plannedFrom.withThreats(plannedFrom.threats().subList(0, 2)), true);

        ProposalOutdatedException refused = catchThrowableOfType(ProposalOutdatedException.class,
                () -> service.applyProposal(plannedFrom, Map.of("SOC-3", "E2")));

        assertThat(refused.changes()).extracting(Problem::toString).containsExactly(
                "threats[SOC-3]: Op Rowan was deleted since the planner started");
    }

    @Test
    void aChangeToRecordsTheProposalDoesNotTouchDoesNotStopIt() {
        service.setPinned("SOC-1", false);
        Officer left = plannedFrom.officer("E3").orElseThrow();
        service.saveOfficer(left.withWeeklyHours(20.0));

        service.applyProposal(plannedFrom, Map.of("SOC-3", "E2"));

        assertThat(officerOf("SOC-3")).isEqualTo("E2");
    }

    private String officerOf(String threatId) {
        return service.load(Caseloads.AS_OF).threat(threatId).orElseThrow().officerId();
    }
}
