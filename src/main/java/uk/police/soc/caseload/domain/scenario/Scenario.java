package uk.police.soc.caseload.domain.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A named list of changes a manager tries on a copy of the caseload, e.g. "Two more LRO courses".
 *
 * @param version the stored row's version (optimistic locking); 0 for one not yet saved
 */
public record Scenario(String name, List<CaseloadChange> changes, long version) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }

    public Scenario(String name, List<CaseloadChange> changes) {
        this(name, changes, 0);
    }
}
