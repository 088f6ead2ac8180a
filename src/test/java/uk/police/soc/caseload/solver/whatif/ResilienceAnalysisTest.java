package uk.police.soc.caseload.solver.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.dataset.TestData;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.solver.whatif.Resilience.CategoryCoverage;
import uk.police.soc.caseload.solver.whatif.Resilience.IfUnavailable;
import uk.police.soc.caseload.solver.whatif.Resilience.OfficerResilience;
import uk.police.soc.caseload.solver.whatif.Resilience.ThreatCoverage;

/**
 * Resilience of the worked example, every value worked out by hand from seed-case.json (policy defaults, asOf
 * 2022-04-01). Who may lead what: accredited E2041 (DRUGS 3, ACQUISITIVE 2, MSHT 1, PIP 2, capacity 100),
 * E2187 (DRUGS 2, MONEY_LAUNDERING 2, FRAUD 2, capacity 100), E1876 (MSHT 3, CSAE 2, OIC 1, PIP 3, capacity
 * 50); mentored trainees, priorities 3 and 4 only: E2399 (MSHT 2, PIP 2, capacity 100), E2415 (FRAUD 2,
 * MONEY_LAUNDERING 1, capacity 81.08); nobody else (E2230, E2302, E2467 not accredited, E2121 expired, E1990
 * long-absent). Loads now: E2041 144, E2187 149, E2230 158, E2302 138; eligible capacity 431.08 against 589
 * points.
 */
class ResilienceAnalysisTest {

    private static Resilience seed;

    @BeforeAll
    static void analyseTheWorkedExample() {
        Caseload caseload = new DatasetReader().read(TestData.shared("seed-case.json"));
        seed = new ResilienceAnalysis(new CaseloadAssessment(caseload)).analyse();
    }

    @Test
    void coverageDepthOfEveryActiveThreatInDatasetOrder() {
        // DRUGS threats: E2041 and E2187 (OCG-2021-003 excludes E2187). MSHT P3 (007, 030): E2041 (MSHT 1,
        // PIP 2), E1876, trainee E2399; MSHT P1/P2 (019, 020): E1876 only. ACQUISITIVE: E2041 only. FRAUD and
        // MONEY_LAUNDERING P2: E2187 only; P3: E2187 and trainee E2415. CSAE P2: E1876 only (E2399 is a
        // trainee, CSAE 1). CYBER, FIREARMS, OIC (skill 2): nobody.
        assertThat(seed.threats()).extracting(ThreatCoverage::threatId, ThreatCoverage::coverageDepth)
                .containsExactly(
                        tuple("OCG-2019-001", 2), tuple("OCG-2020-002", 2), tuple("OCG-2021-003", 1),
                        tuple("OCG-2019-004", 2), tuple("OCG-2020-005", 1), tuple("OCG-2021-006", 1),
                        tuple("OCG-2019-007", 3), tuple("OCG-2020-008", 2), tuple("OCG-2021-009", 2),
                        tuple("OCG-2019-010", 2), tuple("OCG-2020-011", 1), tuple("OCG-2021-012", 1),
                        tuple("OCG-2019-013", 2), tuple("OCG-2020-014", 2), tuple("OCG-2021-015", 2),
                        tuple("OCG-2019-016", 0), tuple("OCG-2020-017", 2), tuple("OCG-2021-018", 2),
                        tuple("OCG-2019-019", 1), tuple("OCG-2020-020", 1), tuple("OCG-2021-021", 2),
                        tuple("OCG-2019-022", 1), tuple("OCG-2020-023", 2), tuple("OCG-2021-024", 1),
                        tuple("OCG-2019-025", 2), tuple("OCG-2020-026", 0), tuple("OCG-2021-027", 0),
                        tuple("OCG-2019-028", 2), tuple("OCG-2020-029", 0), tuple("OCG-2021-030", 3),
                        tuple("OCG-2019-031", 2));
        assertThat(seed.threats().get(6).eligibleOfficerIds()).containsExactly("E2041", "E1876", "E2399");
    }

