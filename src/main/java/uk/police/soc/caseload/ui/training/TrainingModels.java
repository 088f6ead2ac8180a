package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.BackgroundRunner;

/**
 * The view models of the Training screen's five tabs, made together so that the views never see the service.
 */
public record TrainingModels(TrainingMatrixViewModel matrix, TrainingGapReportViewModel gaps,
        TrainingRecordsViewModel records, CoursesViewModel courses, MentoringViewModel mentoring) {

    /** Every tab reading the store on {@code planningDate} with {@code runner}. */
    public static TrainingModels of(CaseloadService service, LocalDate planningDate, BackgroundRunner runner) {
        return new TrainingModels(new TrainingMatrixViewModel(service, planningDate, runner),
                new TrainingGapReportViewModel(service, planningDate, runner),
                new TrainingRecordsViewModel(service, planningDate, runner),
                new CoursesViewModel(service, planningDate, runner),
                new MentoringViewModel(service, planningDate, runner));
    }
}
