package uk.police.soc.caseload.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.FigureChange;

class PolicySettingsViewModelTest {

    @TempDir
    Path folder;

    private CaseloadService service;
    private PolicySettingsViewModel model;

    @BeforeEach
    void openStore() {
        service = SeedCaseStore.open(folder);
        model = opened();
    }

    /** The settings as the app opens them: from the workspace's snapshot of the store's caseload. */
    private PolicySettingsViewModel opened() {
        return new PolicySettingsViewModel(service, CaseloadSnapshot.of(service.load(SeedCaseStore.AS_OF)),
                BackgroundRunner.SYNCHRONOUS);
    }

    @AfterEach
    void closeStore() {
        service.close();
    }

    private FigureChange figure(String key) {
        return model.preview().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theFormOpensWithTheStoredPolicy() {
        assertThat(model.nominalCapacityPointsProperty().get()).isEqualTo("100");
        assertThat(model.standardWeeklyHoursProperty().get()).isEqualTo("37");
        assertThat(model.pointsProperty(1).get()).isEqualTo("30");
        assertThat(model.minSkillLevelProperty(3).get()).isEqualTo("1");
        assertThat(model.traineeMayLeadProperty(2).get()).isFalse();
        assertThat(model.traineeMayLeadProperty(3).get()).isTrue();
        assertThat(model.redLoadPercentProperty().get()).isEqualTo("110");
        assertThat(model.allowOverloadProperty().get()).isTrue();
        assertThat(model.editedPolicy()).contains(service.policy());
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void thePipTableListsEveryStoredCategoryWithBlankForNotSet() {
        assertThat(model.pipLevels()).extracting(PipLevelRow::categoryCode)
                .containsExactly("DRUGS", "MSHT", "ACQUISITIVE", "FRAUD", "MONEY_LAUNDERING", "FIREARMS", "CSAE", "OIC",
                        "CYBER");
        assertThat(model.pipLevels()).filteredOn(r -> !r.levelProperty().get().isEmpty())
                .extracting(PipLevelRow::categoryCode, r -> r.levelProperty().get())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSHT", "2"));
    }

    @Test
    void beforeAnyChangeThePreviewShowsTheWorkedExampleFiguresUnchanged() {
        assertThat(model.preview()).allSatisfy(f -> assertThat(f.after()).isEqualTo(f.before()));
        assertThat(figure("hardViolations").before()).isEqualTo(12);
        assertThat(figure("uncoverable").before()).isEqualTo(4);
        assertThat(figure("totalPoints").before()).isEqualTo(589);
        assertThat(model.previewNoteProperty().get()).contains("would not change");
    }

    @Test
    void raisingTheRedThresholdShowsFewerOverloadedOfficersInThePreview() {
        model.redLoadPercentProperty().set("150");

        PlanFigures expected = new CaseloadAssessment(service.load(SeedCaseStore.AS_OF)
                .withPolicy(model.editedPolicy().orElseThrow())).figures();
        FigureChange overloaded = figure("officersOverloaded");
        assertThat(overloaded.after()).isEqualTo(expected.officersOverloaded()).isLessThan(overloaded.before());
        assertThat(overloaded.isBetter()).isTrue();
        assertThat(figure("officersOverCapacity").after()).isEqualTo(figure("officersOverCapacity").before());
        assertThat(model.previewNoteProperty().get()).startsWith("1 figure changes");
        assertThat(model.changedProperty().get()).isTrue();
    }

    @Test
    void aKeystrokeHandsTheFiguresToTheBackgroundAndOnlyTheLatestIsShown() {
        java.util.List<Runnable> held = new java.util.ArrayList<>();
        BackgroundRunner holding = new BackgroundRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                held.add(() -> SYNCHRONOUS.run(work, onSuccess, onFailure));
            }
        };
        PolicySettingsViewModel typed = new PolicySettingsViewModel(service,
                CaseloadSnapshot.of(service.load(SeedCaseStore.AS_OF)), holding);
        held.clear();

        // Typing "7", "0": each keystroke is work for the background, none is worked out on this thread.
        typed.pointsProperty(4).set("7");
        typed.pointsProperty(4).set("70");
        assertThat(held).hasSize(2);
        // The work for "7" finishing last must not replace the figures for "70".
        java.util.Collections.reverse(held);
        held.forEach(Runnable::run);

        FigureChange total = typed.preview().stream().filter(f -> f.key().equals("totalPoints"))
                .findFirst().orElseThrow();
        model.pointsProperty(4).set("70");
        assertThat(total.after()).isEqualTo(figure("totalPoints").after());
    }

    @Test
    void higherPointsByPriorityRaiseTheTotalPointsInThePreview() {
        model.pointsProperty(4).set("60");

        assertThat(figure("totalPoints").after()).isGreaterThan(figure("totalPoints").before());
        assertThat(figure("totalPoints").difference()).startsWith("+");
    }

