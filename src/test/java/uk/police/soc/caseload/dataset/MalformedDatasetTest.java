package uk.police.soc.caseload.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.police.soc.caseload.cli.CaseloadCommandRunner;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;

/**
 * Each malformed file differs from {@code small-valid.json} by one mistake; the reader must name exactly that
 * record and field, and {@code validate} must exit 2 with the same line on stderr.
 */
class MalformedDatasetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            wrong-format               | format: expected "soc-caseload/1" or "soc-caseload/2", got "soc-caseload/3": not a soc-caseload dataset
            unknown-field              | officers[E1].skils: unknown field
            unknown-top-level-field    | version: unknown field
            policy-unknown-field       | policy.allowOverlaod: unknown field
            missing-required-field     | threats[T2].category: is required
            wrong-type                 | threats[T1].priority: expected an integer, got "1"
            unknown-status             | threats[T1].status: expected one of ["ACTIVE", "ARCHIVED"], got "CLOSED"
            duplicate-category-code    | categories[2].code: duplicate code "MSHT" (already used by categories[1])
            duplicate-course-code      | courses[2].code: duplicate code "LRO-CORE" (already used by courses[0])
            duplicate-officer-id       | officers[3].id: duplicate id "E2" (already used by officers[1])
            duplicate-threat-id        | threats[3].id: duplicate id "T2" (already used by threats[1])
            duplicate-training-record  | trainingRecords[2]: same officer, course and completedOn as trainingRecords[0]
            unknown-threat-category    | threats[T2].category: unknown category "MSTH"
            unknown-course-category    | courses[MSHT-1].category: unknown category "MSTH"
            unknown-skill-category     | officers[E2].skills.FRAUD: unknown category "FRAUD"
            unknown-mentor             | officers[E2].mentorId: unknown officer "E9"
            self-mentoring             | officers[E2].mentorId: an officer cannot be their own mentor
            unknown-training-officer   | trainingRecords[1].officerId: unknown officer "X"
            unknown-training-course    | trainingRecords[0].courseCode: unknown course "LRO-ADV"
            unknown-threat-officer     | threats[T2].officerId: unknown officer "E7"
            unknown-excluded-officer   | threats[T2].excludedOfficerIds[1]: unknown officer "E8"
            pinned-without-officer     | threats[T2].pinned: a pinned threat needs an officerId
            impossible-date            | trainingRecords[0].completedOn: not a real calendar date: "2023-02-30"
            impossible-as-of           | asOf: not a real calendar date: "2024-13-01"
            malformed-date             | threats[T1].adoptedOn: expected a date as YYYY-MM-DD, got "1/2/2023"
            priority-out-of-range      | threats[T1].priority: must be at most 4, got 5
            percent-out-of-range       | officers[E1].reductions[0].percent: must be at most 100, got 120
            zero-percent               | officers[E1].reductions[0].percent: must be above 0, got 0
            weekly-hours-out-of-range  | officers[E2].weeklyHours: must be at most 60, got 61
            weekly-hours-null          | officers[E2].weeklyHours: expected a number, got null
            pip-level-out-of-range     | officers[E1].pipLevel: must be at most 4, got 5
            skill-level-out-of-range   | officers[E1].skills.DRUGS: must be at most 3, got 4
            negative-workload-points   | threats[T2].workloadPoints: must be above 0, got -3
            negative-risk-score        | threats[T2].riskScore: must be at least 0, got -1
            blank-officer-id           | officers[2].id: must be 1 to 64 characters with no leading or trailing space and no invisible character, got ""
            padded-threat-id           | threats[2].id: must be 1 to 64 characters with no leading or trailing space and no invisible character, got " T3"
            empty-name                 | threats[T1].name: must not be empty
            reversed-absence           | officers[E1].absences[0].until: ends (2024-05-01) before it starts (2024-05-10)
            reversed-reduction         | officers[E1].reductions[0].until: ends (2024-01-01) before it starts (2024-02-01)
            policy-priority-missing    | policy.pointsByPriority.4: missing (every priority 1 to 4 needs a value)
            policy-out-of-range        | policy.standardWeeklyHours: must be above 0, got 0
            record-not-an-object       | officers[3]: expected an object, got "E9"
            too-large-integer          | courses[LRO-CORE].validMonths: too large: 1000000000000
            empty                      | document: empty: expected a soc-caseload/2 JSON object
            top-level-array            | document: expected a JSON object, got ARRAY
            """)
    void readerAndValidateCommandNameTheRecordAndFieldOfTheOneMistake(String file, String expected) {
        Path path = malformed(file);

        List<String> problems = problemsOf(path);
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("validate", "--data", path.toString());

        assertThat(problems).containsExactly(expected);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(expected);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void nullsWhereTheFormatHasNoneAreEachReported() {
        assertThat(problemsOf(malformed("nulls-where-not-allowed"))).containsExactly(
                "officers[E1].skills: expected an object, got null",
                "officers[E1].reductions: expected an array, got null",
                "officers[E1].active: expected a boolean, got null",
                "threats[T1].name: expected a string, got null",
                "threats[T1].category: expected a string, got null",
                "threats[T1].priority: expected an integer, got null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            truncated      | line 53, column 10: not valid JSON
            not-json       | line 1, column 1: not valid JSON
            duplicate-key  | line 4, column 9: not valid JSON
            """)
    void textThatIsNotJsonIsReportedWithItsLineAndColumn(String file, String expectedStart) {
        Path path = malformed(file);

        List<String> problems = problemsOf(path);
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("validate", "--data", path.toString());

        assertThat(problems).singleElement().asString().startsWith(expectedStart);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(expectedStart);
    }

    private static Path malformed(String name) {
        return TestData.resource("malformed/" + name + ".json");
    }

    private static List<String> problemsOf(Path path) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> new DatasetReader().read(path));
        assertThat(thrown).as("reading %s must fail", path.getFileName()).isNotNull();
        return thrown.problems().stream().map(Problem::toString).toList();
    }
}
