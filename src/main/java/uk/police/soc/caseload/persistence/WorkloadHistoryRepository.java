package uk.police.soc.caseload.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.WorkloadDay;

/** The daily workload records: one per day on which a change was committed, replaced by that day's later changes. */
public final class WorkloadHistoryRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    WorkloadHistoryRepository(Connection connection) {
        this.connection = connection;
    }

    /** Stores the day's record, replacing one stored earlier the same day. */
    public void save(WorkloadDay day) throws SQLException {
        PlanFigures figures = day.figures();
        Jdbc.update(connection, "DELETE FROM workload_day WHERE record_day = ?", day.date());
        Jdbc.update(connection, "INSERT INTO workload_day (record_day, total_points, hard_violations, uncoverable,"
                + " unallocated, overload_points, balance, officers_over_capacity, officers_overloaded, lro_shortfall,"
                + " unallocated_weight, amber_load_percent, red_load_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", day.date(), figures.totalPoints(), figures.hardViolations(), json(figures.uncoverable()),
                json(figures.unallocated()), figures.overloadPoints(), figures.balance(),
                figures.officersOverCapacity(), figures.officersOverloaded(), figures.lroShortfall(),
                figures.unallocatedWeight(), day.amberLoadPercent(), day.redLoadPercent());
        for (int i = 0; i < figures.officers().size(); i++) {
            OfficerLoad load = figures.officers().get(i);
            Jdbc.update(connection, "INSERT INTO workload_day_officer (record_day, ordinal, officer_id, capacity,"
                    + " load_points) VALUES (?, ?, ?, ?, ?)", day.date(), i, load.officerId(), load.capacity(),
                    load.load());
        }
    }

    /** The records of every day up to and including {@code last}, oldest first. */
    public List<WorkloadDay> findUpTo(LocalDate last) throws SQLException {
        Map<LocalDate, List<OfficerLoad>> officers = new HashMap<>();
        Jdbc.query(connection, "SELECT record_day, officer_id, capacity, load_points FROM workload_day_officer"
                + " WHERE record_day <= ? ORDER BY record_day, ordinal", row -> {
                    double capacity = row.getDouble("capacity");
                    double load = row.getDouble("load_points");
                    return officers.computeIfAbsent(row.getObject("record_day", LocalDate.class), d -> new ArrayList<>())
                            .add(new OfficerLoad(row.getString("officer_id"), capacity, load,
                                    CaseloadAssessment.loadPercent(load, capacity)));
                }, last);
        return Jdbc.query(connection, "SELECT * FROM workload_day WHERE record_day <= ? ORDER BY record_day", row -> {
            LocalDate date = row.getObject("record_day", LocalDate.class);
            List<OfficerLoad> loads = officers.getOrDefault(date, List.of());
            double peak = loads.stream().mapToDouble(OfficerLoad::loadPercent).max().orElse(0);
            PlanFigures figures = new PlanFigures(row.getDouble("total_points"), row.getInt("hard_violations"),
                    ids(row.getString("uncoverable")), ids(row.getString("unallocated")),
                    row.getDouble("overload_points"), Math.max(0, peak), row.getDouble("balance"), 0,
                    row.getInt("officers_over_capacity"), row.getInt("officers_overloaded"),
                    row.getLong("lro_shortfall"), row.getDouble("unallocated_weight"), loads);
            return new WorkloadDay(date, figures, row.getDouble("amber_load_percent"),
                    row.getDouble("red_load_percent"));
        }, last);
    }

    private static String json(List<String> ids) throws SQLException {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write threat ids as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> ids(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("stored threat ids are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
