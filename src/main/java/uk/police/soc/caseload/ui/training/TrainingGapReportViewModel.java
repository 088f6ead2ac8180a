package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.report.training.TrainingGapReport;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.presentation.TrainingWords;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The gap report screen's state: the four parts of the training gap report as table rows, each part with a
 * heading that says in words (and a symbol) whether there is a gap, and the suggestions in rank order.
 */
public class TrainingGapReportViewModel extends TrainingScreenViewModel<TrainingGapReportViewModel.Figures> {

    /** How a part of the report stands: nothing to do, worth watching, or a gap. */
    public enum Standing { OK, WARNING, GAP }

    /** A part's heading: its text (with symbol) and standing, for the view to colour. */
    public record Heading(String text, Standing standing) {
    }

    public record LeaderRow(String officer, String mentored, int threats, String threatIds) {
    }

    public record ExpiringRow(String officer, String course, LocalDate expiresOn, String daysLeft, String leads) {
    }

    public record UncoverableRow(String threat, String priority, String category, String nearestOfficers) {
    }

    public record TraineeRow(String officer, String mentor, String reason) {
    }

    private final IntegerProperty withinDays = new SimpleIntegerProperty(TrainingGaps.DEFAULT_WITHIN_DAYS);
    private final ReadOnlyObjectWrapper<TrainingGapReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LeaderRow> leaders = FXCollections.observableArrayList();
    private final ObservableList<ExpiringRow> expiring = FXCollections.observableArrayList();
    private final ObservableList<UncoverableRow> uncoverable = FXCollections.observableArrayList();
    private final ObservableList<TraineeRow> trainees = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Heading> leadersHeading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Heading> expiringHeading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Heading> uncoverableHeading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Heading> traineesHeading = new ReadOnlyObjectWrapper<>();

    /** Follows the workspace's snapshot, like every other screen. */
    public TrainingGapReportViewModel(WorkspaceViewModel workspace) {
        super(workspace);
        withinDays.addListener((obs, old, days) -> recompute());
        follow();
    }

    /** The report and its rows, worked out in the background from one snapshot. */
    record Figures(TrainingGapReport report, List<LeaderRow> leaders, List<ExpiringRow> expiring,
            List<UncoverableRow> uncoverable, List<TraineeRow> trainees, List<String> suggestions) {
    }

    @Override
    protected Callable<Figures> work(CaseloadSnapshot snapshot) {
        int days = Math.max(0, withinDays.get());
        return () -> figures(snapshot.caseload(), days);
    }

    private static Figures figures(Caseload caseload, int days) {
        TrainingGapReport computed = TrainingGaps.report(caseload, days);
        List<LeaderRow> leaders = computed.unaccreditedLeading().stream()
                .map(l -> new LeaderRow(Names.officer(caseload, l.officerId()), l.mentored() ? "✔ yes" : "✖ no",
                        l.threatIds().size(), inLines(l.threatIds())))
                .toList();
        List<ExpiringRow> expiring = computed.expiring().stream()
                .map(e -> new ExpiringRow(Names.officer(caseload, e.officerId()),
                        Names.course(caseload, e.courseCode()), e.expiresOn(),
                        java.time.temporal.ChronoUnit.DAYS.between(computed.asOf(), e.expiresOn()) + " days",
                        e.threatIds().isEmpty() ? "none" : inLines(e.threatIds())))
                .toList();
        List<UncoverableRow> uncoverable = computed.uncoverable().stream()
                .map(u -> new UncoverableRow(u.threatId() + " " + u.name(), "P" + u.priority(),
                        Formats.category(caseload, u.category()),
                        u.nearestOfficers().stream()
                                .map(o -> Names.officer(caseload, o.officerId()) + ": " + String.join(", ", o.unmet().stream()
                                        .map(code -> EligibilityRule.ofCode(code).map(EligibilityRule::label)
                                                .orElse(code)).toList()))
                                .collect(Collectors.joining("\n"))))
                .toList();
        List<TraineeRow> trainees = computed.traineesWithoutMentor().stream()
                .map(t -> new TraineeRow(Names.officer(caseload, t.officerId()), Names.officer(caseload, t.mentorId()),
                        "Mentor " + uk.police.soc.caseload.report.words.Words.mentorProblem(t.reason())))
                .toList();
        List<String> suggestions = TrainingWords.sentences(computed, caseload, Formats.dateFormat());
        return new Figures(computed, leaders, expiring, uncoverable, trainees, suggestions);
    }

    @Override
    protected void show(CaseloadSnapshot snapshot, Figures figures) {
        TrainingGapReport computed = figures.report();
        leaders.setAll(figures.leaders());
        expiring.setAll(figures.expiring());
        uncoverable.setAll(figures.uncoverable());
        trainees.setAll(figures.trainees());
        suggestions.setAll(figures.suggestions());

        int leading = computed.unaccreditedLeading().size();
        leadersHeading.set(leading == 0
                ? new Heading("✔ Every officer leading a threat is an accredited LRO", Standing.OK)
                : new Heading("✖ " + leading + (leading == 1 ? " officer leads" : " officers lead")
                        + " threats without LRO accreditation", Standing.GAP));
        int soon = computed.expiring().size();
        expiringHeading.set(soon == 0
                ? new Heading("✔ No training expires within " + computed.withinDays() + " days", Standing.OK)
                : new Heading("⚠ " + soon + (soon == 1 ? " record expires" : " records expire") + " within "
                        + computed.withinDays() + " days", Standing.WARNING));
        int none = computed.uncoverable().size();
        uncoverableHeading.set(none == 0
                ? new Heading("✔ Every active threat has at least one eligible officer", Standing.OK)
                : new Heading("✖ " + none + (none == 1 ? " threat has" : " threats have")
                        + " no eligible officer (nearest officers and the rules they fail)", Standing.GAP));
        int alone = computed.traineesWithoutMentor().size();
        traineesHeading.set(alone == 0
                ? new Heading("✔ Every trainee with a mentor has an accredited one", Standing.OK)
                : new Heading("✖ " + alone + (alone == 1 ? " trainee has" : " trainees have")
                        + " no accredited mentor", Standing.GAP));
        report.set(computed);
    }

    /** Threat ids four to a line, so that long lists stay readable in a table cell. */
    static String inLines(java.util.List<String> ids) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : i % 4 == 0 ? ",\n" : ", ").append(ids.get(i));
        }
        return text.toString();
    }


    public IntegerProperty withinDaysProperty() {
        return withinDays;
    }

    public ReadOnlyObjectProperty<TrainingGapReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<LeaderRow> leaders() {
        return leaders;
    }

    public ObservableList<ExpiringRow> expiring() {
        return expiring;
    }

    public ObservableList<UncoverableRow> uncoverable() {
        return uncoverable;
    }

    public ObservableList<TraineeRow> trainees() {
        return trainees;
    }

    public ObservableList<String> suggestions() {
        return suggestions;
    }

    public ReadOnlyObjectProperty<Heading> leadersHeadingProperty() {
        return leadersHeading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Heading> expiringHeadingProperty() {
        return expiringHeading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Heading> uncoverableHeadingProperty() {
        return uncoverableHeading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Heading> traineesHeadingProperty() {
        return traineesHeading.getReadOnlyProperty();
    }
}
