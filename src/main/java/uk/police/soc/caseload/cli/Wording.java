package uk.police.soc.caseload.cli;

import java.util.List;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.DateWords;
import uk.police.soc.caseload.domain.LoadStatus;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.report.words.Words;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.presentation.Numbers;

/**
 * The command line's table words; names and numbers come from {@code presentation}, as on screen, so that a
 * figure reads the same in both.
 */
final class Wording {

    private Wording() {
    }

    /** Points as {@link Numbers#points}: the app shows them the same way. */
    static String points(double value) {
        return Numbers.points(value);
    }

    /** Load % as {@link Numbers#percent}. */
    static String percent(double value) {
        return Numbers.percent(value);
    }

    /** {@code 1 officer}, {@code 3 officers}. */
    static String count(long n, String singular) {
        return Numbers.count(n, singular);
    }

    static String count(long n, String singular, String plural) {
        return Numbers.count(n, singular, plural);
    }

    static String ids(List<String> ids) {
        return Numbers.ids(ids);
    }

    /** {@code DS Amy Clarke (E2041)} as {@link Names#officer}; an absent officer as "no LRO". */
    static String officer(Officer officer, String officerId) {
        if (officerId == null) {
            return "no LRO";
        }
        return officer == null ? officerId : Names.officer(officer);
    }

    /** {@code Pursue}, {@code Prevent}, … as people write the strands of a 4P plan. */
    static String strand(uk.police.soc.caseload.domain.Strand strand) {
        return Words.strand(strand);
    }

    /** An allocation reason as people say it: {@code Officer unavailable}. */
    static String reason(uk.police.soc.caseload.domain.AllocationReason reason) {
        return Words.reason(reason);
    }

    /** The traffic light of an officer's load, by the policy's amber and red thresholds, in the app's words. */
    static String status(OfficerLoad load, Policy policy) {
        return Words.status(LoadStatus.of(load, policy));
    }

    /** As {@link #status(OfficerLoad, Policy)}, and "Absent until 2022-06-30" for an officer on a long absence. */
    static String status(CaseloadAssessment assessment, OfficerLoad load) {
        Officer officer = assessment.caseload().officer(load.officerId()).orElse(null);
        if (officer != null && assessment.isLongAbsent(officer.id())) {
            return Words.absentUntil(officer.absenceOn(assessment.asOf()).until(), DateWords.ISO);
        }
        return status(load, assessment.policy());
    }
}
