package uk.police.soc.caseload.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.ActionStatus;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Strand;

/** The soc-caseload/2 parts of a dataset: 4P plans, mentoring sessions, sustainedOverloadDays (evidence.md). */
class EvidenceDatasetTest {

    private final DatasetReader reader = new DatasetReader();
    private final DatasetWriter writer = new DatasetWriter();

    static String evidenceCase() throws Exception {
        return Files.readString(TestData.resource("evidence-case.json"));
    }

    @Test
    void readsPlansSessionsAndTheSustainedOverloadSetting() throws Exception {
        Caseload caseload = reader.read(evidenceCase());

        assertThat(caseload.policy().sustainedOverloadDays()).isEqualTo(14);
        assertThat(caseload.plans()).containsOnlyKeys("OCG-2019-001", "OCG-2020-002");
        assertThat(caseload.plan("OCG-2019-001").actions()).first().isEqualTo(new PlanAction("A1", Strand.PURSUE,
                "Disrupt the supply route through the port", ActionStatus.OPEN, "E2041", LocalDate.of(2022, 3, 20)));
        assertThat(caseload.plan("OCG-2019-001").reviews()).hasSize(2);
        assertThat(caseload.plan("OCG-2021-003").isEmpty()).isTrue();
        assertThat(caseload.mentoringSessions()).hasSize(3).first().isEqualTo(new MentoringSession("E1876", "E2399",
                LocalDate.of(2022, 3, 1), 60, "Case review of OCG-2021-012"));
    }

    @Test
    void importStoresTheThreatsNextReviewDueAsTheFileGivesItNeverFromItsReviews() throws Exception {
        Caseload caseload = reader.read(evidenceCase());

        // The latest review set 2022-07-01, but the threat's own field says 2022-03-10.
        assertThat(caseload.threat("OCG-2019-001").orElseThrow().nextReviewDue()).isEqualTo(LocalDate.of(2022, 3, 10));
    }

    @Test
    void version2RoundTripsWithEveryPart() throws Exception {
        Caseload caseload = reader.read(evidenceCase());

        String written = writer.toJson(caseload);

        assertThat(tree(written).get("format").asText()).isEqualTo("soc-caseload/2");
        assertThat(reader.read(written)).isEqualTo(caseload);
        assertThat(tree(written).get("threats").get(2).has("plan")).as("no plan written for an empty one").isFalse();
        assertThat(tree(written).get("threats").get(0).get("plan").get("actions").get(0).fieldNames())
                .toIterable().containsExactly("id", "strand", "text", "status", "ownerId", "due");
    }

    @Test
    void version1FilesStillReadAndWriteBackUnchanged() throws Exception {
        Caseload caseload = reader.read(TestData.shared("seed-case.json"));

        String written = writer.toJson(caseload, DatasetFormat.V1);

        assertThat(tree(written).get("format").asText()).isEqualTo("soc-caseload/1");
        assertThat(tree(written).has("mentoringSessions")).isFalse();
        assertThat(tree(written).get("policy").has("sustainedOverloadDays")).isFalse();
        assertThat(reader.read(written)).isEqualTo(caseload);
        assertThat(caseload.policy().sustainedOverloadDays()).isEqualTo(28);
    }

    @Test
    void version1LeavesOutWhatItCannotCarry() throws Exception {
        Caseload caseload = reader.read(evidenceCase());
        assertThat(caseload.hasEvidence()).isTrue();

        JsonNode written = tree(writer.toJson(caseload, DatasetFormat.V1));

        assertThat(written.get("threats").get(0).has("plan")).isFalse();
        assertThat(reader.read(written.toString()).hasEvidence()).isFalse();
    }

    @Test
    void unknownOwnerIsNamedByThreatAndActionId() throws Exception {
        assertThat(problems(doc -> action(doc, 0, 2).put("ownerId", "E9")))
                .containsExactly("threats[OCG-2019-001].plan.actions[A3].ownerId: unknown officer \"E9\"");
    }

    @Test
    void unknownStrandAndStatusAreNamed() throws Exception {
        assertThat(problems(doc -> action(doc, 0, 1).put("strand", "PERSUE")))
                .containsExactly("threats[OCG-2019-001].plan.actions[A2].strand: expected one of "
                        + "[\"PURSUE\", \"PREVENT\", \"PROTECT\", \"PREPARE\"], got \"PERSUE\"");
        assertThat(problems(doc -> action(doc, 0, 1).put("status", "CLOSED")))
                .containsExactly("threats[OCG-2019-001].plan.actions[A2].status: expected one of "
                        + "[\"OPEN\", \"DONE\", \"DROPPED\"], got \"CLOSED\"");
    }

