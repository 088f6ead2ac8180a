package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;

/** Threats with their excluded officers, by id, in the order they were added. */
public final class ThreatRepository {

    private static final List<String> KEY = List.of("id");

    private final Connection connection;
    private final ChangeStamp stamp;

    ThreatRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    public List<Threat> findAll() throws SQLException {
        Map<String, List<String>> excluded = new HashMap<>();
        Jdbc.query(connection, "SELECT threat_id, officer_id FROM threat_excluded_officer ORDER BY threat_id, ordinal",
                row -> excluded.computeIfAbsent(row.getString("threat_id"), id -> new ArrayList<>())
                        .add(row.getString("officer_id")));
        return Jdbc.query(connection, "SELECT * FROM threat ORDER BY ordinal", row -> {
            String id = row.getString("id");
            return new Threat(id, row.getString("name"), row.getString("category"), row.getInt("priority"),
                    row.getString("band"), row.getObject("risk_score", Double.class),
                    row.getObject("workload_points", Double.class), row.getObject("min_skill_level", Integer.class),
                    row.getObject("min_pip_level", Integer.class), row.getString("area"), row.getString("officer_id"),
                    row.getBoolean("pinned"), excluded.get(id), ThreatStatus.valueOf(row.getString("status")),
                    row.getObject("adopted_on", LocalDate.class), row.getObject("next_review_due", LocalDate.class));
        });
    }

    /** Adds or updates by id, replacing its excluded officers; true when added. */
    public boolean save(Threat threat) throws SQLException {
        boolean added = Jdbc.upsert(connection, stamp, "threat", List.of("id"), List.of(threat.id()),
                List.of("name", "category", "priority", "band", "risk_score", "workload_points", "min_skill_level",
                        "min_pip_level", "area", "officer_id", "pinned", "status", "adopted_on", "next_review_due"),
                Arrays.asList(threat.name(), threat.category(), threat.priority(), threat.band(), threat.riskScore(),
                        threat.workloadPoints(), threat.minSkillLevel(), threat.minPipLevel(), threat.area(),
                        threat.officerId(), threat.pinned(), threat.status().name(), threat.adoptedOn(),
                        threat.nextReviewDue()));
        if (!added) {
            Jdbc.update(connection, "DELETE FROM threat_excluded_officer WHERE threat_id = ?", threat.id());
        }
        for (int i = 0; i < threat.excludedOfficerIds().size(); i++) {
            Jdbc.update(connection, "INSERT INTO threat_excluded_officer (threat_id, ordinal, officer_id)"
                    + " VALUES (?, ?, ?)", threat.id(), i, threat.excludedOfficerIds().get(i));
        }
        return added;
    }

    /** Gives one threat a new officer (or none); true when there is such a threat. */
    public boolean assign(String threatId, String officerId) throws SQLException {
        return Jdbc.updateVersioned(connection, stamp, "threat", KEY, List.of(threatId), List.of("officer_id"),
                Arrays.asList(officerId));
    }

    /** True when there is such a threat. */
    public boolean setPinned(String threatId, boolean pinned) throws SQLException {
        return Jdbc.updateVersioned(connection, stamp, "threat", KEY, List.of(threatId), List.of("pinned"),
                List.of(pinned));
    }

    /** The stored version of one threat, if there is one. */
    public Optional<RecordVersion> version(String threatId) throws SQLException {
        return Jdbc.version(connection, "threat", KEY, List.of(threatId));
    }

    /** Removes one threat with its excluded officers; true when there was one. */
    public boolean delete(String threatId) throws SQLException {
        return Jdbc.update(connection, "DELETE FROM threat WHERE id = ?", threatId) > 0;
    }

    /** Removes every threat with its excluded officers. */
    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM threat");
    }
}
