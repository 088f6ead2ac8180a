package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/amy");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DatabaseLocation.defaultPath("Linux", Map.of("XDG_DATA_HOME", "/data/amy"), HOME))
                .isEqualTo(Path.of("/data/amy/soc-caseload-planner/caseload"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        Path expected = Path.of("/home/amy/.local/share/soc-caseload-planner/caseload");
        assertThat(DatabaseLocation.defaultPath("Linux", Map.of(), HOME)).isEqualTo(expected);
        assertThat(DatabaseLocation.defaultPath("Linux", Map.of("XDG_DATA_HOME", "data"), HOME)).isEqualTo(expected);
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DatabaseLocation.defaultPath("Windows 11", Map.of("APPDATA", "/users/amy/AppData/Roaming"), HOME))
                .isEqualTo(Path.of("/users/amy/AppData/Roaming/SOC Caseload Planner/caseload"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DatabaseLocation.defaultPath("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/amy/Library/Application Support/SOC Caseload Planner/caseload"));
    }
}
