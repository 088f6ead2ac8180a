package uk.police.soc.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-officer terms and their change, against values worked out by hand. */
class ObjectiveTest {

    @Test
    void overloadIsLoadAboveCapacityWithTheTolerance() {
        assertThat(Objective.overload(144, 100)).isEqualTo(44);
        assertThat(Objective.overload(80, 100)).isZero();
        assertThat(Objective.overload(20.0000000005, 20)).isZero();
        assertThat(Objective.overload(30, 0)).isEqualTo(30);
    }

    @Test
    void balanceIsOneHundredTimesTheSquaredLoadShareAndZeroWithoutCapacity() {
        // 100 × (138 / 70)² = 388.6530612…
        assertThat(Objective.balance(138, 70)).isCloseTo(388.6530612, within(1e-6));
        assertThat(Objective.balance(30, 0)).isZero();
    }

    @Test
    void placedBeyondCapacityCountsEverythingPlacedOnAnOfficerAlreadyOverFromFixedLoad() {
        assertThat(Objective.placedBeyondCapacity(60, 50, 100)).isCloseTo(10, within(1e-9));
        assertThat(Objective.placedBeyondCapacity(70, 6, 50)).isCloseTo(6, within(1e-9));
        assertThat(Objective.placedBeyondCapacity(10, 30, 100)).isZero();
    }

    @Test
    void movingPointsChangesBothOfficersTerms() {
        // 30 points from A (144 of 100) to B (40 of 100): overload 44 → 14; balance 207.36 + 16 → 129.96 + 49.
        Objective.Change change = Objective.moving(144, 100, 40, 100, 30);

        assertThat(change.overload()).isCloseTo(-30, within(1e-9));
        assertThat(change.balance()).isCloseTo(-44.4, within(1e-9));
    }

    @Test
    void joiningChangesOnlyTheOfficerWhoTakesThePoints() {
        // 12 points to an officer at 50 of 60: overload 0 → 2; balance 69.444… → 106.777…
        Objective.Change change = Objective.joining(50, 60, 12);

        assertThat(change.overload()).isCloseTo(2, within(1e-9));
        assertThat(change.balance()).isCloseTo(37.333333, within(1e-5));
    }
}
