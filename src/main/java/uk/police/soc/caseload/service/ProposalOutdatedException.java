package uk.police.soc.caseload.service;

import java.util.List;
import uk.police.soc.caseload.domain.Problem;

/**
 * A planner's proposal was not stored because a threat it moves, or an officer it gives or takes a threat from,
 * changed after the run began (another desk, an import): storing it would overwrite that change silently.
 * Nothing was stored; {@link #changes()} names each changed record and field. The command line exits 1; the app
 * offers to plan again.
 */
public class ProposalOutdatedException extends RuntimeException {

    private final List<Problem> changes;

    public ProposalOutdatedException(List<Problem> changes) {
        super(changes.size() + " record(s) changed since the planner started; nothing was stored");
        this.changes = List.copyOf(changes);
    }

    /** One per changed record, e.g. {@code threats[OCG-2019-007]: changed since the planner started (pinned)}. */
    public List<Problem> changes() {
        return changes;
    }
}
