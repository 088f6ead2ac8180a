package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.ChildJvm;

class DurabilityTest {

    @TempDir
    Path folder;

    @Test
    void aCommittedImportSurvivesTheProcessDyingStraightAfter() throws Exception {
        Path path = folder.resolve("caseload");
        try (ChildJvm child = ChildJvm.start(CommitThenHalt.class, path.toString())) {
            assertThat(child.readLine()).isEqualTo("committed");
            assertThat(child.waitForExit()).isEqualTo(CommitThenHalt.HALT_STATUS);
        }

        try (CaseloadService reopened = CaseloadServices.open(path)) {
            assertThat(reopened.load(Caseloads.AS_OF)).isEqualTo(Caseloads.small());
        }
    }
}
