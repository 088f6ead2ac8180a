package uk.police.soc.caseload.ui.training;

import java.util.List;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The view models of the Training screen's five tabs, made together so that the views never see the service.
 * Each follows the workspace's snapshot, as every other screen does: none reads the store.
 */
public record TrainingModels(TrainingMatrixViewModel matrix, TrainingGapReportViewModel gaps,
        TrainingRecordsViewModel records, CoursesViewModel courses, MentoringViewModel mentoring) {

    /** Every tab over {@code workspace}'s snapshot. */
    public static TrainingModels of(WorkspaceViewModel workspace) {
        return new TrainingModels(new TrainingMatrixViewModel(workspace), new TrainingGapReportViewModel(workspace),
                new TrainingRecordsViewModel(workspace), new CoursesViewModel(workspace),
                new MentoringViewModel(workspace));
    }

    /** Whether the Training screen is on view: hidden, its tabs work nothing out when the snapshot changes. */
    public void setShowing(boolean onView) {
        all().forEach(model -> model.setShowing(onView));
    }

    private List<TrainingScreenViewModel<?>> all() {
        return List.of(matrix, gaps, records, courses, mentoring);
    }
}
