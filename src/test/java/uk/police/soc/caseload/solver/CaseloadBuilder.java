package uk.police.soc.caseload.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

/** Small caseloads built in code for the solver's tests: accredited all-round LROs and DRUGS threats by default. */
public final class CaseloadBuilder {

    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private Policy policy = Policy.DEFAULTS;
    private final List<Officer> officers = new ArrayList<>();
    private final List<TrainingRecord> records = new ArrayList<>();
    private final List<Threat> threats = new ArrayList<>();

    public CaseloadBuilder policy(Policy newPolicy) {
        policy = newPolicy;
        return this;
    }

    /** An accredited LRO, full time, skilled 3 in every category, PIP 3. */
    public CaseloadBuilder lro(String id) {
        return lro(id, null);
    }

    public CaseloadBuilder lro(String id, Double weeklyHours) {
        return officer(Officer.named(id, "Officer " + id).withSkills(Map.of("DRUGS", 3, "MSHT", 3, "FRAUD", 3))
                .withPipLevel(3).withWeeklyHours(weeklyHours), true);
    }

    public CaseloadBuilder officer(Officer officer, boolean accredited) {
        officers.add(officer);
        if (accredited) {
            records.add(new TrainingRecord(officer.id(), "LRO-CORE", AS_OF.minusMonths(6), null));
        }
        return this;
    }

    /** An active DRUGS threat with the policy's points for its priority. */
    public CaseloadBuilder threat(String id, int priority, String officerId) {
        return threat(Threat.of(id, "Op " + id, "DRUGS", priority).withOfficerId(officerId));
    }

    public CaseloadBuilder threat(Threat threat) {
        threats.add(threat);
        return this;
    }

    public Caseload build() {
        return new Caseload(AS_OF, policy,
                List.of(new Category("DRUGS", "Drugs"), new Category("MSHT", "Modern slavery"), new Category("FRAUD", "Fraud")),
                List.of(new Course("LRO-CORE", "LRO course", 36, true, null)),
                officers, records, threats);
    }
}
