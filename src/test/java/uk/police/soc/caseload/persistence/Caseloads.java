package uk.police.soc.caseload.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** Small valid caseloads that use every field, for store tests. */
public final class Caseloads {

    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 14);

    private Caseloads() {
    }

    /** Every kind of record, with every optional field set somewhere and left null somewhere else. */
    public static Caseload small() {
        return new Caseload(AS_OF, Policy.DEFAULTS,
                List.of(new Category("DRUGS", "Drugs supply, including county lines"),
                        new Category("MSHT", "Modern slavery and human trafficking")),
                List.of(new Course("LRO-CORE", "SOC lead responsible officer course", 36, true, null),
                        new Course("MSHT-INV", "Modern slavery investigation", null, false, "MSHT")),
                List.of(new Officer("E1", "DS Amy Clarke", "DS", "SOCU", "Peterborough", null, 2,
                                Map.of("DRUGS", 3, "MSHT", 1), null,
                                List.of(new Reduction("Supervisory duties", 30, null, null),
                                        new Reduction("Court case", 12.5, LocalDate.of(2025, 1, 1),
                                                LocalDate.of(2025, 6, 30))),
                                List.of(new Absence(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31), "Course"),
                                        new Absence(LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 27), null)),
                                true),
                        new Officer("E2", "DC Kate Walsh", null, null, null, 18.5, 1, Map.of(), "E1",
                                List.of(), List.of(), true),
                        Officer.named("E3", "DC Left Unit").withActive(false)),
                List.of(new TrainingRecord("E1", "LRO-CORE", LocalDate.of(2023, 5, 2), null),
                        new TrainingRecord("E1", "MSHT-INV", LocalDate.of(2024, 2, 29), LocalDate.of(2026, 1, 31)),
                        new TrainingRecord("E1", "LRO-CORE", LocalDate.of(2020, 5, 2), null)),
                List.of(new Threat("SOC-1", "Op Hazel", "DRUGS", 1, "1B", 183.9, null, null, null, "Fenland", "E1",
                                true, List.of("E3", "E2"), ThreatStatus.ACTIVE, LocalDate.of(2024, 6, 15),
                                LocalDate.of(2025, 1, 4)),
                        new Threat("SOC-2", "Op Quince", "MSHT", 3, null, null, 7.5, 1, 2, null, null, false,
                                List.of(), ThreatStatus.ARCHIVED, null, null),
                        Threat.of("SOC-3", "Op Rowan", "DRUGS", 4)));
    }
}
