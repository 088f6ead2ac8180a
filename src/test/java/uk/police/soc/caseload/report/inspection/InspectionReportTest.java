package uk.police.soc.caseload.report.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.cli.CaseloadCommandRunner;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.TestClock;

/**
 * The inspection report read back as text (PDFBox): its sections in order, names beside ids, and each figure
 * equal to what the command line prints for the same store and date.
 */
class InspectionReportTest {

    private static final String AS_OF = "2022-04-01";

    @TempDir
    static Path folder;

    private static String db;
    private static String text;
    /** The text with every run of white space as one space: table cells come out one per line. */
    private static String flat;
    private static int pages;

    @BeforeAll
    static void storeWithHistoryAndReport() throws Exception {
        db = folder.resolve("caseload").toString();
        Caseload evidence = new DatasetReader().read(TestData.resource("evidence-case.json"));
        TestClock clock = TestClock.at("2022-03-01T09:00:00Z");
        try (CaseloadService service = CaseloadServices.open(Path.of(db), clock)) {
            service.importCaseload(evidence, false);
            clock.advance(Duration.ofDays(10));
            service.applyAllocation(Map.of("OCG-2021-003", "E2187"), AllocationReason.WORKLOAD,
                    Map.of("OCG-2021-003", "DS Clarke is at 144%"));
            clock.advance(Duration.ofDays(5));
            service.applyAllocation(Map.of("OCG-2021-003", "E2041"), AllocationReason.OTHER, Map.of());
        }
        Path pdf = folder.resolve("report.pdf");
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("report", "--db", db, "--out", pdf.toString(),
                "--as-of", AS_OF);
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Kept in target/ so that a person can look at the pages of the last run (pdftoppm).
        java.nio.file.Files.copy(pdf, Path.of("target", "inspection-report-sample.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
        }
        flat = text.replaceAll("\\s+", " ");
    }

    private static JsonNode json(String... args) throws IOException {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return DatasetJson.mapper().readTree(run.out());
    }

    @Test
    void theSectionsComeInTheOrderOfTheSpecificationAsRealText() {
        assertThat(pages).isGreaterThanOrEqualTo(5);
        assertThat(text).containsSubsequence("Inspection report", "Serious and Organised Crime Unit",
                "Caseload on 1 April 2022", "Period 1 January 2022 to 1 April 2022", "Produced by os:",
                "1. Headline figures", "2. Workload", "3. Training and mentoring", "4. Coverage by category",
                "5. 4P plans", "6. Allocation changes in the period");
    }

    @Test
    void theHeadlineFiguresAreTheSummarys() throws IOException {
        JsonNode summary = json("summary", "--db", db, "--as-of", AS_OF, "--json");

        assertThat(text).contains("Active threats 31")
                .contains("LRO shortfall (full-time LROs) " + summary.get("lroShortfall").asLong())
                .contains("Officers over capacity " + summary.get("officersOverCapacity").asInt())
                .contains("Officers overloaded " + summary.get("officersOverloaded").asInt())
                .contains("Uncoverable threats " + summary.get("uncoverable").size())
                .contains("Unallocated threats " + summary.get("unallocated").size())
                .contains("Accredited LROs 4")
                .contains("Threats per accredited LRO 7.8");
        assertThat(summary.get("lroShortfall").asLong()).isEqualTo(2);
    }

    @Test
    void eachOfficersLoadIsTheSummarysWithTheirName() throws IOException {
        JsonNode summary = json("summary", "--db", db, "--as-of", AS_OF, "--json");

        for (JsonNode officer : summary.get("officers")) {
            double percent = officer.get("loadPercent").asDouble();
            String shown = Double.isInfinite(percent) ? "∞%" : String.format(Locale.ROOT, "%.1f%%", percent);
            assertThat(text).as(officer.get("officerId").asText())
                    .containsPattern("\\S.* " + String.format(Locale.ROOT, "%.1f", officer.get("capacity").asDouble())
                            + " " + String.format(Locale.ROOT, "%.1f", officer.get("load").asDouble()) + " "
                            + java.util.regex.Pattern.quote(shown) + " " + officer.get("officerId").asText());
        }
        // The status in the words the app and the command line use.
        assertThat(text).contains("DS Tom Reid 70.0 138.0 197.1% E2302 Overloaded");
    }

    @Test
    void trainingSuggestionsReadAsTheCommandLinesWithTheReportsLongDates() {
        // Worded by presentation.TrainingWords, as training-report words them; the PDF writes dates in full.
        assertThat(text.replaceAll("\\s+", " ")).contains("Renew SOC lead responsible officer course (LRO-CORE) for"
                + " DI Priya Hughes (E1876) before it expires on 20 May 2022: otherwise DS Owen Turner (E2399) would"
                + " lose an accredited mentor");
    }

    @Test
    void planHealthIsThePlanHealthCommands() throws IOException {
        JsonNode threats = json("plan-health", "--db", db, "--as-of", AS_OF, "--json").get("threats");
        long healthy = 0;
        for (JsonNode threat : threats) {
            healthy += threat.get("healthy").asBoolean() ? 1 : 0;
        }

        assertThat(text).contains(healthy + " of " + threats.size() + " active threats have a healthy 4P plan");
        // Table cells wrap, so the row is checked piece by piece, in order.
        assertThat(text).containsSubsequence("5. 4P plans", "Op Alder (OCG-2019-", "DS Amy Clarke", "Prepare", "A1",
                "Overdue", "Needs", "Op Birch", "none", "none", "Healthy");
        assertThat(flat).contains("Overdue actions (1)").contains("OCG-2019-001 A1 Pursue");
        long overdueReviews = 0;
        for (JsonNode threat : threats) {
            overdueReviews += threat.get("reviewOverdue").asBoolean() ? 1 : 0;
        }
        assertThat(text).contains("Overdue reviews (" + overdueReviews + ")");
    }

    @Test
    void theTrendAndSustainedOverloadAreTheTrendCommands() throws IOException {
        JsonNode trend = json("trend", "--db", db, "--from", "2022-01-01", "--to", AS_OF, "--json");

        assertThat(trend.get("days")).hasSize(3);
        assertThat(text).contains("3 daily records from 1 March 2022 to 16 March 2022");
        assertThat(trend.get("sustainedOverload")).as("14 days asked for; a month of history").isNotEmpty();
        for (JsonNode overload : trend.get("sustainedOverload")) {
            assertThat(text).contains("[" + overload.get("officerId").asText() + "]");
            LocalDate since = LocalDate.parse(overload.get("since").asText());
            assertThat(text).contains("since " + since.getDayOfMonth() + " March (" + overload.get("lengthDays").asInt()
                    + " days)");
        }
    }

    @Test
    void allocationChangesInThePeriodAreTheHistoryCommands() throws IOException {
        JsonNode changes = json("history", "--db", db, "--from", "2022-01-01", "--to", AS_OF, "--json")
                .get("changes");

        assertThat(changes).hasSize(31 + 2);
        assertThat(text).contains(changes.size() + " changes of LRO between 1 January 2022 and 1 April 2022")
                .contains("By reason: Import 31, Workload 1, Other 1.");
        // The rationale wraps in its cell; the threat is named beside its id.
        assertThat(flat).contains("DS Clarke is at 144%").contains("Op Cedar (OCG-");
    }

    @Test
    void trainingAndMentoringAreTheTrainingReportsWithSessionsPerPair() throws IOException {
        JsonNode training = json("training-report", "--db", db, "--as-of", AS_OF, "--json");

        JsonNode expiring = training.get("expiring").get(0);
        assertThat(expiring.get("officerId").asText()).isEqualTo("E1876");
        assertThat(text).contains("DI Priya Hughes (E1876) " + expiring.get("courseCode").asText() + " 20 May 2022");
        assertThat(text).contains("DI Priya Hughes (E1876) DS Owen Turner (E2399) 2 105 29 March 2022")
                .contains("DS Ravi Shah (E2187) DC Maya Khan (E2415) 1 0 15 March 2022");
    }

    @Test
    void coverageListsMshtFirst() {
        assertThat(flat).containsSubsequence("or none. Category Threats Officers eligible One eligible None eligible",
                "Modern slavery and human trafficking (MSHT) 4 3 2 0", "Drugs supply, including county lines (DRUGS) 15 2 1 0");
    }

    @Test
    void aReportWithNoHistoryInItsPeriodSaysSo() throws IOException {
        Path pdf = folder.resolve("early.pdf");
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("report", "--db", db, "--out", pdf.toString(),
                "--as-of", "2022-02-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String early = new PDFTextStripper().getText(document);
            assertThat(early).contains("No workload history is recorded in this period")
                    .contains("No officer is in sustained overload on 1 February 2022")
                    .contains("0 changes of LRO between");
        }
    }

    @Test
    void aPeriodStartingAfterTheReportsDateIsRefused() {
        CaseloadCommandRunner.Result run = CaseloadCommandRunner.run("report", "--db", db, "--out",
                folder.resolve("x.pdf").toString(), "--as-of", AS_OF, "--from", "2022-05-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--from: 2022-05-01 is after --as-of 2022-04-01");
    }
}
