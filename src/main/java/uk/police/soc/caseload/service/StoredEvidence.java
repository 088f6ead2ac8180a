package uk.police.soc.caseload.service;

import java.util.List;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.WorkloadDay;

/**
 * What the evidence commands read in one transaction: the caseload on a date, every recorded change of a
 * threat's LRO (oldest first) and the daily workload records up to that date (oldest first).
 */
public record StoredEvidence(Caseload caseload, List<AllocationChange> changes, List<WorkloadDay> days) {

    public StoredEvidence {
        changes = List.copyOf(changes);
        days = List.copyOf(days);
    }
}
