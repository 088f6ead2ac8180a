package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.Caseloads;
import uk.police.soc.caseload.persistence.Database;

/**
 * The reason writes up to {@link StoredCaseloadService#LARGEST_IN_PLACE_WRITE} records may commit in the file in
 * place: H2 keeps them in memory until the commit and then writes the commit in one step, so a kill cannot land
 * between two parts of it (docs/decisions/0018). If a later H2 version started writing sooner, this fails and the
 * limit must come down.
 */
class InPlaceWriteLimitTest {

    @TempDir
    Path folder;

    @Test
    void aWriteOfTheLargestInPlaceSizeReachesTheFileOnlyAtItsCommit() throws Exception {
        Database database = Database.open(folder.resolve("caseload"));
        database.inTransaction(c -> {
            new CaseloadStore(c).save(Caseloads.small());
            return null;
        });
        int records = StoredCaseloadService.LARGEST_IN_PLACE_WRITE;

        byte[] untouched = database.inTransaction(connection -> {
            byte[] before = bytes(database.file());
            CaseloadStore store = new CaseloadStore(connection);
            for (int i = 0; i < records / 2; i++) {
                store.officers().save(heavyOfficer("N" + i));
                store.threats().save(heavyThreat("T-N" + i));
            }
            assertThat(bytes(database.file())).as("file before the commit").isEqualTo(before);
            return before;
        });

        assertThat(Files.readAllBytes(database.file())).as("file after the commit").isNotEqualTo(untouched);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An officer with as much as officers carry: long texts, every skill, several reductions and absences. */
    private static Officer heavyOfficer(String id) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        skills.put("DRUGS", 3);
        skills.put("MSHT", 2);
        List<Reduction> reductions = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reductions.add(new Reduction("Reduction " + "r".repeat(80) + i, 5, LocalDate.of(2025, 1, 1 + i), null));
            absences.add(new Absence(LocalDate.of(2025, 2, 1 + i), LocalDate.of(2025, 2, 10 + i),
                    "Absence " + "a".repeat(80)));
        }
        return new Officer(id, "Detective Sergeant " + "n".repeat(80), "DS", "Serious and Organised Crime Unit",
                "Peterborough and Fenland", 37.0, 3, skills, "E1", reductions, absences, true);
    }

    private static Threat heavyThreat(String id) {
        return new Threat(id, "Operation " + "o".repeat(120), "DRUGS", 1, "1A", 123.5, 30.0, 2, 2,
                "Peterborough and Fenland", "E1", false, Arrays.asList("E2"), uk.police.soc.caseload.domain.ThreatStatus.ACTIVE,
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1));
    }
}
