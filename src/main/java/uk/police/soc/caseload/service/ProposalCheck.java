package uk.police.soc.caseload.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.RecordFields;
import uk.police.soc.caseload.domain.Threat;

/**
 * Whether a proposal still fits the store: the records it touches compared with themselves as the run saw them.
 * The whole record counts, not only its officer: a threat pinned, archived or with an officer excluded since
 * must not be moved by a plan that did not know it. (Once records carry versions, comparing those says the
 * same more cheaply.)
 */
public final class ProposalCheck {

    private ProposalCheck() {
    }

    /** One problem per record that changed between {@code plannedFrom} and {@code stored}; empty when none. */
    public static List<Problem> changedSince(Caseload plannedFrom, Caseload stored, Map<String, String> threatToOfficer) {
        List<Problem> changed = new ArrayList<>();
        Set<String> officers = new LinkedHashSet<>();
        for (Map.Entry<String, String> move : threatToOfficer.entrySet()) {
            Optional<Threat> before = plannedFrom.threat(move.getKey());
            Optional<Threat> now = stored.threat(move.getKey());
            compare("threats", move.getKey(), before, now, Threat::name, changed);
            before.map(Threat::officerId).ifPresent(officers::add);
            if (move.getValue() != null) {
                officers.add(move.getValue());
            }
        }
        for (String officerId : officers) {
            Optional<Officer> before = plannedFrom.officer(officerId);
            Optional<Officer> now = stored.officer(officerId);
            compare("officers", officerId, before, now, Officer::name, changed);
        }
        return changed;
    }

    private static <T extends Record> void compare(String list, String id, Optional<T> before, Optional<T> now,
            Function<T, String> name, List<Problem> changed) {
        String path = list + "[" + id + "]";
        if (before.isEmpty()) {
            changed.add(new Problem(path, "not in the caseload the planner started from"));
        } else if (now.isEmpty()) {
            changed.add(new Problem(path, name.apply(before.get()) + " was deleted since the planner started"));
        } else {
            List<String> fields = RecordFields.differing(before.get(), now.get());
            if (!fields.isEmpty()) {
                changed.add(new Problem(path, name.apply(before.get()) + " changed since the planner started ("
                        + String.join(", ", fields) + ")"));
            }
        }
    }
}
