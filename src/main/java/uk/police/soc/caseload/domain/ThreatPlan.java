package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A threat's 4P plan: its actions by strand and the reviews of it, each list in the order it was recorded. */
public record ThreatPlan(List<PlanAction> actions, List<PlanReview> reviews) {

    public static final ThreatPlan EMPTY = new ThreatPlan(List.of(), List.of());

    public ThreatPlan {
        actions = actions == null ? List.of() : List.copyOf(actions);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public boolean isEmpty() {
        return actions.isEmpty() && reviews.isEmpty();
    }

    /** The latest review by date (the last recorded of those on that date), if any. */
    public Optional<PlanReview> latestReview() {
        return reviews.stream().filter(r -> r.on() != null).max(Comparator.comparing(PlanReview::on));
    }

    /** The latest review held on or before {@code asOf}, if any. */
    public Optional<LocalDate> lastReviewOn(LocalDate asOf) {
        return reviews.stream().map(PlanReview::on).filter(on -> on != null && !on.isAfter(asOf))
                .max(Comparator.naturalOrder());
    }

    public Optional<PlanAction> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public ThreatPlan withActions(List<PlanAction> newActions) {
        return new ThreatPlan(newActions, reviews);
    }

    public ThreatPlan withReviews(List<PlanReview> newReviews) {
        return new ThreatPlan(actions, newReviews);
    }
}
