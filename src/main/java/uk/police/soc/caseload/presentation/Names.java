package uk.police.soc.caseload.presentation;

import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;

/** Officers and threats as people read them, everywhere: the name first, the id beside it. */
public final class Names {

    private Names() {
    }

    /** "DS Amy Clarke (E2041)"; the id alone for an officer without a name. */
    public static String officer(Officer officer) {
        return officer.name() == null || officer.name().isBlank() ? officer.id()
                : officer.name() + " (" + officer.id() + ")";
    }

    /** As {@link #officer(Officer)}; "no LRO" for none; the id alone for an officer the caseload does not hold. */
    public static String officer(Caseload caseload, String officerId) {
        if (officerId == null) {
            return "no LRO";
        }
        return caseload.officer(officerId).map(Names::officer).orElse(officerId);
    }

    /** "Operation Kestrel (OCG-2019-028)"; the id alone for a threat without a name. */
    public static String threat(Threat threat) {
        return threat.name() == null || threat.name().isBlank() ? threat.id()
                : threat.name() + " (" + threat.id() + ")";
    }

    public static String threat(Caseload caseload, String threatId) {
        return caseload.threat(threatId).map(Names::threat).orElse(threatId);
    }

    /** "SOC lead responsible officer course (LRO-CORE)"; the code alone for a course without a name on record. */
    public static String course(Caseload caseload, String code) {
        return caseload.courses().stream().filter(c -> c.code().equals(code) && c.name() != null
                && !c.name().isBlank()).map(c -> c.name() + " (" + code + ")").findFirst().orElse(code);
    }

    /** A category by its name, e.g. "Money laundering" rather than MONEY_LAUNDERING; the code when it has none. */
    public static String category(Caseload caseload, String code) {
        if (code == null) {
            return "";
        }
        return caseload.categories().stream().filter(c -> c.code().equals(code) && c.name() != null
                && !c.name().isBlank()).map(uk.police.soc.caseload.domain.Category::name).findFirst().orElse(code);
    }
}
