package uk.police.soc.caseload.report.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

/** Small caseloads built in code, so that each expected figure can be worked out by hand. */
public final class TrainingFixtures {

    public static final Path SHARED_DATA = Path.of("..", "shared", "data");

    /** LRO: 36 months, accredits. DRUGS-INV: never expires, about DRUGS. MSHT-INV: 24 months, about MSHT. */
    public static final List<Course> COURSES = List.of(
            new Course("LRO", "Lead responsible officer", 36, true, null),
            new Course("DRUGS-INV", "Drugs investigation", null, false, "DRUGS"),
            new Course("MSHT-INV", "Modern slavery investigation", 24, false, "MSHT"));

    public static final List<Category> CATEGORIES = List.of(
            new Category("DRUGS", "Drugs supply"), new Category("MSHT", "Modern slavery"));

    private final LocalDate asOf;
    private final List<Officer> officers = new ArrayList<>();
    private final List<TrainingRecord> records = new ArrayList<>();
    private final List<Threat> threats = new ArrayList<>();

    private TrainingFixtures(LocalDate asOf) {
        this.asOf = asOf;
    }

    public static TrainingFixtures on(String asOf) {
        return new TrainingFixtures(LocalDate.parse(asOf));
    }

    /**
     * T1: MSHT priority 2, needs MSHT skill 2 and PIP 2 (weight 5 − 2 = 3). A is accredited with MSHT 1; B has
     * MSHT 2 but no accreditation; both fail one rule. T2: MSHT priority 1 (weight 4), also needs skill 2.
     */
    public static Caseload twoWaysToCover() {
        return on("2024-03-15")
                .officer("A", "MSHT", 1).record("A", "LRO", "2023-01-01")
                .officer("B", "MSHT", 2)
                .threat("T1", "MSHT", 2, "A")
                .threat("T2", "MSHT", 1, "A")
                .build();
    }

    /** A leads T1 (DRUGS, priority 2) on an LRO record that lapses on 2024-04-01, within 90 days of asOf. */
    public static Caseload expiringLeader() {
        return on("2024-03-15")
                .officer("A", "DRUGS", 2).record("A", "LRO", "2021-04-01")
                .threat("T1", "DRUGS", 2, "A")
                .build();
    }

    public static Caseload seedCase() {
        return new DatasetReader().read(SHARED_DATA.resolve("seed-case.json"));
    }

    /** An active full-time officer with PIP level 2 and the given skills ("DRUGS", 2, "MSHT", 1 ...). */
    public TrainingFixtures officer(String id, Object... skillPairs) {
        return officer(Officer.named(id, "DS " + id).withPipLevel(2).withSkills(skills(skillPairs)));
    }

    public TrainingFixtures officer(Officer officer) {
        officers.add(officer);
        return this;
    }

    public TrainingFixtures record(String officerId, String course, String completedOn) {
        return record(officerId, course, completedOn, null);
    }

    public TrainingFixtures record(String officerId, String course, String completedOn, String expiresOn) {
        records.add(new TrainingRecord(officerId, course, LocalDate.parse(completedOn),
                expiresOn == null ? null : LocalDate.parse(expiresOn)));
        return this;
    }

    /** An active threat with policy defaults, led by {@code officerId} (or nobody). */
    public TrainingFixtures threat(String id, String category, int priority, String officerId) {
        threats.add(Threat.of(id, "Op " + id, category, priority).withOfficerId(officerId));
        return this;
    }

    public TrainingFixtures threat(Threat threat) {
        threats.add(threat);
        return this;
    }

    public Caseload build() {
        return new Caseload(asOf, Policy.DEFAULTS, CATEGORIES, COURSES, officers, records, threats);
    }

    private static Map<String, Integer> skills(Object... pairs) {
        Map<String, Integer> skills = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            skills.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return skills;
    }
}