    @Test
    void savingStoresEveryEditedSetting() {
        model.redLoadPercentProperty().set("150");
        model.standardWeeklyHoursProperty().set("40");
        model.traineeMayLeadProperty(2).set(true);
        model.pipLevels().stream().filter(r -> r.categoryCode().equals("FRAUD")).findFirst().orElseThrow()
                .levelProperty().set("1");
        model.allowOverloadProperty().set(false);

        assertThat(model.save()).isTrue();

        Policy stored = service.policy();
        assertThat(stored.redLoadPercent()).isEqualTo(150);
        assertThat(stored.standardWeeklyHours()).isEqualTo(40);
        assertThat(stored.traineePriorities()).containsExactly(2, 3, 4);
        assertThat(stored.minPipLevelByCategory()).isEqualTo(Map.of("MSHT", 2, "FRAUD", 1));
        assertThat(stored.allowOverload()).isFalse();
        assertThat(model.errors().isEmpty()).isTrue();
    }

    @Test
    void aNegativeThresholdIsReportedAgainstItsFieldAndNothingIsStored() {
        Policy before = service.policy();
        model.redLoadPercentProperty().set("-5");
        model.amberLoadPercentProperty().set("90");

        assertThat(model.save()).isFalse();

        assertThat(model.errors().of("redLoadPercent")).isEqualTo("must be above 0");
        assertThat(model.errors().byField()).containsOnlyKeys("redLoadPercent");
        assertThat(service.policy()).isEqualTo(before);
    }

    @Test
    void textThatIsNotANumberIsReportedAgainstItsFieldAndNothingIsStored() {
        Policy before = service.policy();
        model.nominalCapacityPointsProperty().set("lots");
        model.longAbsenceDaysProperty().set("");

        assertThat(model.save()).isFalse();

        assertThat(model.errors().of("nominalCapacityPoints")).isEqualTo("\"lots\" is not a number");
        assertThat(model.errors().of("longAbsenceDays")).isEqualTo("required");
        assertThat(service.policy()).isEqualTo(before);
        assertThat(model.previewNoteProperty().get()).contains("not valid yet");
        assertThat(figure("officersOverloaded").afterText()).isEqualTo("—");
        assertThat(figure("officersOverloaded").difference()).isEmpty();
    }

    @Test
    void outOfRangeLevelsAreReportedAgainstTheirPriorityAndCategory() {
        model.minSkillLevelProperty(2).set("5");
        model.pipLevels().get(0).levelProperty().set("9");

        assertThat(model.save()).isFalse();

        assertThat(model.errors().of("minSkillLevelByPriority.2")).isEqualTo("must be a skill level from 0 to 3");
        assertThat(model.errors().of("minPipLevelByCategory.DRUGS")).isEqualTo("must be a PIP level from 0 to 4");
    }

    @Test
    void noTraineePrioritiesIsAValidPolicy() {
        model.traineeMayLeadProperty(3).set(false);
        model.traineeMayLeadProperty(4).set(false);

        assertThat(model.save()).isTrue();

        assertThat(service.policy().traineePriorities()).isEmpty();
    }

    @Test
    void aRedThresholdBelowAmberIsAllowedButWarnedAbout() {
        model.redLoadPercentProperty().set("90");

        assertThat(model.warningProperty().get()).contains("below the amber");
        model.redLoadPercentProperty().set("120");
        assertThat(model.warningProperty().get()).isEmpty();
    }

    @Test
    void restoreDefaultsFillsTheFormWithoutStoringIt() {
        model.redLoadPercentProperty().set("150");
        model.pointsProperty(1).set("40");
        assertThat(model.save()).isTrue();
        Policy saved = service.policy();
        PolicySettingsViewModel reopened = opened();
        assertThat(reopened.redLoadPercentProperty().get()).isEqualTo("150");

        reopened.restoreDefaults();

        assertThat(reopened.editedPolicy()).contains(Policy.DEFAULTS);
        assertThat(reopened.changedProperty().get()).isTrue();
        assertThat(service.policy()).isEqualTo(saved);
    }

    @Test
    void aPolicyCategoryTheStoreLacksIsKeptWhenSaving() {
        Policy withOrphan = new Policy(100, 37, Policy.DEFAULTS.pointsByPriority(),
                Policy.DEFAULTS.minSkillLevelByPriority(), Map.of("MSHT", 2, "GONE", 3), List.of(3, 4), 28, 100, 110, 10,
                true);
        service.savePolicy(withOrphan);
        PolicySettingsViewModel reopened = opened();

        assertThat(reopened.pipLevels()).extracting(PipLevelRow::categoryCode).endsWith("GONE");
        assertThat(reopened.save()).isTrue();
        assertThat(service.policy().minPipLevelByCategory()).containsEntry("GONE", 3);
    }
}