    @Test
    void categoriesInTheDatasetsOrderWithThreatsEligibleOfficersAndDepthZeroAndOne() {
        assertThat(seed.categories()).containsExactly(
                new CategoryCoverage("DRUGS", 15, 2, 0, 1),
                new CategoryCoverage("MSHT", 4, 3, 0, 2),
                new CategoryCoverage("ACQUISITIVE", 3, 1, 0, 3),
                new CategoryCoverage("FRAUD", 2, 2, 0, 1),
                new CategoryCoverage("MONEY_LAUNDERING", 2, 2, 0, 1),
                new CategoryCoverage("FIREARMS", 2, 0, 2, 0),
                new CategoryCoverage("CSAE", 1, 1, 0, 1),
                new CategoryCoverage("OIC", 1, 0, 1, 0),
                new CategoryCoverage("CYBER", 1, 0, 1, 0));
    }

    @Test
    void listsTheActiveOfficersWhoLeadOrMayLeadInDatasetOrder() {
        // E2121 (expired), E2467 (not accredited) and E1990 (long-absent) lead nothing and may lead nothing.
        assertThat(seed.officers()).extracting(OfficerResilience::officerId)
                .containsExactly("E2041", "E2187", "E2230", "E2302", "E1876", "E2399", "E2415");
        assertThat(officer("E2302").leads()).containsExactly("OCG-2019-025", "OCG-2020-026", "OCG-2021-027",
                "OCG-2019-028", "OCG-2020-029", "OCG-2021-030", "OCG-2019-031");
        assertThat(officer("E1876").leads()).isEmpty();
    }

