package uk.police.soc.caseload.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How well one category's active threats are covered (scenarios.md, "Resilience", per category): the
 * threats in it, the officers eligible for at least one of them, and the threats with a coverage depth
 * (officers eligible) of 0 and of 1.
 */
public record CoverageByCategory(String category, int threats, int eligibleOfficers, int uncoverable,
        int singleCover) {

    /** The coverage depth of an active threat: how many officers are eligible for it. */
    public static int depth(CaseloadAssessment assessment, Threat threat) {
        return assessment.eligibleOfficers(threat).size();
    }

    /** Every category with an active threat, in the dataset's category order. */
    public static List<CoverageByCategory> of(CaseloadAssessment assessment) {
        List<CoverageByCategory> coverage = new ArrayList<>();
        for (Category category : assessment.caseload().categories()) {
            int threats = 0;
            int uncoverable = 0;
            int single = 0;
            Set<String> eligible = new LinkedHashSet<>();
            for (Threat threat : assessment.caseload().threats()) {
                if (!threat.isActive() || !category.code().equals(threat.category())) {
                    continue;
                }
                threats++;
                List<Officer> officers = assessment.eligibleOfficers(threat);
                officers.forEach(o -> eligible.add(o.id()));
                if (officers.isEmpty()) {
                    uncoverable++;
                } else if (officers.size() == 1) {
                    single++;
                }
            }
            if (threats > 0) {
                coverage.add(new CoverageByCategory(category.code(), threats, eligible.size(), uncoverable, single));
            }
        }
        return coverage;
    }
}
