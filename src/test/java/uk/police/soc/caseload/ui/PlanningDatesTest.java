package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.persistence.StoreKind;
import uk.police.soc.caseload.persistence.TestStore;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.PlanningDates;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;

/** A database remembers the date of the data imported into it and the planning date last chosen on it. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PlanningDatesTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path folder;

    @Test
    void anImportRecordsTheDatasDateAndTheAppsPlanningDateIsRememberedAcrossOpenings() {
        Caseload seed = new DatasetReader().read(TestData.shared("seed-case.json"));
        String path = TestStore.fresh(kind, folder).db();
        try (CaseloadService service = CaseloadServices.open(path)) {
            assertThat(service.planningDates()).isEqualTo(PlanningDates.NONE);
            service.importCaseload(seed, true);
            service.rememberPlanningDate(LocalDate.of(2022, 5, 1));
        }
        try (CaseloadService reopened = CaseloadServices.open(path)) {
            assertThat(reopened.planningDates()).isEqualTo(new PlanningDates(seed.asOf(), LocalDate.of(2022, 5, 1)));
        }
    }

    @Test
    void theWorkspaceSaysTheDataIsOlderOpensOnTheRememberedDateAndPlansOnTheDatasDate() {
        Caseload seed = new DatasetReader().read(TestData.shared("seed-case.json"));
        try (CaseloadService service = CaseloadServices.open(TestStore.fresh(kind, folder).db())) {
            service.importCaseload(seed, true);
            WorkspaceViewModel workspace = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS,
                    new RecordingDialogService(), CaseloadServices::open);
            workspace.planningDateProperty().set(LocalDate.of(2022, 4, 20));
            workspace.refresh();
            assertThat(workspace.dateNoticeProperty().get()).isEqualTo("The data was imported as of 01/04/2022; "
                    + "you are planning on 20/04/2022, 19 days later. Training, absences and reviews are judged on "
                    + "the planning date.");

            workspace.planOnDataDate();
            assertThat(workspace.planningDate()).isEqualTo(seed.asOf());
            assertThat(workspace.dateNoticeProperty().get()).isEmpty();
            assertThat(service.planningDates().lastPlanningDate()).isEqualTo(seed.asOf());

            workspace.planningDateProperty().set(LocalDate.of(2022, 4, 20));
            WorkspaceViewModel nextTime = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS,
                    new RecordingDialogService(), CaseloadServices::open);
            nextTime.openOnRememberedDate();
            assertThat(nextTime.planningDate()).isEqualTo(LocalDate.of(2022, 4, 20));
        }
    }
}
