package uk.police.soc.caseload.domain;

import java.time.LocalDate;

/**
 * One review of a threat's 4P plan.
 *
 * @param reviewerId the officer who reviewed it, or {@code null}
 * @param nextReviewDue the next review date this review set, or {@code null}
 */
public record PlanReview(LocalDate on, String outcome, String reviewerId, LocalDate nextReviewDue) {
}
