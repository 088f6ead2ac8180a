package uk.police.soc.caseload.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the "minimum PIP level by category" table. A blank level means the category is not in the
 * policy, so its threats need PIP level 0 unless they set their own.
 */
public final class PipLevelRow {

    private final String categoryCode;
    private final String categoryName;
    private final StringProperty level = new SimpleStringProperty("");

    PipLevelRow(String categoryCode, String categoryName) {
        this.categoryCode = categoryCode;
        this.categoryName = categoryName;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String categoryName() {
        return categoryName;
    }

    public StringProperty levelProperty() {
        return level;
    }

    /** The form field its problems are filed under, as the validator's path names it after "policy.". */
    public String field() {
        return "minPipLevelByCategory." + categoryCode;
    }
}
