package uk.police.soc.caseload.cli;

import java.util.List;
import java.util.Locale;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.report.words.Words;
import uk.police.soc.caseload.solver.PlainNumbers;

/** The words and number formats every command's human output shares, so that they read the same. */
final class Wording {

    private Wording() {
    }

    /** Capacity, load and overload in points, to one decimal, so that a column of them lines up. */
    static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Load % to one decimal; an infinite one (load on no capacity) as ∞%. */
    static String percent(double value) {
        return PlainNumbers.percent(value);
    }

    /** {@code 1 officer}, {@code 3 officers}. */
    static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    /** {@code DS Amy Clarke (E2041)}; an absent officer as "no LRO". */
    static String officer(Officer officer, String officerId) {
        if (officerId == null) {
            return "no LRO";
        }
        return officer == null ? officerId : officer.name() + " (" + officerId + ")";
    }

    /** {@code Pursue}, {@code Prevent}, … as people write the strands of a 4P plan. */
    static String strand(uk.police.soc.caseload.domain.Strand strand) {
        return Words.strand(strand);
    }

    /** An allocation reason as people say it: {@code Officer unavailable}. */
    static String reason(uk.police.soc.caseload.domain.AllocationReason reason) {
        return Words.reason(reason);
    }

    /** The traffic light of an officer's load, by the policy's amber and red thresholds. */
    static String status(OfficerLoad load, Policy policy) {
        if (load.capacity() == 0) {
            return load.load() > 0 ? "LOAD, NO CAPACITY" : "NO CAPACITY";
        }
        if (CaseloadAssessment.exceeds(load.loadPercent(), policy.redLoadPercent())) {
            return "OVERLOADED";
        }
        if (CaseloadAssessment.exceeds(load.loadPercent(), policy.amberLoadPercent())) {
            return "OVER CAPACITY";
        }
        return "OK";
    }
}
