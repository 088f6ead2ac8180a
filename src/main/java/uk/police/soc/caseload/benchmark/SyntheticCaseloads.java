package uk.police.soc.caseload.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.domain.TrainingRecord;

/**
 * Reproducible made-up caseloads shaped like a real force's (mostly accredited LROs with two to four category
 * skills, part-timers and reductions, a few trainees, long absences, pinned and excluded threats), for the
 * benchmark and the solver's tests. The same size and seed always give the same caseload.
 */
public final class SyntheticCaseloads {

    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private static final String[] CATEGORIES = {"DRUGS", "MSHT", "ACQUISITIVE", "FRAUD", "MONEY_LAUNDERING",
        "FIREARMS", "CSAE", "OIC", "CYBER"};
    /** Relative frequency of each category among threats: drugs dominate, as in real registers. */
    private static final int[] CATEGORY_WEIGHTS = {30, 10, 15, 12, 8, 8, 6, 6, 5};

    private SyntheticCaseloads() {
    }

    public static Caseload generate(int threatCount, int officerCount, long seed) {
        Random random = new Random(seed);
        List<Category> categories = new ArrayList<>();
        for (String code : CATEGORIES) {
            categories.add(new Category(code, code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT)));
        }
        List<Course> courses = List.of(new Course("LRO-CORE", "SOC lead responsible officer course", 36, true, null));
        List<Officer> officers = new ArrayList<>();
        List<TrainingRecord> records = new ArrayList<>();
        List<String> accreditedIds = new ArrayList<>();
        for (int i = 0; i < officerCount; i++) {
            String id = String.format(Locale.ROOT, "E%05d", 10000 + i);
            Map<String, Integer> skills = new HashMap<>();
            int skillCount = 2 + random.nextInt(3);
            while (skills.size() < skillCount) {
                skills.put(pickCategory(random), 1 + random.nextInt(3));
            }
            Double hours = random.nextInt(10) < 2 ? (random.nextBoolean() ? 30.0 : 22.5) : null;
            List<Reduction> reductions = random.nextInt(10) < 3
                    ? List.of(new Reduction("Other investigations", 10 * (1 + random.nextInt(5)), null, null))
                    : List.of();
            List<Absence> absences = random.nextInt(100) < 3
                    ? List.of(new Absence(AS_OF.minusDays(10), AS_OF.plusDays(60), "Long-term sick"))
                    : List.of();
            boolean trainee = random.nextInt(10) == 0 && !accreditedIds.isEmpty();
            String mentor = trainee ? accreditedIds.get(random.nextInt(accreditedIds.size())) : null;
            officers.add(new Officer(id, "Officer " + id, "DS", "SOCU", "Area " + (i % 7), hours,
                    1 + random.nextInt(3), skills, mentor, reductions, absences, true));
            if (!trainee) {
                records.add(new TrainingRecord(id, "LRO-CORE", AS_OF.minusDays(30 + random.nextInt(900)), null));
                accreditedIds.add(id);
            }
        }
        List<Threat> threats = new ArrayList<>();
        for (int i = 0; i < threatCount; i++) {
            int roll = random.nextInt(100);
            int priority = roll < 18 ? 1 : roll < 48 ? 2 : roll < 78 ? 3 : 4;
            String officerId = random.nextInt(100) < 85 ? officers.get(random.nextInt(officerCount)).id() : null;
            List<String> excluded = random.nextInt(100) < 3
                    ? List.of(officers.get(random.nextInt(officerCount)).id())
                    : List.of();
            Double points = random.nextInt(100) < 10 ? (double) (4 + random.nextInt(30)) : null;
            boolean pinned = officerId != null && random.nextInt(100) < 2;
            ThreatStatus status = random.nextInt(100) < 3 ? ThreatStatus.ARCHIVED : ThreatStatus.ACTIVE;
            threats.add(new Threat(String.format(Locale.ROOT, "SOC-%05d", i + 1), "Op " + (i + 1), pickCategory(random),
                    priority, null, null, points, null, null, "Area " + (i % 7), officerId, pinned, excluded, status,
                    AS_OF.minusDays(random.nextInt(1000)), null));
        }
        return new Caseload(AS_OF, Policy.DEFAULTS, categories, courses, officers, records, threats);
    }

    private static String pickCategory(Random random) {
        int total = 0;
        for (int weight : CATEGORY_WEIGHTS) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < CATEGORIES.length; i++) {
            roll -= CATEGORY_WEIGHTS[i];
            if (roll < 0) {
                return CATEGORIES[i];
            }
        }
        return CATEGORIES[0];
    }
}
