package uk.police.soc.caseload.domain;

import java.util.List;

/**
 * The rules a valid caseload keeps beyond the JSON shape: unique ids, references between records, value
 * ranges, ordered date ranges. Used on every import and on every edit made in the app, so that both reject
 * the same things with the same messages. PLACEHOLDER: the dataset work fills it in.
 */
public final class CaseloadValidator {

    /** Every problem, each naming the record (by id where it has one) and the field; empty when valid. */
    public List<Problem> validate(Caseload caseload) {
        return List.of();
    }
}
