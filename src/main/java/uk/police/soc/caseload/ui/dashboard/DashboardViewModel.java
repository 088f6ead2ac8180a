package uk.police.soc.caseload.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.SustainedOverload;
import uk.police.soc.caseload.report.words.Words;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.OfficerFilter;
import uk.police.soc.caseload.ui.OfficerRow;
import uk.police.soc.caseload.ui.ThreatFilter;
import uk.police.soc.caseload.ui.ThreatRow;
import uk.police.soc.caseload.ui.TrainingTab;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/** The start screen: headline figures as tiles, and every officer's load % against the policy's thresholds. */
public class DashboardViewModel {

    /** How worrying a tile's figure is; the view colours it and the title words it. */
    public enum Severity { NEUTRAL, GOOD, AMBER, RED }

    /** One headline figure; opening it shows the records behind it. */
    public record Tile(String key, String title, String value, String hint, Severity severity, Runnable open) {
    }

    private final WorkspaceViewModel workspace;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<OfficerRow> officerLoads = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyStringWrapper chartTitle =
            new javafx.beans.property.ReadOnlyStringWrapper("Workload by officer");
    private final javafx.beans.property.ReadOnlyStringWrapper chartNote = new javafx.beans.property.ReadOnlyStringWrapper("");

    public DashboardViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> update(snapshot));
        update(workspace.snapshot());
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    /**
     * The most officers the workload chart shows one bar each for; a force-wide list of hundreds of bars is
     * unreadable, so beyond this it shows the most loaded and says so.
     */
    public static final int CHART_LIMIT = 30;

    /** The officers on the workload chart: everyone in dataset order, or the most loaded first in a large force. */
    public ObservableList<OfficerRow> officerLoads() {
        return officerLoads;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public Policy policy() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        return snapshot == null ? Policy.DEFAULTS : snapshot.caseload().policy();
    }

    public Tile tile(String key) {
        return tiles.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * The workload chart's label for an officer's bar: the name over the id, so that people read who it is and
     * two officers of the same name still get a bar each.
     */
    public static String chartLabel(OfficerRow row) {
        String name = row.officer().name();
        return name == null || name.isBlank() ? row.id() : name + "\n" + row.id();
    }

    /** Opens the officer's page, as a click on their bar does. */
    public void openOfficer(String officerId) {
        workspace.showOfficer(officerId);
    }

    public void loadWorkedExample() {
        workspace.loadWorkedExample();
    }

    public void importDataset() {
        workspace.importDataset();
    }

    private void update(CaseloadSnapshot snapshot) {
        if (snapshot == null) {
            tiles.clear();
            officerLoads.clear();
            return;
        }
        empty.set(snapshot.isEmpty());
        PlanFigures figures = snapshot.figures();
        List<ThreatRow> threats = snapshot.threats();
        long active = threats.stream().filter(ThreatRow::active).count();
        long lros = snapshot.officers().stream()
                .filter(o -> o.accreditation() == OfficerRow.Accreditation.ACCREDITED).count();
        // A mentored trainee leading a threat of a priority trainees may lead is within the rules: those leads are
        // counted apart, so that a plan that gives trainees the work they may do does not read as a gap.
        java.util.Map<String, OfficerRow> officerRows = new java.util.HashMap<>();
        snapshot.officers().forEach(o -> officerRows.put(o.id(), o));
        List<Integer> traineePriorities = policy(snapshot).traineePriorities();
        java.util.function.Predicate<ThreatRow> ledByMentoredTrainee = t -> t.ledWithoutAccreditation()
                && officerRows.containsKey(t.threat().officerId())
                && officerRows.get(t.threat().officerId()).accreditation() == OfficerRow.Accreditation.MENTORED_TRAINEE
                && traineePriorities.contains(t.threat().priority());
        long ledUnaccredited = threats.stream().filter(ThreatRow::ledWithoutAccreditation)
                .filter(ledByMentoredTrainee.negate()).count();
        long ledByTrainees = threats.stream().filter(ledByMentoredTrainee).count();
        long overdue = count(threats, ThreatFilter.REVIEW_OVERDUE);
        long dueSoon = count(threats, ThreatFilter.REVIEW_DUE_SOON);

        List<Tile> next = new ArrayList<>();
        next.add(new Tile("active", "Active threats", String.valueOf(active),
                String.format("%s points in all", uk.police.soc.caseload.ui.Formats.points(figures.totalPoints())),
                Severity.NEUTRAL, () -> workspace.showThreats(ThreatFilter.ALL_ACTIVE)));
        next.add(new Tile("lros", "Accredited LROs", String.valueOf(lros), "active, with valid LRO training",
                Severity.NEUTRAL, () -> workspace.showOfficers(OfficerFilter.ACCREDITED)));
        next.add(new Tile("unallocated", "Unallocated", String.valueOf(figures.unallocated().size()),
                "coverable threats with no LRO", severity(figures.unallocated().size(), Severity.RED),
                () -> workspace.showThreats(ThreatFilter.UNALLOCATED)));
        next.add(new Tile("uncoverable", "Uncoverable", String.valueOf(figures.uncoverable().size()),
                "no officer meets the rules", severity(figures.uncoverable().size(), Severity.RED),
                () -> workspace.showThreats(ThreatFilter.UNCOVERABLE)));
        long singleCover = count(threats, ThreatFilter.SINGLE_COVER);
        next.add(new Tile("singleCover", "Only one may lead", String.valueOf(singleCover),
                "threats one absence would leave with no one", severity(singleCover, Severity.AMBER),
                () -> workspace.showThreats(ThreatFilter.SINGLE_COVER)));
        next.add(new Tile("overCapacity", "Over capacity", String.valueOf(figures.officersOverCapacity()),
                String.format("officers above %s", uk.police.soc.caseload.ui.Formats.percent(policy(snapshot).amberLoadPercent())),
                severity(figures.officersOverCapacity(), Severity.AMBER),
                () -> workspace.showOfficers(OfficerFilter.OVER_CAPACITY)));
        next.add(new Tile("overloaded", "Overloaded", String.valueOf(figures.officersOverloaded()),
                String.format("officers above %s", uk.police.soc.caseload.ui.Formats.percent(policy(snapshot).redLoadPercent())),
                severity(figures.officersOverloaded(), Severity.RED),
                () -> workspace.showOfficers(OfficerFilter.OVERLOADED)));
        next.add(new Tile("ledUnaccredited", "Led by unaccredited", String.valueOf(ledUnaccredited),
                "LRO without valid LRO training" + (ledByTrainees == 0 ? ""
                        : "; +" + ledByTrainees + " by trainees, allowed"),
                severity(ledUnaccredited, Severity.AMBER),
                () -> workspace.showThreats(ThreatFilter.LED_WITHOUT_ACCREDITATION)));
        // The trainers' two questions: who leads without accreditation, and whose accreditation is running out.
        java.util.Set<String> leadingWithoutAccreditation = new java.util.HashSet<>();
        java.util.Set<String> traineesLeading = new java.util.HashSet<>();
        for (ThreatRow threat : threats) {
            if (threat.ledWithoutAccreditation()) {
                (ledByMentoredTrainee.test(threat) ? traineesLeading : leadingWithoutAccreditation)
                        .add(threat.threat().officerId());
            }
        }
        traineesLeading.removeAll(leadingWithoutAccreditation);
        long unaccreditedLros = leadingWithoutAccreditation.size();
        next.add(new Tile("unaccreditedLros", "Unaccredited LROs", String.valueOf(unaccreditedLros),
                "lead threats without LRO training" + (traineesLeading.isEmpty() ? ""
                        : "; +" + traineesLeading.size() + " trainee" + (traineesLeading.size() == 1 ? "" : "s")
                                + " within the rules"),
                severity(unaccreditedLros, Severity.RED),
                () -> workspace.showTraining(TrainingTab.GAP_REPORT)));
        long expiring = TrainingGaps.expiring(snapshot.assessment(), TrainingGaps.DEFAULT_WITHIN_DAYS).stream()
                .filter(r -> r.accreditsLro()).count();
        next.add(new Tile("accreditationExpiring", "Accreditation expiring", String.valueOf(expiring),
                "LRO training ends within " + TrainingGaps.DEFAULT_WITHIN_DAYS + " days",
                severity(expiring, Severity.AMBER), () -> workspace.showTraining(TrainingTab.MATRIX)));
        next.add(new Tile("reviewOverdue", "4P reviews overdue", String.valueOf(overdue),
                "next review date has passed", severity(overdue, Severity.RED),
                () -> workspace.showThreats(ThreatFilter.REVIEW_OVERDUE)));
        next.add(new Tile("reviewDueSoon", "4P reviews due soon", String.valueOf(dueSoon),
                "within " + ThreatRow.REVIEW_DUE_SOON_DAYS + " days", severity(dueSoon, Severity.AMBER),
                () -> workspace.showThreats(ThreatFilter.REVIEW_DUE_SOON)));
        long planAttention = count(threats, ThreatFilter.PLAN_NEEDS_ATTENTION);
        next.add(new Tile("planHealth", "4P plans need attention", String.valueOf(planAttention),
                "missing strands, overdue actions or review", severity(planAttention, Severity.AMBER),
                () -> workspace.showThreats(ThreatFilter.PLAN_NEEDS_ATTENTION)));
        List<SustainedOverload> sustained = snapshot.sustainedOverload();
        Map<String, Officer> officersById = snapshot.caseload().officersById();
        next.add(new Tile("sustainedOverload", "Sustained overload", String.valueOf(sustained.size()),
                sustained.isEmpty() ? "no one overloaded for " + policy(snapshot).sustainedOverloadDays() + " days"
                        : sustained.stream().map(o -> Words.sustainedOverload(o, officersById.get(o.officerId()),
                                policy(snapshot).redLoadPercent(), snapshot.caseload().asOf()))
                                .collect(java.util.stream.Collectors.joining("; ")),
                severity(sustained.size(), Severity.RED),
                () -> workspace.showOfficers(OfficerFilter.OVERLOADED)));
        // The shortfall compares the force's total capacity with its total work: 0 says there is enough in all,
        // not that anyone is comfortable. Green only when no officer is over capacity either.
        String shortfallHint = figures.lroShortfall() > 0 ? "full-time LROs lacking to carry the work at 100 %"
                : figures.officersOverCapacity() > 0
                        ? "enough capacity in total, but " + figures.officersOverCapacity()
                                + (figures.officersOverCapacity() == 1 ? " officer is" : " officers are")
                                + " over capacity: share the work out"
                        : "enough LROs to carry the work at 100 %";
        Severity shortfallSeverity = figures.lroShortfall() > 0 ? Severity.RED
                : figures.officersOverCapacity() > 0 ? Severity.AMBER : Severity.GOOD;
        next.add(new Tile("shortfall", "LRO shortfall", String.valueOf(figures.lroShortfall()),
                shortfallHint, shortfallSeverity,
                () -> workspace.showOfficers(OfficerFilter.ACTIVE)));
        tiles.setAll(next);
        List<OfficerRow> officers = snapshot.officers();
        if (officers.size() <= CHART_LIMIT) {
            officerLoads.setAll(officers);
            chartTitle.set("Workload by officer");
            chartNote.set("");
        } else {
            officerLoads.setAll(officers.stream()
                    .sorted(java.util.Comparator.comparingDouble(OfficerRow::loadPercent).reversed()
                            .thenComparing(OfficerRow::id))
                    .limit(CHART_LIMIT).toList());
            chartTitle.set("The " + CHART_LIMIT + " most loaded officers");
            chartNote.set(String.format("Showing the %d most loaded of %,d officers, highest first; "
                    + "every officer is on the Officers screen.", CHART_LIMIT, officers.size()));
        }
    }

    public javafx.beans.property.ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle.getReadOnlyProperty();
    }

    /** Empty when the chart shows everyone; otherwise which officers it leaves out. */
    public javafx.beans.property.ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    /** Opens the list of every officer, for the note under a chart that shows only some of them. */
    public void openAllOfficers() {
        workspace.showOfficers(OfficerFilter.ACTIVE);
    }

    private static Policy policy(CaseloadSnapshot snapshot) {
        return snapshot.caseload().policy();
    }

    private static long count(List<ThreatRow> threats, ThreatFilter filter) {
        return threats.stream().filter(filter::test).count();
    }

    private static Severity severity(long count, Severity whenAny) {
        return count == 0 ? Severity.GOOD : whenAny;
    }
}
