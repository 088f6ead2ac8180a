package uk.police.soc.caseload.ui.settings;

/**
 * One plan figure of the current caseload under the stored policy and under the policy being edited.
 *
 * @param key the plan figure's name, as {@link uk.police.soc.caseload.domain.PlanFigures} has it
 * @param figure what is counted, as a manager would say it
 * @param before the figure under the stored policy
 * @param after the figure under the edited policy; NaN while the form does not hold a valid policy
 */
public record FigureChange(String key, String figure, double before, double after) {

    /** Every figure of the preview is a count of trouble or of work: a rise is worse. */
    public boolean isWorse() {
        return after > before;
    }

    public boolean isBetter() {
        return after < before;
    }

    public boolean isKnown() {
        return !Double.isNaN(after);
    }

    /** E.g. "+2", "−1" or "no change"; empty while unknown. */
    public String difference() {
        if (!isKnown()) {
            return "";
        }
        double delta = after - before;
        if (delta == 0) {
            return "no change";
        }
        return (delta > 0 ? "+" : "−") + number(Math.abs(delta));
    }

    public String beforeText() {
        return number(before);
    }

    public String afterText() {
        return isKnown() ? number(after) : "—";
    }

    private static String number(double value) {
        return uk.police.soc.caseload.ui.Formats.points(value);
    }
}
