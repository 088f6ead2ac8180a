package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Policy;

class PolicyConfigTest {

    @TempDir
    Path workingDirectory;

    private Path writeConfig(String json) throws IOException {
        Path file = workingDirectory.resolve("config").resolve("policy.json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json);
    }

    @Test
    void withoutAConfigFileANewDatabaseGetsTheBuiltInDefaults() {
        assertThat(PolicyConfig.load(null, workingDirectory)).isEqualTo(Policy.DEFAULTS);
    }

    @Test
    void theShippedConfigFileHoldsTheDefaultsOfTheAllocationPolicy() {
        assertThat(PolicyConfig.read(Path.of("config", "policy.json"))).isEqualTo(Policy.DEFAULTS);
    }

    @Test
    void settingsGivenReplaceTheDefaultWholeAndOthersKeepIt() throws IOException {
        writeConfig("""
                {"minPipLevelByCategory": {"CSAE": 3}, "traineePriorities": [4], "allowOverload": false,
                 "pointsByPriority": {"1": 40, "2": 20.5, "3": 12, "4": 6}}""");

        Policy policy = PolicyConfig.load(null, workingDirectory);

        assertThat(policy).isEqualTo(new Policy(100, 37, Map.of(1, 40.0, 2, 20.5, 3, 12.0, 4, 6.0),
                Policy.DEFAULTS.minSkillLevelByPriority(), Map.of("CSAE", 3), List.of(4), 28, 100, 110, 10, false));
    }

    @Test
    void theSocConfigPropertyNamesTheFolder() throws IOException {
        Path folder = Files.createDirectories(workingDirectory.resolve("elsewhere"));
        Files.writeString(folder.resolve("policy.json"), "{\"longAbsenceDays\": 14}");

        assertThat(PolicyConfig.load(folder.toString(), workingDirectory).longAbsenceDays()).isEqualTo(14);
    }

    @Test
    void aSocConfigPropertyNamingNothingIsAnError() {
        Path missing = workingDirectory.resolve("missing");

        assertThatThrownBy(() -> PolicyConfig.load(missing.toString(), workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("soc.config");
    }

    @Test
    void everyBadSettingIsNamedWithTheFile() throws IOException {
        Path file = writeConfig("""
                {"pointsByPriority": {"1": 30, "2": -5, "3": 12},
                 "minSkillLevelByPriority": {"1": 2, "2": 2, "3": 1, "4": 7},
                 "traineePriorities": [3, 3], "longAbsenceDays": 2.5, "allowOverload": "yes", "skils": 1}""");

        assertThatThrownBy(() -> PolicyConfig.load(null, workingDirectory))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage().lines())
                        .containsExactlyInAnyOrder(
                                file + ": pointsByPriority.2: must be above 0, got -5",
                                file + ": pointsByPriority.4: missing (every priority 1 to 4 needs a value)",
                                file + ": minSkillLevelByPriority.4: must be at most 3, got 7",
                                file + ": traineePriorities: lists the same value more than once",
                                file + ": longAbsenceDays: expected an integer, got 2.5",
                                file + ": allowOverload: expected a boolean, got \"yes\"",
                                file + ": skils: unknown field"));
    }

    @Test
    void malformedJsonIsNamedWithTheFileAndLine() throws IOException {
        Path file = writeConfig("{\n  \"longAbsenceDays\": 14,\n  oops\n}");

        assertThatThrownBy(() -> PolicyConfig.load(null, workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": not valid JSON (line 3");
    }

    @Test
    void aConfigThatIsNotAnObjectIsAnError() throws IOException {
        Path file = writeConfig("[1, 2]");

        assertThatThrownBy(() -> PolicyConfig.load(null, workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": must hold a JSON object of policy settings");
    }
}
