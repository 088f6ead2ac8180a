package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.LoadStatus;
import java.util.function.Predicate;

/** The ready-made views of the officer list that the dashboard opens. */
public enum OfficerFilter {
    ALL("All officers", row -> true),
    ACTIVE("Active officers", row -> row.officer().active()),
    ACCREDITED("Accredited LROs", row -> row.accreditation() == OfficerRow.Accreditation.ACCREDITED),
    OVER_CAPACITY("Over capacity (amber or red)", row -> row.status().isOver()),
    OVERLOADED("Overloaded (red)", row -> row.status() == LoadStatus.OVERLOADED),
    ABSENT("Absent on the planning date", row -> row.absence() != null);

    private final String label;
    private final Predicate<OfficerRow> test;

    OfficerFilter(String label, Predicate<OfficerRow> test) {
        this.label = label;
        this.test = test;
    }

    public boolean test(OfficerRow row) {
        return test.test(row);
    }

    @Override
    public String toString() {
        return label;
    }
}
