package uk.police.soc.caseload.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An officer who leads, or could lead, threats.
 *
 * @param weeklyHours contracted hours, or {@code null} for the policy's standard week
 * @param skills category code to knowledge level 0 (none) to 3 (specialist); missing means 0
 * @param mentorId the officer who mentors this one, or {@code null}
 * @param active false once the officer has left the unit
 */
public record Officer(
        String id,
        String name,
        String rank,
        String unit,
        String area,
        Double weeklyHours,
        int pipLevel,
        Map<String, Integer> skills,
        String mentorId,
        List<Reduction> reductions,
        List<Absence> absences,
        boolean active) {

    public Officer {
        Objects.requireNonNull(id, "id");
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        reductions = reductions == null ? List.of() : List.copyOf(reductions);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }

    /** A new active officer with no skills, reductions or absences. */
    public static Officer named(String id, String name) {
        return new Officer(id, name, null, null, null, null, 0, Map.of(), null, List.of(), List.of(), true);
    }

    public int skillIn(String categoryCode) {
        return skills.getOrDefault(categoryCode, 0);
    }

    public Officer withSkills(Map<String, Integer> newSkills) {
        return new Officer(id, name, rank, unit, area, weeklyHours, pipLevel, newSkills, mentorId, reductions, absences, active);
    }

    public Officer withPipLevel(int newPipLevel) {
        return new Officer(id, name, rank, unit, area, weeklyHours, newPipLevel, skills, mentorId, reductions, absences, active);
    }

    public Officer withWeeklyHours(Double hours) {
        return new Officer(id, name, rank, unit, area, hours, pipLevel, skills, mentorId, reductions, absences, active);
    }

    public Officer withMentorId(String newMentorId) {
        return new Officer(id, name, rank, unit, area, weeklyHours, pipLevel, skills, newMentorId, reductions, absences, active);
    }

    public Officer withReductions(List<Reduction> newReductions) {
        return new Officer(id, name, rank, unit, area, weeklyHours, pipLevel, skills, mentorId, newReductions, absences, active);
    }

    public Officer withAbsences(List<Absence> newAbsences) {
        return new Officer(id, name, rank, unit, area, weeklyHours, pipLevel, skills, mentorId, reductions, newAbsences, active);
    }

    public Officer withActive(boolean isActive) {
        return new Officer(id, name, rank, unit, area, weeklyHours, pipLevel, skills, mentorId, reductions, absences, isActive);
    }

    /** The absence covering {@code day}, if any (the one ending last when several overlap); null for none. */
    public Absence absenceOn(java.time.LocalDate day) {
        return absences().stream().filter(a -> a.covers(day))
                .max(java.util.Comparator.comparing(Absence::until)).orElse(null);
    }
}
