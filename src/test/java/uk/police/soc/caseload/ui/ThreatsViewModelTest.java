package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.ui.threats.ThreatEditorViewModel;
import uk.police.soc.caseload.ui.threats.ThreatsViewModel;

class ThreatsViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final ThreatsViewModel threats = new ThreatsViewModel(example.workspace);

    private void select(String id) {
        threats.selectedProperty().set(threats.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void searchFindsThreatsByLroName() {
        threats.searchProperty().set("tom reid");
        assertThat(threats.rows()).hasSize(7).allMatch(r -> "E2302".equals(r.threat().officerId()));
    }

    @Test
    void categoryNarrowsTheRegister() {
        threats.categoryProperty().set("FIREARMS");
        assertThat(threats.rows()).extracting(ThreatRow::id).containsExactlyInAnyOrder("OCG-2020-026", "OCG-2021-027");
    }

    @Test
    void overdueReviewsAreMarked() {
        example.workspace.threatFilterProperty().set(ThreatFilter.REVIEW_OVERDUE);
        assertThat(threats.rows()).hasSize(8).allMatch(r -> r.review() == ThreatRow.ReviewState.OVERDUE);
    }

    @Test
    void editingAThreatsPointsUpdatesTheRegisterAndItsLrosLoad() {
        example.dialogs.threatEditor = editor -> {
            editor.workloadPointsProperty().set("50");
            return editor.save();
        };
        select("OCG-2019-001");
        threats.editSelected();

        ThreatRow edited = threats.rows().stream().filter(r -> r.id().equals("OCG-2019-001")).findFirst().orElseThrow();
        assertThat(edited.points()).isEqualTo(50);
        assertThat(example.workspace.snapshot().officer("E2041").load()).isEqualTo(144 - 30 + 50);
    }

    @Test
    void anInvalidEditSaysWhatIsWrongNextToTheFieldAndSavesNothing() {
        ThreatEditorViewModel[] seen = new ThreatEditorViewModel[1];
        example.dialogs.threatEditor = editor -> {
            seen[0] = editor;
            editor.workloadPointsProperty().set("lots");
            editor.minPipLevelProperty().set("7");
            return editor.save();
        };
        select("OCG-2019-001");
        threats.editSelected();

        assertThat(seen[0].errors().of("workloadPoints")).contains("not a number");
        assertThat(seen[0].errors().of("minPipLevel")).contains("0 to 4");
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void changingTheLroInTheEditorAsksWhyAndTheHistoryKeepsTheAnswer() {
        ThreatEditorViewModel[] seen = new ThreatEditorViewModel[1];
        boolean[] firstTry = new boolean[1];
        example.dialogs.threatEditor = editor -> {
            seen[0] = editor;
            assertThat(editor.officerChangedProperty().get()).isFalse();
            editor.officerIdProperty().set("E2187");
            assertThat(editor.officerChangedProperty().get()).isTrue();
            firstTry[0] = editor.save();
            editor.moveReasonProperty().set(uk.police.soc.caseload.domain.AllocationReason.CONFLICT);
            editor.moveRationaleProperty().set("Knows the family of a nominal");
            return editor.save();
        };
        select("OCG-2019-001");
        threats.editSelected();

        assertThat(firstTry[0]).isFalse();
        assertThat(example.service.allocationHistory()).last().satisfies(change -> {
            assertThat(change.threatId()).isEqualTo("OCG-2019-001");
            assertThat(change.toOfficerId()).isEqualTo("E2187");
            assertThat(change.reason()).isEqualTo(uk.police.soc.caseload.domain.AllocationReason.CONFLICT);
            assertThat(change.rationale()).isEqualTo("Knows the family of a nominal");
        });
    }

    @Test
    void anEditThatKeepsTheLroNeedsNoReason() {
        example.dialogs.threatEditor = editor -> {
            editor.nameProperty().set("Op Alder (renamed)");
            return editor.save();
        };
        select("OCG-2019-001");
        threats.editSelected();

        assertThat(example.service.stored().threat("OCG-2019-001").orElseThrow().name()).isEqualTo("Op Alder (renamed)");
    }

    @Test
    void theValidatorsRulesApplyToEdits() {
        ThreatEditorViewModel[] seen = new ThreatEditorViewModel[1];
        example.dialogs.threatEditor = editor -> {
            seen[0] = editor;
            editor.excludedOfficerIdsProperty().set("E9999");
            return editor.save();
        };
        select("OCG-2019-001");
        threats.editSelected();

        assertThat(seen[0].errors().of("excludedOfficerIds")).isNotBlank();
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void aNewThreatWithAnExistingIdIsRefused() {
        ThreatEditorViewModel[] seen = new ThreatEditorViewModel[1];
        example.dialogs.threatEditor = editor -> {
            seen[0] = editor;
            editor.idProperty().set("OCG-2019-001");
            editor.nameProperty().set("Op Duplicate");
            return editor.save();
        };
        threats.newThreat();
        assertThat(seen[0].errors().of("id")).contains("already exists");
    }

    @Test
    void aNewThreatAppearsInTheRegister() {
        example.dialogs.threatEditor = editor -> {
            editor.idProperty().set("OCG-2022-100");
            editor.nameProperty().set("Op Rowan");
            editor.categoryProperty().set("DRUGS");
            editor.priorityProperty().set(3);
            return editor.save();
        };
        threats.newThreat();
        assertThat(threats.rows()).extracting(ThreatRow::id).contains("OCG-2022-100");
        assertThat(example.workspace.snapshot().figures().unallocated()).containsExactly("OCG-2022-100");
    }

    @Test
    void archivingAThreatTakesItOffItsLrosLoad() {
        select("OCG-2019-001");
        threats.archiveSelected();
        assertThat(example.service.stored().threat("OCG-2019-001").orElseThrow().status()).isEqualTo(ThreatStatus.ARCHIVED);
        assertThat(example.workspace.snapshot().officer("E2041").load()).isEqualTo(114);
        assertThat(threats.rows()).extracting(ThreatRow::id).doesNotContain("OCG-2019-001");
    }

    @Test
    void aThreatWhoseLroFailsARuleSaysWhichRule() {
        // OCG-2019-028 is with DS Tom Reid, who is not an accredited LRO.
        ThreatRow row = example.workspace.snapshot().threats().stream()
                .filter(t -> t.id().equals("OCG-2019-028")).findFirst().orElseThrow();
        assertThat(row.statusText()).isEqualTo("⚠ LRO: not an accredited LRO");
    }

    @Test
    void theLroPickerListsWhoMayLeadTheThreatFirstWithLoadBeforeAndAfter() {
        var caseload = example.workspace.snapshot().caseload();
        var threat = caseload.threat("OCG-2019-028").orElseThrow();
        var editor = new uk.police.soc.caseload.ui.threats.ThreatEditorViewModel(example.service, caseload, threat);

        // OCG-2019-028 (20 points) is with DS Tom Reid, who may not lead it; only E2041 and E2187 may.
        assertThat(editor.officerChoices()).startsWith(null, "E2041", "E2187").hasSize(11);
        assertThat(editor.officerLabel("E2041"))
                .isEqualTo("DS Amy Clarke (E2041) — Accredited LRO, load 144.0% → 164.0%");
        assertThat(editor.officerLabel("E2302"))
                .isEqualTo("DS Tom Reid (E2302) — ⚠ not an accredited LRO; current LRO, load 197.1%");
    }

    @Test
    void theMentorPickerShowsLoadAndAccreditationWithAccreditedOfficersFirst() {
        var caseload = example.workspace.snapshot().caseload();
        var kate = caseload.officer("E2230").orElseThrow();
        var editor = new uk.police.soc.caseload.ui.officers.OfficerEditorViewModel(example.service, caseload, kate);

        assertThat(editor.mentorChoices()).startsWith(null, "E2041", "E2187", "E1876");
        assertThat(editor.officerLabel("E1876"))
                .isEqualTo("DI Priya Hughes (E1876) — load 0.0% · Accredited LRO, lapses 20/05/2022");
        assertThat(editor.officerLabel("E2302")).isEqualTo("DS Tom Reid (E2302) — load 197.1% · Not accredited");
    }

    @Test
    void assignOnTheThreatsPageOffersTheRankedRecommendationsAndGoesThroughTheMovePreview() {
        threats.selectedProperty().set(threats.rows().stream().filter(r -> r.id().equals("OCG-2019-028"))
                .findFirst().orElseThrow());
        assertThat(threats.recommendations()).extracting(uk.police.soc.caseload.ui.planning.Candidate::officerId)
                .containsExactly("E2041", "E2187");
        example.dialogs.chooser = choices -> choices.get(0);

        threats.assignSelected();

        assertThat(example.dialogs.confirmations).singleElement().asString()
                .contains("Move Op Ginkgo (OCG-2019-028)").contains("DS Amy Clarke (E2041): 144.0% → 164.0%");
        assertThat(example.service.stored().allocation().leadOf("OCG-2019-028")).isEqualTo("E2041");
    }

    @Test
    void theThreatsPageRanksWhoCouldLeadItAndAssignsTheChosenOneThroughTheMovePreview() {
        threats.selectedProperty().set(threats.rows().stream().filter(r -> r.id().equals("OCG-2019-028"))
                .findFirst().orElseThrow());
        var page = threats.plan();

        // Only E2041 and E2187 may lead it; DS Tom Reid (E2302), its LRO now, is not listed.
        assertThat(page.candidates()).extracting(uk.police.soc.caseload.ui.planning.Candidate::officer)
                .containsExactly("DS Amy Clarke (E2041)", "DS Ravi Shah (E2187)");
        assertThat(page.candidates().get(0).load()).isEqualTo("144.0% → 164.0%");
        assertThat(page.candidates().get(0).text()).isEqualTo("DS Amy Clarke (E2041) — load 144.0% → 164.0%");
        assertThat(page.candidatesHintProperty().get()).startsWith("Best first");

        page.assign(page.candidates().get(1));

        assertThat(example.dialogs.confirmations).singleElement().asString()
                .contains("Move Op Ginkgo (OCG-2019-028)").contains("DS Ravi Shah (E2187)");
        assertThat(example.service.stored().allocation().leadOf("OCG-2019-028")).isEqualTo("E2187");
    }

    @Test
    void forAThreatNobodyMayLeadThePageListsTheNearestOfficersAndTheRulesTheyFail() {
        threats.selectedProperty().set(threats.rows().stream().filter(r -> r.id().equals("OCG-2019-016"))
                .findFirst().orElseThrow());
        var page = threats.plan();

        assertThat(page.candidates()).isNotEmpty().noneMatch(uk.police.soc.caseload.ui.planning.Candidate::eligible)
                .allSatisfy(c -> assertThat(c.note()).startsWith("fails: "));
        assertThat(page.candidatesHintProperty().get()).startsWith("Nobody may lead it");
    }

    @Test
    void anOfficerWhoseAccreditationLapsesSoonIsListedWithTheWarningBesideThem() {
        // DI Priya Hughes (E1876): her LRO accreditation lapses on 20 May 2022, 49 days after the data's date.
        var page = threats.plan();
        var priya = threats.rows().stream().filter(ThreatRow::active).map(row -> {
            threats.selectedProperty().set(row);
            return page.candidates().stream().filter(c -> c.officerId().equals("E1876")).findFirst();
        }).flatMap(java.util.Optional::stream).findFirst().orElseThrow();

        assertThat(priya.note()).contains("accreditation lapses 20/05/2022");
    }
}
