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
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Reduction;

/** Officers with their skills, reductions and absences, by id, in the order they were added. */
public final class OfficerRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    OfficerRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    public List<Officer> findAll() throws SQLException {
        Map<String, Map<String, Integer>> skills = new HashMap<>();
        Jdbc.query(connection, "SELECT officer_id, category, skill_level FROM officer_skill", row -> skills
                .computeIfAbsent(row.getString("officer_id"), id -> new HashMap<>())
                .put(row.getString("category"), row.getInt("skill_level")));
        Map<String, List<Reduction>> reductions = new HashMap<>();
        Jdbc.query(connection, "SELECT officer_id, reason, percentage, from_date, until_date FROM officer_reduction"
                + " ORDER BY officer_id, ordinal", row -> reductions
                .computeIfAbsent(row.getString("officer_id"), id -> new ArrayList<>())
                .add(new Reduction(row.getString("reason"), row.getDouble("percentage"),
                        row.getObject("from_date", LocalDate.class), row.getObject("until_date", LocalDate.class))));
        Map<String, List<Absence>> absences = new HashMap<>();
        Jdbc.query(connection, "SELECT officer_id, from_date, until_date, reason FROM officer_absence"
                + " ORDER BY officer_id, ordinal", row -> absences
                .computeIfAbsent(row.getString("officer_id"), id -> new ArrayList<>())
                .add(new Absence(row.getObject("from_date", LocalDate.class),
                        row.getObject("until_date", LocalDate.class), row.getString("reason"))));
        return Jdbc.query(connection, "SELECT id, name, officer_rank, unit, area, weekly_hours, pip_level,"
                + " mentor_id, active FROM officer ORDER BY ordinal", row -> {
                    String id = row.getString("id");
                    return new Officer(id, row.getString("name"), row.getString("officer_rank"),
                            row.getString("unit"), row.getString("area"), row.getObject("weekly_hours", Double.class),
                            row.getInt("pip_level"), skills.get(id), row.getString("mentor_id"),
                            reductions.get(id), absences.get(id), row.getBoolean("active"));
                });
    }

    /** Adds or updates by id, replacing its skills, reductions and absences; true when added. */
    public boolean save(Officer officer) throws SQLException {
        boolean added = Jdbc.upsert(connection, stamp, "officer", List.of("id"), List.of(officer.id()),
                List.of("name", "officer_rank", "unit", "area", "weekly_hours", "pip_level", "mentor_id", "active"),
                Arrays.asList(officer.name(), officer.rank(), officer.unit(), officer.area(), officer.weeklyHours(),
                        officer.pipLevel(), officer.mentorId(), officer.active()));
        if (!added) {
            for (String child : List.of("officer_skill", "officer_reduction", "officer_absence")) {
                Jdbc.update(connection, "DELETE FROM " + child + " WHERE officer_id = ?", officer.id());
            }
        }
        for (Map.Entry<String, Integer> skill : officer.skills().entrySet()) {
            Jdbc.update(connection, "INSERT INTO officer_skill (officer_id, category, skill_level) VALUES (?, ?, ?)",
                    officer.id(), skill.getKey(), skill.getValue());
        }
        for (int i = 0; i < officer.reductions().size(); i++) {
            Reduction reduction = officer.reductions().get(i);
            Jdbc.update(connection, "INSERT INTO officer_reduction (officer_id, ordinal, reason, percentage, from_date,"
                    + " until_date) VALUES (?, ?, ?, ?, ?, ?)", officer.id(), i, reduction.reason(),
                    reduction.percent(), reduction.from(), reduction.until());
        }
        for (int i = 0; i < officer.absences().size(); i++) {
            Absence absence = officer.absences().get(i);
            Jdbc.update(connection, "INSERT INTO officer_absence (officer_id, ordinal, from_date, until_date, reason)"
                    + " VALUES (?, ?, ?, ?, ?)", officer.id(), i, absence.from(), absence.until(), absence.reason());
        }
        return added;
    }

    /** The stored version of one officer, if there is one. */
    public Optional<RecordVersion> version(String officerId) throws SQLException {
        return Jdbc.version(connection, "officer", List.of("id"), List.of(officerId));
    }

    /** Removes every officer with their skills, reductions and absences. */
    public void deleteAll() throws SQLException {
        Jdbc.update(connection, "DELETE FROM officer");
    }
}