    @Test
    void aDuplicateActionIdIsNamedByIndexWithTheFirstUse() throws Exception {
        assertThat(problems(doc -> action(doc, 0, 3).put("id", "A1")))
                .containsExactly("threats[OCG-2019-001].plan.actions[3].id: duplicate action \"A1\""
                        + " (already used by threats[OCG-2019-001].plan.actions[0])");
    }

    @Test
    void theSameActionIdOnTwoThreatsIsFine() throws Exception {
        assertThat(problems(doc -> action(doc, 1, 0).put("id", "A1"))).isEmpty();
    }

    @Test
    void anActionWithoutTextAndAReviewWithAnUnknownReviewer() throws Exception {
        assertThat(problems(doc -> {
            action(doc, 0, 0).put("text", "");
            ((ObjectNode) doc.get("threats").get(0).get("plan").get("reviews").get(1)).put("reviewerId", "X1");
        })).containsExactly("threats[OCG-2019-001].plan.actions[A1].text: must not be empty",
                "threats[OCG-2019-001].plan.reviews[1].reviewerId: unknown officer \"X1\"");
    }

    @Test
    void sessionProblemsAreNamedByIndex() throws Exception {
        assertThat(problems(doc -> session(doc, 1).put("menteeId", "E2187")))
                .containsExactly("mentoringSessions[1].menteeId: the same officer as mentorId: an officer cannot"
                        + " mentor themselves");
        assertThat(problems(doc -> session(doc, 0).put("mentorId", "E9")))
                .containsExactly("mentoringSessions[0].mentorId: unknown officer \"E9\"");
        assertThat(problems(doc -> session(doc, 2).put("on", "2022-03-01")))
                .containsExactly("mentoringSessions[2]: same mentor, mentee and date as mentoringSessions[0]");
        assertThat(problems(doc -> session(doc, 0).put("minutes", 0)))
                .containsExactly("mentoringSessions[0].minutes: must be at least 1, got 0");
        assertThat(problems(doc -> session(doc, 0).put("on", "2022-02-30")))
                .containsExactly("mentoringSessions[0].on: not a real calendar date: \"2022-02-30\"");
    }

    @Test
    void version2PartsInAVersion1FileAreRefusedByName() throws Exception {
        assertThat(problems(doc -> ((ObjectNode) doc).put("format", "soc-caseload/1"))).containsExactly(
                "policy.sustainedOverloadDays: only in soc-caseload/2: this file's format is \"soc-caseload/1\""
                        + " (say \"soc-caseload/2\" to include it)",
                "threats[OCG-2019-001].plan: only in soc-caseload/2: this file's format is \"soc-caseload/1\""
                        + " (say \"soc-caseload/2\" to include it)",
                "threats[OCG-2020-002].plan: only in soc-caseload/2: this file's format is \"soc-caseload/1\""
                        + " (say \"soc-caseload/2\" to include it)",
                "mentoringSessions: only in soc-caseload/2: this file's format is \"soc-caseload/1\""
                        + " (say \"soc-caseload/2\" to include it)");
    }

    @Test
    void unknownFieldsInThePlanAreStillErrors() throws Exception {
        assertThat(problems(doc -> action(doc, 0, 0).put("owner", "E2041")))
                .containsExactly("threats[OCG-2019-001].plan.actions[A1].owner: unknown field");
        assertThat(problems(doc -> ((ObjectNode) doc.get("policy")).put("sustainedOverloadDays", 0)))
                .containsExactly("policy.sustainedOverloadDays: must be at least 1, got 0");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private List<String> problems(Consumer<JsonNode> mutation) throws Exception {
        JsonNode doc = tree(evidenceCase());
        mutation.accept(doc);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.read(doc.toString()));
        return e == null ? List.of() : e.problems().stream().map(Problem::toString).toList();
    }

    private static ObjectNode action(JsonNode doc, int threat, int action) {
        return (ObjectNode) ((ArrayNode) doc.get("threats").get(threat).get("plan").get("actions")).get(action);
    }

    private static ObjectNode session(JsonNode doc, int index) {
        return (ObjectNode) doc.get("mentoringSessions").get(index);
    }

    private static JsonNode tree(String json) throws Exception {
        return DatasetJson.mapper().readTree(json);
    }
}
