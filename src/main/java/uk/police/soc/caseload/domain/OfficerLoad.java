package uk.police.soc.caseload.domain;

/**
 * One officer's workload under an allocation.
 *
 * @param loadPercent 100 × load / capacity; 0 when both are 0; {@code +∞} when only capacity is 0
 */
public record OfficerLoad(String officerId, double capacity, double load, double loadPercent) {
}
