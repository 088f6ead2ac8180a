package uk.police.soc.caseload.domain.scenario;

import java.time.LocalDate;
import java.util.Objects;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;

/**
 * One change a scenario tries on a copy of the caseload (scenarios.md, "Scenarios"). Nothing stored changes;
 * {@link ScenarioApplier} applies a list of them.
 */
public sealed interface CaseloadChange {

    /** The name a changes file gives the operation, e.g. {@code addOfficer}. */
    String op();

    /** A hypothetical officer, e.g. a new LRO. */
    record AddOfficer(Officer officer) implements CaseloadChange {
        public AddOfficer {
            Objects.requireNonNull(officer, "officer");
        }

        @Override
        public String op() {
            return "addOfficer";
        }
    }

    /** A course passed. */
    record AddTrainingRecord(TrainingRecord record) implements CaseloadChange {
        public AddTrainingRecord {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public String op() {
            return "addTrainingRecord";
        }
    }

    /** An absence with reason {@value #REASON}: it changes capacity and eligibility only as any absence does. */
    record OfficerUnavailable(String officerId, LocalDate from, LocalDate until) implements CaseloadChange {
        public static final String REASON = "scenario";

        @Override
        public String op() {
            return "officerUnavailable";
        }
    }

    /** The officer leaves: the threats they led become unallocated and unpinned. */
    record DeactivateOfficer(String officerId) implements CaseloadChange {
        @Override
        public String op() {
            return "deactivateOfficer";
        }
    }

    /** A new threat, e.g. one the next assessment will adopt. */
    record AddThreat(Threat threat) implements CaseloadChange {
        public AddThreat {
            Objects.requireNonNull(threat, "threat");
        }

        @Override
        public String op() {
            return "addThreat";
        }
    }

    /** The threat is closed: it no longer counts toward anyone's load. */
    record ArchiveThreat(String threatId) implements CaseloadChange {
        @Override
        public String op() {
            return "archiveThreat";
        }
    }

    /** Policy settings merged onto those in force: each one given replaces that setting whole. */
    record SetPolicy(PolicyPatch policy) implements CaseloadChange {
        public SetPolicy {
            Objects.requireNonNull(policy, "policy");
        }

        @Override
        public String op() {
            return "setPolicy";
        }
    }
}
