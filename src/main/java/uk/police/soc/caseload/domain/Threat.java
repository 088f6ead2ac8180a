package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A serious and organised crime threat and its current lead responsible officer.
 *
 * <p>{@code workloadPoints}, {@code minSkillLevel} and {@code minPipLevel} are {@code null} when they
 * come from the policy; they are kept null (never filled in) so that a policy change applies to them.
 *
 * @param priority 1 (most harmful) to 4
 * @param officerId the current LRO, or {@code null} when unallocated
 * @param pinned the planner must not move it
 * @param excludedOfficerIds officers who must not lead it, e.g. for a conflict of interest
 */
public record Threat(
        String id,
        String name,
        String category,
        int priority,
        String band,
        Double riskScore,
        Double workloadPoints,
        Integer minSkillLevel,
        Integer minPipLevel,
        String area,
        String officerId,
        boolean pinned,
        List<String> excludedOfficerIds,
        ThreatStatus status,
        LocalDate adoptedOn,
        LocalDate nextReviewDue) {

    public Threat {
        Objects.requireNonNull(id, "id");
        excludedOfficerIds = excludedOfficerIds == null ? List.of() : List.copyOf(excludedOfficerIds);
        status = status == null ? ThreatStatus.ACTIVE : status;
    }

    /** A new active, unallocated threat with every optional field left to the policy. */
    public static Threat of(String id, String name, String category, int priority) {
        return new Threat(id, name, category, priority, null, null, null, null, null, null, null, false,
                List.of(), ThreatStatus.ACTIVE, null, null);
    }

    public boolean isActive() {
        return status == ThreatStatus.ACTIVE;
    }

    public Threat withOfficerId(String newOfficerId) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, minPipLevel,
                area, newOfficerId, pinned, excludedOfficerIds, status, adoptedOn, nextReviewDue);
    }

    public Threat withPinned(boolean isPinned) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, minPipLevel,
                area, officerId, isPinned, excludedOfficerIds, status, adoptedOn, nextReviewDue);
    }

    public Threat withStatus(ThreatStatus newStatus) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, minPipLevel,
                area, officerId, pinned, excludedOfficerIds, newStatus, adoptedOn, nextReviewDue);
    }

    public Threat withWorkloadPoints(Double points) {
        return new Threat(id, name, category, priority, band, riskScore, points, minSkillLevel, minPipLevel,
                area, officerId, pinned, excludedOfficerIds, status, adoptedOn, nextReviewDue);
    }

    public Threat withArea(String newArea) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, minPipLevel,
                newArea, officerId, pinned, excludedOfficerIds, status, adoptedOn, nextReviewDue);
    }

    public Threat withMinSkillLevel(Integer level) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, level, minPipLevel,
                area, officerId, pinned, excludedOfficerIds, status, adoptedOn, nextReviewDue);
    }

    public Threat withMinPipLevel(Integer level) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, level,
                area, officerId, pinned, excludedOfficerIds, status, adoptedOn, nextReviewDue);
    }

    public Threat withNextReviewDue(LocalDate due) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, minPipLevel,
                area, officerId, pinned, excludedOfficerIds, status, adoptedOn, due);
    }

    public Threat withExcludedOfficerIds(List<String> ids) {
        return new Threat(id, name, category, priority, band, riskScore, workloadPoints, minSkillLevel, minPipLevel,
                area, officerId, pinned, ids, status, adoptedOn, nextReviewDue);
    }
}
