package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.ui.officers.OfficerEditorViewModel;
import uk.police.soc.caseload.ui.officers.OfficersViewModel;

class OfficersViewModelTest {

    private final WorkedExampleWorkspace example = new WorkedExampleWorkspace();
    private final OfficersViewModel officers = new OfficersViewModel(example.workspace);

    @Test
    void anOfficersPageListsTheThreatsTheyLeadWithTheLoadEachAdds() {
        example.workspace.showOfficer("E2302");
        assertThat(officers.selectedProperty().get().id()).isEqualTo("E2302");
        assertThat(officers.ledThreats()).hasSize(7);
        // E2302 has 70 points of capacity: a 30-point threat adds 30 / 70 of it.
        assertThat(officers.ledThreats().get(0).percentOfCapacity()).isCloseTo(100.0 * 30 / 70, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(officers.detailSummaryProperty().get()).contains("197.1%").contains("Overloaded");
    }

    @Test
    void anOfficersPageChartsTheirLoadPercentDayByDayAndListsTheThreatsTheyTookAndGaveUp() {
        example.service.day = java.time.LocalDate.of(2022, 3, 30);
        example.service.applyAllocation(java.util.Map.of("OCG-2019-001", "E2187"),
                uk.police.soc.caseload.domain.AllocationReason.WORKLOAD, java.util.Map.of());
        example.service.day = java.time.LocalDate.of(2022, 3, 31);
        example.service.applyAllocation(java.util.Map.of("OCG-2019-001", "E2041"),
                uk.police.soc.caseload.domain.AllocationReason.SKILLS, java.util.Map.of("OCG-2019-001", "Knows it"));
        example.workspace.refresh();

        example.workspace.showOfficer("E2187");

        assertThat(officers.loadTrend()).extracting(p -> p.date().toString())
                .containsExactly("2022-03-30", "2022-03-31");
        // On 30 March E2187 led Op Alder too: their load % was higher than the day after, when it went back.
        assertThat(officers.loadTrend().get(0).loadPercent()).isGreaterThan(officers.loadTrend().get(1).loadPercent());
        assertThat(officers.trendSummaryProperty().get()).startsWith("2 days on record");
        assertThat(officers.allocationChanges()).hasSize(2);
        assertThat(officers.allocationChanges().get(0)).contains("gave up Op Alder (OCG-2019-001) to DS Amy Clarke")
                .contains("Skills: Knows it");
        assertThat(officers.allocationChanges().get(1)).contains("took Op Alder (OCG-2019-001) from DS Amy Clarke")
                .contains("Workload");
    }

    @Test
    void anOfficerWithNoHistorySaysSo() {
        example.workspace.showOfficer("E2302");

        assertThat(officers.loadTrend()).isEmpty();
        assertThat(officers.trendSummaryProperty().get()).startsWith("No workload recorded");
        assertThat(officers.allocationChanges()).isEmpty();
    }

    @Test
    void endingAReductionRaisesCapacityAndLowersLoadPercent() {
        example.dialogs.officerEditor = editor -> {
            editor.reductionsProperty().set("");
            return editor.save();
        };
        example.workspace.showOfficer("E2302");
        officers.editSelected();
        OfficerRow tom = example.workspace.snapshot().officer("E2302");
        assertThat(tom.capacity()).isEqualTo(100);
        assertThat(tom.loadPercent()).isEqualTo(138);
    }

    @Test
    void badSkillsAndReductionsAreReportedByFieldAndNothingIsSaved() {
        OfficerEditorViewModel[] seen = new OfficerEditorViewModel[1];
        example.dialogs.officerEditor = editor -> {
            seen[0] = editor;
            editor.skillsProperty().set("DRUGS 5\nFIREARMS");
            editor.reductionsProperty().set("150 | Too much");
            return editor.save();
        };
        example.workspace.showOfficer("E2302");
        officers.editSelected();
        assertThat(seen[0].errors().of("skills")).contains("0 to 3").contains("FIREARMS");
        assertThat(seen[0].errors().of("reductions")).contains("at most 100");
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void aMentorMustBeAnExistingOtherOfficerAsTheValidatorSays() {
        OfficerEditorViewModel[] seen = new OfficerEditorViewModel[1];
        example.dialogs.officerEditor = editor -> {
            seen[0] = editor;
            editor.mentorIdProperty().set("E2302");
            return editor.save();
        };
        example.workspace.showOfficer("E2302");
        officers.editSelected();
        assertThat(seen[0].errors().of("mentorId")).isNotBlank();
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void aNewOfficerWithAnExistingIdIsRefusedAndNothingIsSaved() {
        OfficerEditorViewModel[] seen = new OfficerEditorViewModel[1];
        example.dialogs.officerEditor = editor -> {
            seen[0] = editor;
            editor.idProperty().set("E2302");
            editor.nameProperty().set("A second E2302");
            return editor.save();
        };
        officers.newOfficer();
        assertThat(seen[0].title()).isEqualTo("New officer");
        assertThat(seen[0].errors().of("id")).isEqualTo("an officer with this id already exists");
        assertThat(example.service.writes).hasValue(0);
    }

    @Test
    void theOverCapacityFilterShowsAmberAndRedOfficers() {
        example.workspace.showOfficers(OfficerFilter.OVER_CAPACITY);
        assertThat(officers.rows()).extracting(OfficerRow::id).containsExactly("E2041", "E2187", "E2230", "E2302");
    }

    @Test
    void aLongAbsentOfficerReadsAbsentUntilAndTheAbsentFilterShowsThem() {
        example.workspace.showOfficers(OfficerFilter.ABSENT);
        assertThat(officers.rows()).extracting(OfficerRow::id).containsExactly("E1990");
        OfficerRow harry = officers.rows().get(0);
        assertThat(harry.statusText()).isEqualTo("○ Absent until 30/06/2022");
        assertThat(harry.statusText()).doesNotContain("Within capacity");

        example.workspace.showOfficer("E1990");
        assertThat(officers.detailSummaryProperty().get()).contains("Absent until 30/06/2022");
        assertThat(officers.capacityBreakdown()).anySatisfy(line -> assertThat(line)
                .isEqualTo("Absence: Long-term sick, 14/02/2022 to 30/06/2022 (137 days, a long absence)"
                        + " — capacity 0 while it lasts"));
        assertThat(officers.capacityBreakdown()).last().isEqualTo("Capacity on 01/04/2022: 0 points");
    }

    @Test
    void anOfficersPageBreaksTheirCapacityDownIntoHoursAndReductions() {
        example.workspace.showOfficer("E2302");
        assertThat(officers.capacityBreakdown()).containsExactly(
                "Weekly hours: 37 of the standard 37 (none recorded: the standard) → 100 of 100 points",
                "Reduction: Supervisory duties, 30 % with no end date — in force on 01/04/2022",
                "Capacity on 01/04/2022: 70 points");

        example.workspace.showOfficer("E2415");
        assertThat(officers.capacityBreakdown()).first().asString().startsWith("Weekly hours: 30 of the standard 37 → 81.1");
    }

    @Test
    void theSkillsColumnNamesTheCategoriesStrongestFirst() {
        OfficerRow amy = example.workspace.snapshot().officer("E2041");

        assertThat(officers.skillsText(amy)).isEqualTo("Drugs supply, including county lines 3, "
                + "Organised acquisitive crime 2, Modern slavery and human trafficking 1");
    }
}
