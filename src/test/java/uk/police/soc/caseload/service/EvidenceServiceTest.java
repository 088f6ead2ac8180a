package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Strand;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditQuery;
import uk.police.soc.caseload.persistence.TestStore;

/** History kept by the store as part of each write, and the 4P plan and mentoring writes, on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class EvidenceServiceTest {

    @Parameter
    StoreKind kind;

    private static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);

    @TempDir
    Path folder;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private CaseloadService service;
    private Caseload seed;
    private Caseload evidence;

    @BeforeEach
    void open() throws Exception {
        service = CaseloadServices.open(TestStore.fresh(kind, folder).db(), clock);
        seed = new DatasetReader().read(TestData.shared("seed-case.json"));
        evidence = new DatasetReader().read(TestData.resource("evidence-case.json"));
    }

    @AfterEach
    void close() {
        service.close();
    }

    // ---- allocation history ------------------------------------------------------------------------------

    @Test
    void aFirstImportRecordsOneEntryFromNoneForEachThreatWithAnOfficer() {
        service.importCaseload(seed, false);

        List<AllocationChange> history = service.allocationHistory();
        long withOfficer = seed.threats().stream().filter(t -> t.officerId() != null).count();
        assertThat(history).hasSize((int) withOfficer);
        assertThat(history).allSatisfy(change -> {
            assertThat(change.reason()).isEqualTo(AllocationReason.IMPORT);
            assertThat(change.fromOfficerId()).isNull();
            assertThat(change.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
            assertThat(change.user()).startsWith("os:");
        });
        assertThat(history.get(0)).extracting(AllocationChange::threatId, AllocationChange::toOfficerId)
                .containsExactly("OCG-2019-001", "E2041");
    }

    @Test
    void importingTheSameFileAgainChangesNoOfficerAndRecordsNothing() {
        service.importCaseload(seed, false);
        service.importCaseload(seed, false);

        assertThat(service.allocationHistory()).hasSize((int) seed.threats().stream()
                .filter(t -> t.officerId() != null).count());
    }

    @Test
    void aMergeImportRecordsTheThreatsWhoseOfficerItChanges() {
        service.importCaseload(seed, false);
        int before = service.allocationHistory().size();
        Caseload moved = seed.withThreats(seed.threats().stream()
                .map(t -> t.id().equals("OCG-2019-001") ? t.withOfficerId("E2187") : t).toList());

        service.importCaseload(moved, false);

        assertThat(service.allocationHistory()).hasSize(before + 1).last()
                .extracting(AllocationChange::threatId, AllocationChange::fromOfficerId, AllocationChange::toOfficerId,
                        AllocationChange::reason)
                .containsExactly("OCG-2019-001", "E2041", "E2187", AllocationReason.IMPORT);
    }

    @Test
    void aReplaceImportThatRemovesAThreatRecordsItGoingToNone() {
        service.importCaseload(seed, false);
        int before = service.allocationHistory().size();
        Caseload fewer = seed.withThreats(seed.threats().stream().filter(t -> !t.id().equals("OCG-2019-001")).toList());

        service.importCaseload(fewer, true);

        assertThat(service.allocationHistory()).hasSize(before + 1).last()
                .extracting(AllocationChange::threatId, AllocationChange::fromOfficerId, AllocationChange::toOfficerId)
                .containsExactly("OCG-2019-001", "E2041", null);
    }

    @Test
    void anAcceptedProposalRecordsThePlannerAndItsExplanation() {
        service.importCaseload(seed, false);
        clock.advance(Duration.ofHours(1));

        service.applyAllocation(Map.of("OCG-2019-001", "E2187"), AllocationReason.PLANNER,
                Map.of("OCG-2019-001", "Planner proposal: E2041 144.0% → 114.0%"));

        assertThat(service.allocationHistory()).last()
                .extracting(AllocationChange::reason, AllocationChange::rationale, AllocationChange::at)
                .containsExactly(AllocationReason.PLANNER, "Planner proposal: E2041 144.0% → 114.0%",
                        Instant.parse("2026-03-02T11:00:00Z"));
    }

    @Test
    void aManualMoveRecordsTheReasonGivenAndANewThreatWithAnOfficerRecordsNewThreat() {
        service.importCaseload(seed, false);
        Threat threat = seed.threat("OCG-2020-002").orElseThrow();

        service.saveThreat(threat.withOfficerId("E2230"), AllocationReason.SKILLS, "Firearms knowledge");
        service.saveThreat(Threat.of("NEW-1", "New threat", "DRUGS", 3).withOfficerId("E2187"));
        service.saveThreat(Threat.of("NEW-2", "Unallocated", "DRUGS", 3));

        assertThat(service.allocationHistory()).extracting(AllocationChange::threatId, AllocationChange::reason,
                AllocationChange::rationale).endsWith(
                        tuple("OCG-2020-002", AllocationReason.SKILLS, "Firearms knowledge"),
                        tuple("NEW-1", AllocationReason.NEW_THREAT, null));
    }

    @Test
    void deactivatingAnOfficerLeavesTheirThreatsWithThemAndRecordsNothing() {
        service.importCaseload(seed, false);
        int before = service.allocationHistory().size();

        service.saveOfficer(seed.officer("E2041").orElseThrow().withActive(false));

        assertThat(service.allocationHistory()).hasSize(before);
        assertThat(service.load(AS_OF).threat("OCG-2019-001").orElseThrow().officerId()).isEqualTo("E2041");
    }

    @Test
    void aRefusedWriteRecordsNoHistoryAndNoDay() {
        service.importCaseload(seed, false);
        int before = service.allocationHistory().size();
        clock.advance(Duration.ofDays(3));

        assertThatThrownBy(() -> service.applyAllocation(Map.of("OCG-2019-001", "E9")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(service.allocationHistory()).hasSize(before);
        assertThat(service.workloadHistory(LocalDate.of(2030, 1, 1))).extracting(WorkloadDay::date)
                .containsExactly(LocalDate.of(2026, 3, 2));
    }

    // ---- workload history --------------------------------------------------------------------------------

    @Test
    void eachDayWithAChangeKeepsOneRecordOfHowThingsStoodAtItsEnd() {
        service.importCaseload(seed, false);
        service.applyAllocation(Map.of("OCG-2019-001", "E2187"));
        clock.advance(Duration.ofDays(2));
        service.load(AS_OF);  // reading is not a change
        clock.advance(Duration.ofDays(1));
        service.applyAllocation(Map.of("OCG-2019-001", "E2041"));

        List<WorkloadDay> days = service.workloadHistory(LocalDate.of(2030, 1, 1));

        assertThat(days).extracting(WorkloadDay::date)
                .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));
        // The 2 March record is the state after the move, not after the import.
        assertThat(days.get(0).officer("E2187").orElseThrow().load()).isEqualTo(149 + 30);
        assertThat(days.get(1).officer("E2041").orElseThrow().load()).isEqualTo(144);
        assertThat(days.get(0).redLoadPercent()).isEqualTo(110);
    }

    @Test
    void theDayIsTheForcesCalendarDayNotUtcs() {
        clock.set(Instant.parse("2026-06-30T23:30:00Z"));  // 00:30 on 1 July in London (BST)

        service.importCaseload(seed, false);

        assertThat(service.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(service.workloadHistory(LocalDate.of(2030, 1, 1))).extracting(WorkloadDay::date)
                .containsExactly(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theDaysFiguresAreJudgedOnThatDayNotOnTheDatasetsDate() {
        service.importCaseload(seed, false);

        WorkloadDay day = service.workloadHistory(LocalDate.of(2030, 1, 1)).get(0);

        // On 2 March 2026 E1990's long absence (in 2022) is over: judged on the day, capacity is back.
        Caseload onDay = service.load(LocalDate.of(2026, 3, 2));
        assertThat(day.figures()).isEqualTo(new uk.police.soc.caseload.domain.CaseloadAssessment(onDay).figures());
    }

    // ---- 4P plans and mentoring ------------------------------------------------------------------------

    @Test
    void aMergeImportReplacesThePlansItCarriesAndKeepsTheOthers() {
        service.importCaseload(evidence, false);
        Caseload onlyOne = evidence.withPlans(Map.of("OCG-2020-002", evidence.plan("OCG-2020-002").withActions(
                List.of(new PlanAction("Z1", Strand.PURSUE, "New action", ActionStatus.OPEN, null, null)))));

        service.importCaseload(onlyOne, false);

        Caseload stored = service.load(AS_OF);
        assertThat(stored.plan("OCG-2019-001")).isEqualTo(evidence.plan("OCG-2019-001"));
        assertThat(stored.plan("OCG-2020-002").actions()).extracting(PlanAction::id).containsExactly("Z1");
        assertThat(stored.plan("OCG-2020-002").reviews()).isEqualTo(evidence.plan("OCG-2020-002").reviews());
    }

    @Test
    void aMergeImportUpdatesASessionWithTheSameMentorMenteeAndDateAndAddsOthers() {
        service.importCaseload(evidence, false);
        MentoringSession updated = new MentoringSession("E1876", "E2399", LocalDate.of(2022, 3, 1), 90, "Longer");
        MentoringSession added = new MentoringSession("E2041", "E2230", LocalDate.of(2022, 3, 2), null, null);

        service.importCaseload(evidence.withMentoringSessions(List.of(updated, added)), false);

        assertThat(service.load(AS_OF).mentoringSessions()).hasSize(4).first().isEqualTo(updated);
        assertThat(service.load(AS_OF).mentoringSessions()).last().isEqualTo(added);
    }

    @Test
    void aReplaceImportWithoutPlansLeavesNone() {
        service.importCaseload(evidence, false);

        service.importCaseload(seed, true);

        assertThat(service.load(AS_OF).hasEvidence()).isFalse();
    }

    @Test
    void recordingTheLatestReviewSetsTheThreatsNextReviewDueAndAnEarlierOneDoesNot() {
        service.importCaseload(evidence, false);

        service.recordReview("OCG-2020-002", new PlanReview(AS_OF, "Reviewed on the day", "E1876",
                LocalDate.of(2022, 5, 1)));
        assertThat(service.load(AS_OF).threat("OCG-2020-002").orElseThrow().nextReviewDue())
                .isEqualTo(LocalDate.of(2022, 5, 1));

        service.recordReview("OCG-2020-002", new PlanReview(LocalDate.of(2022, 2, 1), "Late entry", null,
                LocalDate.of(2022, 3, 1)));
        Caseload stored = service.load(AS_OF);
        assertThat(stored.threat("OCG-2020-002").orElseThrow().nextReviewDue()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(stored.plan("OCG-2020-002").reviews()).hasSize(3);
    }

    @Test
    void aPlanActionWithAnUnknownOwnerIsRefusedWithItsPathAndChangesNothing() {
        service.importCaseload(evidence, false);
        List<PlanAction> actions = List.of(new PlanAction("A3", Strand.PROTECT, "Visit", ActionStatus.OPEN, "E9", null));

        assertThatThrownBy(() -> service.savePlanActions("OCG-2019-001", actions))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("threats[OCG-2019-001].plan.actions[A3].ownerId: unknown officer \"E9\"");
        assertThat(service.load(AS_OF).plan("OCG-2019-001")).isEqualTo(evidence.plan("OCG-2019-001"));
    }

    @Test
    void aPlanEditFromAStaleReadIsRefusedNamingThePlanAndChangesNothing() {
        service.importCaseload(evidence, false);
        Caseload read = service.load(AS_OF);
        PlanAction first = new PlanAction("A9", Strand.PREVENT, "Schools talk", ActionStatus.OPEN, null, null);
        PlanAction second = new PlanAction("A9", Strand.PREVENT, "Parents evening", ActionStatus.OPEN, null, null);
        service.savePlanActions("OCG-2019-001", List.of(first), read); // another desk, from the same read

        assertThatThrownBy(() -> service.savePlanActions("OCG-2019-001", List.of(second), read))
                .isInstanceOfSatisfying(StaleRecordException.class, stale -> assertThat(stale.conflicts())
                        .singleElement().satisfies(c -> assertThat(c.path()).isEqualTo("threats[OCG-2019-001].plan")));
        assertThatThrownBy(() -> service.recordReview("OCG-2019-001", new PlanReview(AS_OF, "Late", null, null),
                read)).isInstanceOf(StaleRecordException.class);
        assertThat(service.load(AS_OF).plan("OCG-2019-001").actions()).containsExactly(first);
    }

    @Test
    void planEditsReviewsAndSessionsAreAuditedInTheirTransaction() {
        service.importCaseload(evidence, false);
        service.savePlanActions("OCG-2019-001", List.of(new PlanAction("A9", Strand.PREVENT, "Schools talk",
                ActionStatus.OPEN, null, null)));
        service.recordReview("OCG-2019-001", new PlanReview(AS_OF, "Reviewed", null, AS_OF.plusMonths(1)));
        service.saveMentoringSession(new MentoringSession("E2187", "E2415", AS_OF, 45, null));

        List<AuditEntry> trail = service.access().audit(AuditQuery.ALL);
        assertThat(trail.subList(trail.size() - 3, trail.size())).extracting(AuditEntry::action, AuditEntry::records)
                .containsExactly(tuple("plan.edit", "[\"OCG-2019-001\"]"), tuple("plan.review", "[\"OCG-2019-001\"]"),
                        tuple("mentoring-session.create", "[\"E2187\",\"E2415\"]"));
        assertThat(trail.get(trail.size() - 3).detail()).contains("added A9").contains("removed");
        assertThat(trail.get(trail.size() - 2).detail()).contains("next review due " + AS_OF.plusMonths(1));
    }

    @Test
    void aSessionWithTheMenteeAsMentorIsRefused() {
        service.importCaseload(evidence, false);

        assertThatThrownBy(() -> service.saveMentoringSession(
                new MentoringSession("E2399", "E2399", AS_OF, null, null)))
                .hasMessageContaining("mentoringSessions[3].menteeId: the same officer as mentorId");
    }

    @Test
    void aDeletedSessionIsGone() {
        service.importCaseload(evidence, false);

        service.deleteMentoringSession(new MentoringSession.Key("E2187", "E2415", LocalDate.of(2022, 3, 15)));

        assertThat(service.load(AS_OF).mentoringSessions()).extracting(MentoringSession::menteeId)
                .containsExactly("E2399", "E2399");
    }
}
