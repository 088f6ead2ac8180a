package uk.police.soc.caseload.ui.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.solver.whatif.Resilience;
import uk.police.soc.caseload.solver.whatif.Resilience.CategoryCoverage;
import uk.police.soc.caseload.solver.whatif.Resilience.IfUnavailable;
import uk.police.soc.caseload.solver.whatif.Resilience.OfficerResilience;
import uk.police.soc.caseload.solver.whatif.ResilienceAnalysis;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Screen;
import uk.police.soc.caseload.ui.ThreatFilter;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The Resilience screen: officers ranked by what their absence would break, each category's depth of cover, and
 * for the officer chosen the threats that would be left with no one. Worked out in the background for each new
 * snapshot, since a national caseload takes a moment.
 */
public class ResilienceViewModel {

    /** One officer, as the ranking shows them. */
    public record OfficerRow(String officerId, String name, int leads, int soleCover, int noOneEligible,
            int leftWithoutLro, int unallocated, double overloadPoints, double peakLoadPercent, long lroShortfall,
            String breaks) {
    }

    /** One category's cover, with its name. */
    public record CategoryRow(String code, String name, int threats, int eligibleOfficers, int uncoverable,
            int singleCover) {
    }

    private final WorkspaceViewModel workspace;
    private final BackgroundRunner runner;
    private final ObservableList<OfficerRow> officers = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<String, List<String>> detailByOfficer = new HashMap<>();
    private CaseloadSnapshot shown;

    public ResilienceViewModel(WorkspaceViewModel workspace, BackgroundRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        // Worked out only while the screen is shown: at national size it is a second of a background thread.
        workspace.snapshotProperty().addListener((obs, old, snapshot) -> updateIfShown());
        workspace.screenProperty().addListener((obs, old, screen) -> updateIfShown());
        updateIfShown();
    }

    private void updateIfShown() {
        CaseloadSnapshot snapshot = workspace.snapshot();
        if (workspace.screenProperty().get() == Screen.RESILIENCE && snapshot != shown) {
            update(snapshot);
        }
    }

    public ObservableList<OfficerRow> officers() {
        return officers;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the officer's absence would leave without an LRO, one line per threat. */
    public List<String> detail(String officerId) {
        return detailByOfficer.getOrDefault(officerId, List.of());
    }

    public void openOfficer(String officerId) {
        workspace.showOfficer(officerId);
    }

    /** The register, showing only the single points of failure. */
    public void openSingleCover() {
        workspace.showThreats(ThreatFilter.SINGLE_COVER);
    }

    private void update(CaseloadSnapshot snapshot) {
        shown = snapshot;
        if (snapshot == null) {
            officers.clear();
            categories.clear();
            return;
        }
        busy.set(true);
        CaseloadAssessment assessment = snapshot.assessment();
        runner.run(() -> new ResilienceAnalysis(assessment).analyse(), resilience -> {
            if (shown == snapshot) {
                show(snapshot.caseload(), resilience);
            }
            busy.set(false);
        }, failure -> {
            summary.set("Resilience could not be worked out: " + failure.getMessage());
            busy.set(false);
        });
    }

    private void show(Caseload caseload, Resilience resilience) {
        Map<String, Officer> officersById = caseload.officersById();
        Map<String, Threat> threats = new HashMap<>();
        caseload.threats().forEach(t -> threats.put(t.id(), t));
        List<OfficerRow> rows = new ArrayList<>();
        detailByOfficer.clear();
        for (OfficerResilience officer : resilience.officers()) {
            IfUnavailable absent = officer.ifUnavailable();
            Officer record = officersById.get(officer.officerId());
            String name = record == null || record.name() == null ? officer.officerId() : record.name();
            rows.add(new OfficerRow(officer.officerId(), name, officer.leads().size(), officer.soleCoverFor().size(),
                    absent.newlyUncoverable().size(), absent.leftWithoutOfficer().size(), absent.unallocated().size(),
                    absent.overloadPoints(), absent.peakLoadPercent(), absent.lroShortfall(), breaks(absent)));
            List<String> lines = new ArrayList<>();
            for (String id : absent.newlyUncoverable()) {
                lines.add("No one else may lead " + id + " " + threats.get(id).name()
                        + (officer.leads().contains(id) ? "" : " (led by someone else, who does not meet the rules)"));
            }
            for (String id : absent.leftWithoutOfficer()) {
                if (!absent.newlyUncoverable().contains(id)) {
                    lines.add(id + " " + threats.get(id).name() + " would have no LRO"
                            + (absent.unallocated().contains(id) ? " (no one has room)" : " (no one meets the rules)"));
                }
            }
            absent.reallocated().forEach((threatId, to) -> lines.add(threatId + " " + threats.get(threatId).name()
                    + " would go to " + officersById.get(to).name()));
            detailByOfficer.put(officer.officerId(), lines);
        }
        // Worst first: threats no one else may lead, then threats left without an LRO, then the overload.
        rows.sort(Comparator.comparingInt(OfficerRow::noOneEligible).reversed()
                .thenComparing(Comparator.comparingInt(OfficerRow::leftWithoutLro).reversed())
                .thenComparing(Comparator.comparingDouble(OfficerRow::overloadPoints).reversed())
                .thenComparing(OfficerRow::officerId));
        officers.setAll(rows);

        Map<String, String> names = new HashMap<>();
        caseload.categories().forEach(c -> names.put(c.code(), c.name()));
        List<CategoryRow> categoryRows = new ArrayList<>();
        for (CategoryCoverage category : resilience.categories()) {
            categoryRows.add(new CategoryRow(category.category(), names.getOrDefault(category.category(),
                    category.category()), category.threats(), category.eligibleOfficers(), category.uncoverable(),
                    category.singleCover()));
        }
        categories.setAll(categoryRows);
        long single = resilience.threats().stream().filter(t -> t.coverageDepth() == 1).count();
        long spof = rows.stream().filter(r -> r.noOneEligible() > 0).count();
        summary.set(String.format("%d active threats; %d with only one officer who may lead them. %d %s whose"
                + " absence would leave threats with no one eligible.", resilience.threats().size(), single, spof,
                spof == 1 ? "officer is a single point of failure," : "officers are single points of failure,"));
    }

    private static String breaks(IfUnavailable absent) {
        if (absent.newlyUncoverable().isEmpty() && absent.leftWithoutOfficer().isEmpty()) {
            return "nothing left without an LRO";
        }
        List<String> parts = new ArrayList<>();
        if (!absent.newlyUncoverable().isEmpty()) {
            parts.add(absent.newlyUncoverable().size() + " with no one eligible");
        }
        if (!absent.leftWithoutOfficer().isEmpty()) {
            parts.add(absent.leftWithoutOfficer().size() + " left without an LRO");
        }
        return "⚑ " + String.join(", ", parts) + " · overload " + Formats.points(absent.overloadPoints());
    }

}
