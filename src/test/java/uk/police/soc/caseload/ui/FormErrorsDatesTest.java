package uk.police.soc.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.report.training.TrainingFixtures;

/** The app's problems carry the force's dates from the moment they are made: nothing rewrites them afterwards. */
class FormErrorsDatesTest {

    @Test
    void anAbsenceThatEndsBeforeItStartsIsToldInTheForcesDateFormat() {
        Caseload before = TrainingFixtures.seedCase();
        Caseload after = before.withOfficers(before.officers().stream()
                .map(o -> o.id().equals("E2041") ? o.withAbsences(List.of(
                        new Absence(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 6, 30), "Leave"))) : o)
                .toList());

        List<Problem> problems = FormErrors.newProblems(before, after);

        assertThat(problems).extracting(Formats::problem).singleElement().asString()
                .contains("Until: ends (30/06/2022) before it starts (01/07/2022)")
                .doesNotContain("2022-06-30");
    }
}
