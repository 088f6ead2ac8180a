package uk.police.soc.caseload.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.report.training.TrainingFixtures;
import uk.police.soc.caseload.domain.Caseload;

class AuditWordsTest {

    private final Caseload example = TrainingFixtures.seedCase();

    @Test
    void idsReadAsTheThreatsAndOfficersTheyAreWhenTheCaseloadKnowsThem() {
        assertThat(AuditWords.records("[\"OCG-2019-028\",\"E2041\",\"alice\"]", example))
                .isEqualTo("Op Ginkgo (OCG-2019-028), DS Amy Clarke (E2041), alice");
        assertThat(AuditWords.records("[\"OCG-2019-028\"]", null)).isEqualTo("OCG-2019-028");
    }

    @Test
    void aBulkOperationsCountsReadAsWords() {
        assertThat(AuditWords.records("{\"categories\":9,\"trainingRecords\":9,\"audit_entry\":3}", null))
                .isEqualTo("categories: 9, training records: 9, audit entry: 3");
    }

    @Test
    void nothingStoredIsNothingShownAndTextThatIsNotJsonIsShownAsItIs() {
        assertThat(AuditWords.records(null, example)).isEmpty();
        assertThat(AuditWords.records("legacy text", example)).isEqualTo("legacy text");
    }
}
