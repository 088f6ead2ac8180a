package uk.police.soc.caseload.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.police.soc.caseload.domain.Policy;

/** The force's one set of policy settings; its maps and lists are kept as JSON. */
public final class PolicyRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "nominal_capacity_points, standard_weekly_hours, points_by_priority,"
            + " min_skill_level_by_priority, min_pip_level_by_category, trainee_priorities, long_absence_days,"
            + " amber_load_percent, red_load_percent, move_cost_points, allow_overload, sustained_overload_days";

    private static final List<String> COLUMN_LIST = List.of(COLUMNS.split(",\\s*"));

    private final Connection connection;
    private final ChangeStamp stamp;

    PolicyRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    /** Empty only for a database that has never had a policy. */
    public Optional<Policy> find() throws SQLException {
        return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM policy WHERE id = 1", PolicyRepository::toPolicy)
                .stream().findFirst();
    }

    public void save(Policy policy) throws SQLException {
        List<Object> values = List.of(policy.nominalCapacityPoints(), policy.standardWeeklyHours(),
                // sorted, so that the stored text does not depend on hash order
                json(new TreeMap<>(policy.pointsByPriority())), json(new TreeMap<>(policy.minSkillLevelByPriority())),
                json(new TreeMap<>(policy.minPipLevelByCategory())), json(policy.traineePriorities()),
                policy.longAbsenceDays(), policy.amberLoadPercent(), policy.redLoadPercent(),
                policy.moveCostPoints(), policy.allowOverload(), policy.sustainedOverloadDays());
        // Update, else insert: portable, where MERGE and ON CONFLICT are each one store's dialect.
        if (Jdbc.updateVersioned(connection, stamp, "policy", List.of("id"), List.of(1), COLUMN_LIST, values)) {
            return;
        }
        List<Object> insert = new ArrayList<>(values);
        insert.addAll(List.of(1L, stamp.by(), stamp.atUtc()));
        Jdbc.update(connection, "INSERT INTO policy (id, " + COLUMNS + ", version, changed_by, changed_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert.toArray());
    }

    /** The stored policy's version, if a policy was ever stored. */
    public Optional<RecordVersion> version() throws SQLException {
        return Jdbc.version(connection, "policy", List.of("id"), List.of(1));
    }

    private static Policy toPolicy(ResultSet row) throws SQLException {
        return new Policy(row.getDouble("nominal_capacity_points"), row.getDouble("standard_weekly_hours"),
                fromJson(row, "points_by_priority", new TypeReference<Map<Integer, Double>>() { }),
                fromJson(row, "min_skill_level_by_priority", new TypeReference<Map<Integer, Integer>>() { }),
                fromJson(row, "min_pip_level_by_category", new TypeReference<Map<String, Integer>>() { }),
                fromJson(row, "trainee_priorities", new TypeReference<List<Integer>>() { }),
                row.getInt("long_absence_days"), row.getDouble("amber_load_percent"),
                row.getDouble("red_load_percent"), row.getDouble("move_cost_points"), row.getBoolean("allow_overload"),
                row.getInt("sustained_overload_days"));
    }

    private static String json(Object value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write policy setting as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(ResultSet row, String column, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(row.getString(column), type);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored policy setting " + column + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
