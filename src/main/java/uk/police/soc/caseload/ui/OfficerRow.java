package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.LoadStatus;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.Officer;

/**
 * One officer as the tables and the chart show them, with capacity and load already worked out.
 *
 * @param absence the absence covering the planning date, or null
 * @param longAbsent that absence is long enough to take the officer's capacity to 0
 */
public record OfficerRow(
        Officer officer,
        double capacity,
        double load,
        double loadPercent,
        LoadStatus status,
        Accreditation accreditation,
        int threatsLed,
        uk.police.soc.caseload.domain.Absence absence,
        boolean longAbsent) {

    /** Without an absence on the planning date. */
    public OfficerRow(Officer officer, double capacity, double load, double loadPercent, LoadStatus status,
            Accreditation accreditation, int threatsLed) {
        this(officer, capacity, load, loadPercent, status, accreditation, threatsLed, null, false);
    }

    /** "✓ Within capacity", or "○ Absent until 30/06/2022" for an officer on a long absence. */
    public String statusText() {
        return OfficerStanding.statusText(this);
    }

    public String statusStyleClass() {
        return OfficerStanding.statusStyleClass(this);
    }

    /** Whether the officer may lead threats on their own, under a mentor, or not at all. */
    public enum Accreditation {
        ACCREDITED("Accredited LRO"), MENTORED_TRAINEE("Mentored trainee"), NONE("Not accredited");

        private final String label;

        Accreditation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String id() {
        return officer.id();
    }

    public String name() {
        return officer.name() == null ? officer.id() : officer.name();
    }

    /** "DRUGS 3, MSHT 1", strongest first. */
    public String skillsText() {
        Map<String, Integer> sorted = new TreeMap<>(officer.skills());
        return sorted.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    public String searchText() {
        return String.join(" ", officer.id(), name(), officer.rank() == null ? "" : officer.rank(),
                officer.unit() == null ? "" : officer.unit(), officer.area() == null ? "" : officer.area(),
                skillsText()).toLowerCase();
    }
}
