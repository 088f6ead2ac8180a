package uk.police.soc.caseload.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who leads each threat of one caseload: every threat of the register appears exactly once, with its officer or
 * with none. Immutable; {@link #with} and {@link #toBuilder()} make changed copies. A threat outside the register
 * is an error, never "keeps its own officer" or "none".
 */
public final class Allocation {

    /** Threat id to officer id, in register order; a null value means the threat has no officer. */
    private final Map<String, String> officerByThreat;

    private Allocation(Map<String, String> officerByThreat) {
        this.officerByThreat = officerByThreat;
    }

    /** The caseload as it stands: each threat with its own officer. */
    public static Allocation of(Caseload caseload) {
        Map<String, String> map = new LinkedHashMap<>();
        caseload.threats().forEach(t -> map.put(t.id(), t.officerId()));
        return new Allocation(map);
    }

    /** The threats, in register order. */
    public Set<String> threatIds() {
        return Collections.unmodifiableSet(officerByThreat.keySet());
    }

    public boolean covers(String threatId) {
        return officerByThreat.containsKey(threatId);
    }

    /** The officer leading the threat, if any. */
    public Optional<String> officerOf(String threatId) {
        return Optional.ofNullable(leadOf(threatId));
    }

    /** The id of the officer leading the threat, or null when none does: for loops over a national register. */
    public String leadOf(String threatId) {
        if (!officerByThreat.containsKey(threatId)) {
            throw new IllegalArgumentException("threat \"" + threatId + "\" is not in this allocation");
        }
        return officerByThreat.get(threatId);
    }

    /** A copy with the threat given to {@code officerId} (null: to no one). */
    public Allocation with(String threatId, String officerId) {
        return toBuilder().assign(threatId, officerId).build();
    }

    /** A copy with each threat in {@code changes} given the officer there (null: no one). */
    public Allocation withChanges(Map<String, String> changes) {
        Builder builder = toBuilder();
        changes.forEach(builder::assign);
        return builder.build();
    }

    /**
     * The threats whose officer differs from {@code before}, in register order, each with the officer it has here
     * (null: none). This is the form in which a plan is stored: only what changes.
     */
    public Map<String, String> changesFrom(Allocation before) {
        Map<String, String> changes = new LinkedHashMap<>();
        officerByThreat.forEach((threat, officer) -> {
            if (!Objects.equals(before.leadOf(threat), officer)) {
                changes.put(threat, officer);
            }
        });
        return changes;
    }

    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(officerByThreat));
    }

    /** Changes to a copy, made in place, for the planner's loops; {@link #build()} hands the result back. */
    public static final class Builder {
        private final Map<String, String> map;

        private Builder(Map<String, String> map) {
            this.map = map;
        }

        /** Gives the threat to {@code officerId} (null: to no one). */
        public Builder assign(String threatId, String officerId) {
            if (!map.containsKey(threatId)) {
                throw new IllegalArgumentException("threat \"" + threatId + "\" is not in this allocation");
            }
            map.put(threatId, officerId);
            return this;
        }

        public String leadOf(String threatId) {
            return map.get(threatId);
        }

        public Allocation build() {
            return new Allocation(new LinkedHashMap<>(map));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Allocation that && officerByThreat.equals(that.officerByThreat);
    }

    @Override
    public int hashCode() {
        return officerByThreat.hashCode();
    }

    @Override
    public String toString() {
        return officerByThreat.toString();
    }
}