    @Test
    void withoutClarkeHerFourSoleCoverThreatsHaveNoOneAndShahCarriesTheDrugs() {
        // Her nine threats lose her. No one else may lead 003 (E2187 excluded), 005 and 006 (ACQUISITIVE), nor
        // 022 (ACQUISITIVE, which E2230 keeps). The rest in greedy order, from E2187 149, E2399 0, E1876 0:
        // 001 (30) → E2187 179; 002 (20) → 199; 004 (12) → 211; 007 (12) → E2399 12% (E1876 would be 24%);
        // 009 (12) → E2187 223; 008 (6) → 229.
        OfficerResilience clarke = officer("E2041");
        assertThat(clarke.soleCoverFor()).containsExactly("OCG-2021-003", "OCG-2020-005", "OCG-2021-006",
                "OCG-2019-022");
        IfUnavailable ifUnavailable = clarke.ifUnavailable();
        assertThat(ifUnavailable.newlyUncoverable()).containsExactly("OCG-2021-003", "OCG-2020-005",
                "OCG-2021-006", "OCG-2019-022");
        assertThat(ifUnavailable.leftWithoutOfficer()).containsExactly("OCG-2021-003", "OCG-2020-005",
                "OCG-2021-006");
        assertThat(ifUnavailable.unallocated()).isEmpty();
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("OCG-2019-001", "E2187"),
                Map.entry("OCG-2020-002", "E2187"), Map.entry("OCG-2019-004", "E2187"),
                Map.entry("OCG-2019-007", "E2399"), Map.entry("OCG-2021-009", "E2187"),
                Map.entry("OCG-2020-008", "E2187"));
        // Overload: E2187 229 − 100, E2230 158 − 100, E2302 138 − 70 = 129 + 58 + 68.
        assertThat(ifUnavailable.overloadPoints()).isCloseTo(255, within(1e-9));
        assertThat(ifUnavailable.peakLoadPercent()).isCloseTo(229, within(1e-9));
        // (589 − (431.08 − 100)) / 100 = 2.58 → 3.
        assertThat(ifUnavailable.lroShortfall()).isEqualTo(3);
    }

    @Test
    void withoutShahHisTwoSoleCoverThreatsAndTheUncoverableCyberThreatAreLeftWithoutAnLro() {
        // 010 (30) → E2041 174; 014 (35) → E2415 35; 013 (12) → E2415 47; 015 (12) → E2041 186.
        IfUnavailable ifUnavailable = officer("E2187").ifUnavailable();
        assertThat(ifUnavailable.newlyUncoverable()).containsExactly("OCG-2020-011", "OCG-2021-012");
        assertThat(ifUnavailable.leftWithoutOfficer()).containsExactly("OCG-2020-011", "OCG-2021-012",
                "OCG-2019-016");
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("OCG-2019-010", "E2041"),
                Map.entry("OCG-2020-014", "E2415"), Map.entry("OCG-2019-013", "E2415"),
                Map.entry("OCG-2021-015", "E2041"));
        // E2041 86 + E2230 58 + E2302 68; the peak stays E2302's 138 / 70.
        assertThat(ifUnavailable.overloadPoints()).isCloseTo(212, within(1e-9));
        assertThat(ifUnavailable.peakLoadPercent()).isCloseTo(197.142857142857, within(1e-9));
        assertThat(ifUnavailable.lroShortfall()).isEqualTo(3);
    }

    @Test
    void withoutWalshEveryThreatSheLedIsPlacedAndOverloadRises() {
        // Order: 019, 017 (P1, by id); 020, 018, 021, 024 (P2); 023; 022. 019 → E1876 30; 017 → E2041 174;
        // 020 → E1876 50; 018 → E2187 169; 021 → E2187 189; 024 → E1876 70; 023 → E2041 186; 022 → E2041 192.
        IfUnavailable ifUnavailable = officer("E2230").ifUnavailable();
        assertThat(ifUnavailable.newlyUncoverable()).isEmpty();
        assertThat(ifUnavailable.leftWithoutOfficer()).isEmpty();
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("OCG-2019-019", "E1876"),
                Map.entry("OCG-2020-017", "E2041"), Map.entry("OCG-2020-020", "E1876"),
                Map.entry("OCG-2021-018", "E2187"), Map.entry("OCG-2021-021", "E2187"),
                Map.entry("OCG-2021-024", "E1876"), Map.entry("OCG-2020-023", "E2041"),
                Map.entry("OCG-2019-022", "E2041"));
        // E2041 92 + E2187 89 + E1876 20 + E2302 68.
        assertThat(ifUnavailable.overloadPoints()).isCloseTo(269, within(1e-9));
        assertThat(ifUnavailable.peakLoadPercent()).isCloseTo(197.142857142857, within(1e-9));
        assertThat(ifUnavailable.lroShortfall()).isEqualTo(2);
    }

    @Test
    void withoutReidHisThreeUncoverableThreatsAreLeftWithoutAnLro() {
        // 025 → E2041 174; 028 → E2187 169; 030 → E2399 12% (E1876 24%, E2041 186%); 031 → E2187 175.
        IfUnavailable ifUnavailable = officer("E2302").ifUnavailable();
        assertThat(ifUnavailable.newlyUncoverable()).isEmpty();
        assertThat(ifUnavailable.leftWithoutOfficer()).containsExactly("OCG-2020-026", "OCG-2021-027",
                "OCG-2020-029");
        assertThat(ifUnavailable.unallocated()).isEmpty();
        assertThat(ifUnavailable.overloadPoints()).isCloseTo(207, within(1e-9));
        assertThat(ifUnavailable.peakLoadPercent()).isCloseTo(175, within(1e-9));
        assertThat(ifUnavailable.lroShortfall()).isEqualTo(2);
    }

    @Test
    void withoutHughesNoOneMayLeadTwoMshtThreatsAndTheCsaeThreatThoughWalshKeepsThem() {
        OfficerResilience hughes = officer("E1876");
        assertThat(hughes.soleCoverFor()).containsExactly("OCG-2019-019", "OCG-2020-020", "OCG-2021-024");
        IfUnavailable ifUnavailable = hughes.ifUnavailable();
        assertThat(ifUnavailable.newlyUncoverable()).containsExactly("OCG-2019-019", "OCG-2020-020", "OCG-2021-024");
        assertThat(ifUnavailable.leftWithoutOfficer()).isEmpty();
        assertThat(ifUnavailable.overloadPoints()).isCloseTo(219, within(1e-9));
        // (589 − 381.08) / 100 = 2.08 → 3.
        assertThat(ifUnavailable.lroShortfall()).isEqualTo(3);
    }

    @Test
    void withoutATraineeOnlyTheShortfallChanges() {
        // (589 − 331.08) / 100 = 2.58 and (589 − 350) / 100 = 2.39: both 3.
        assertThat(officer("E2399").ifUnavailable().lroShortfall()).isEqualTo(3);
        assertThat(officer("E2415").ifUnavailable().lroShortfall()).isEqualTo(3);
        assertThat(officer("E2415").ifUnavailable().overloadPoints()).isCloseTo(219, within(1e-9));
    }

    // ---- the placement rules on small caseloads ------------------------------------------------------

    @Test
    void loadPercentsWithinEpsilonTieAndGoToTheSmallestOfficerIdAsStringCompareToOrdersThem() {
        // B: 37 hours → capacity 100; a: 37.0000001 hours → capacity 100.00000027. Giving T (30) to B makes
        // 30%, to a 29.99999992%: within ε of the lowest, so they tie and the smaller id wins: "B" < "a" as
        // String.compareTo orders them (upper case first). Without ε, a would win.
        Caseload caseload = caseload(Policy.DEFAULTS,
                List.of(lro("X"), lro("B"), lro("a").withWeeklyHours(37.0000001)),
                List.of(threat("T", 1, "X")));
        IfUnavailable ifUnavailable = analyse(caseload, "X");
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("T", "B"));
    }

    @Test
    void withoutOverloadAThreatThatWouldPushTheBestOfficerOverCapacityStaysUnallocated() {
        // X leads T1 (30) and T2 (30). Y has 50 already: T1 → Y 80 fits; T2 would make Y 110 > 100.
        Caseload caseload = caseload(Policy.DEFAULTS.withAllowOverload(false),
                List.of(lro("X"), lro("Y")),
                List.of(threat("T1", 1, "X"), threat("T2", 1, "X"), threat("T0", 1, "Y").withWorkloadPoints(50.0)));
        IfUnavailable ifUnavailable = analyse(caseload, "X");
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("T1", "Y"));
        assertThat(ifUnavailable.leftWithoutOfficer()).containsExactly("T2");
        assertThat(ifUnavailable.unallocated()).containsExactly("T2");
        assertThat(ifUnavailable.newlyUncoverable()).isEmpty();
        assertThat(ifUnavailable.overloadPoints()).isZero();
        assertThat(ifUnavailable.peakLoadPercent()).isCloseTo(80, within(1e-9));
    }

    @Test
    void pinnedThreatsLoseTheAbsentOfficerToAndThreatsAlreadyUnallocatedStayUnallocated() {
        Caseload caseload = caseload(Policy.DEFAULTS,
                List.of(lro("X"), lro("Y")),
                List.of(threat("T1", 2, "X").withPinned(true), threat("T2", 2, null)));
        IfUnavailable ifUnavailable = analyse(caseload, "X");
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("T1", "Y"));
        assertThat(ifUnavailable.unallocated()).containsExactly("T2");
    }

    @Test
    void theAbsentOfficersMenteesKeepTheirStanding() {
        Officer trainee = Officer.named("M", "Mentee").withSkills(Map.of("DRUGS", 3)).withPipLevel(3)
                .withMentorId("X");
        Caseload caseload = caseload(Policy.DEFAULTS, List.of(lro("X"), trainee),
                List.of(threat("T", 3, "X")));
        IfUnavailable ifUnavailable = analyse(caseload, "X");
        assertThat(ifUnavailable.reallocated()).containsExactly(Map.entry("T", "M"));
        assertThat(ifUnavailable.newlyUncoverable()).isEmpty();
    }

    private static IfUnavailable analyse(Caseload caseload, String officerId) {
        return new ResilienceAnalysis(new CaseloadAssessment(caseload)).analyse().officers().stream()
                .filter(o -> o.officerId().equals(officerId)).findFirst().orElseThrow().ifUnavailable();
    }

    private static Officer lro(String id) {
        return Officer.named(id, "Officer " + id).withSkills(Map.of("DRUGS", 3)).withPipLevel(3);
    }

    private static Threat threat(String id, int priority, String officerId) {
        return Threat.of(id, "Op " + id, "DRUGS", priority).withOfficerId(officerId);
    }

    private static Caseload caseload(Policy policy, List<Officer> officers, List<Threat> threats) {
        LocalDate asOf = LocalDate.of(2026, 4, 1);
        List<TrainingRecord> records = officers.stream().filter(o -> o.mentorId() == null)
                .map(o -> new TrainingRecord(o.id(), "LRO-CORE", asOf.minusMonths(6), null)).toList();
        return new Caseload(asOf, policy, List.of(new Category("DRUGS", "Drugs")),
                List.of(new Course("LRO-CORE", "LRO course", 36, true, null)), officers, records, threats);
    }

    private static OfficerResilience officer(String id) {
        return seed.officers().stream().filter(o -> o.officerId().equals(id)).findFirst().orElseThrow();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
