package uk.police.soc.caseload.service;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import uk.police.soc.caseload.domain.Officer;

/**
 * A child process that rewrites the same {@link StoredCaseloadService#LARGEST_IN_PLACE_WRITE} officers over and
 * over, each write in place, alternating their weekly hours between two values: a kill must leave every one of
 * them with the same value.
 */
public final class SmallWritesInChild {

    static final String ID_PREFIX = "W";

    private SmallWritesInChild() {
    }

    static List<Officer> batch(double weeklyHours) {
        return IntStream.range(0, StoredCaseloadService.LARGEST_IN_PLACE_WRITE)
                .mapToObj(i -> Officer.named(ID_PREFIX + i, "DC Writer " + i).withWeeklyHours(weeklyHours))
                .toList();
    }

    public static void main(String[] args) {
        try (CaseloadService service = CaseloadServices.open(Path.of(args[0]))) {
            System.out.println("writing");
            System.out.flush();
            for (int round = 0; ; round++) {
                service.saveOfficers(batch(round % 2 == 0 ? 20.0 : 30.0));
            }
        }
    }
}
