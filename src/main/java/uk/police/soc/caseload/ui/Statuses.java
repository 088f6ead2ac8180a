package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.LoadStatus;
import uk.police.soc.caseload.report.words.Words;

/**
 * A load status on screen: a symbol beside the words ({@link Words#status}, the same as the command line and the
 * inspection report), so it reads without colour, and the style class that colours it.
 */
public final class Statuses {

    private Statuses() {
    }

    /** "✓", "▲", "■" or "○": the status for someone who cannot tell amber from red. */
    public static String symbol(LoadStatus status) {
        return switch (status) {
            case WITHIN -> "✓";
            case OVER_CAPACITY -> "▲";
            case OVERLOADED -> "■";
            case NO_CAPACITY -> "○";
        };
    }

    /** Symbol and words: "▲ Over capacity". */
    public static String text(LoadStatus status) {
        return symbol(status) + " " + Words.status(status);
    }

    public static String styleClass(LoadStatus status) {
        return switch (status) {
            case WITHIN -> "status-ok";
            case OVER_CAPACITY -> "status-amber";
            case OVERLOADED -> "status-red";
            case NO_CAPACITY -> "status-absent";
        };
    }
}
