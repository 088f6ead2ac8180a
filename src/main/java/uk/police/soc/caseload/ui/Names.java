package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;

/** Officers and threats as people read them: the name first, the id beside it. */
public final class Names {

    private Names() {
    }

    /** "DS Ravi Shah (E2187)"; "no LRO" for none; the id alone when the officer is unknown or unnamed. */
    public static String officer(Caseload caseload, String officerId) {
        if (officerId == null) {
            return "no LRO";
        }
        return caseload.officer(officerId).map(Names::officer).orElse(officerId);
    }

    public static String officer(Officer officer) {
        return officer.name() == null || officer.name().isBlank() ? officer.id()
                : officer.name() + " (" + officer.id() + ")";
    }

    /** "Operation Kestrel (OCG-2019-028)"; the id alone when the threat is unknown or unnamed. */
    public static String threat(Caseload caseload, String threatId) {
        return caseload.threat(threatId).map(Names::threat).orElse(threatId);
    }

    public static String threat(Threat threat) {
        return threat.name() == null || threat.name().isBlank() ? threat.id()
                : threat.name() + " (" + threat.id() + ")";
    }
}
