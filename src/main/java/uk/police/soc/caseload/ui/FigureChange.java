package uk.police.soc.caseload.ui;

import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.presentation.Numbers;

/**
 * One plan figure before and after a change: a proposal on the Planning screen, an edited policy in the
 * settings dialog. Every such figure counts trouble or work, so lower is better, except where
 * {@code judged} is false (the number of moves is neither).
 *
 * @param key the plan figure's name, as {@link uk.police.soc.caseload.domain.PlanFigures} has it
 * @param figure what is counted, as a manager would say it
 * @param after NaN while it cannot be worked out yet (a settings form that does not hold a valid policy)
 */
public record FigureChange(String key, String figure, double before, double after, Unit unit, boolean judged) {

    /** How the figure is written. */
    public enum Unit {
        COUNT, POINTS, PERCENT;

        String format(double value) {
            return this == PERCENT ? Numbers.percent(value) : Numbers.points(value);
        }
    }

    /** A figure for which lower is better. */
    public static FigureChange of(String key, String figure, double before, double after, Unit unit) {
        return new FigureChange(key, figure, before, after, unit, true);
    }

    public boolean isKnown() {
        return !Double.isNaN(after);
    }

    private boolean changed() {
        return isKnown() && before != after && !(Math.abs(after - before) <= CaseloadAssessment.EPSILON);
    }

    public boolean isBetter() {
        return judged && changed() && after < before;
    }

    public boolean isWorse() {
        return judged && changed() && after > before;
    }

    /** True for better, false for worse, null when unchanged, unknown or neither. */
    public Boolean better() {
        return isBetter() ? Boolean.TRUE : isWorse() ? Boolean.FALSE : null;
    }

    public String beforeText() {
        return unit.format(before);
    }

    public String afterText() {
        return isKnown() ? unit.format(after) : "—";
    }

    /** E.g. "+2", "−1" or "no change"; empty while unknown. */
    public String difference() {
        if (!isKnown()) {
            return "";
        }
        if (!changed()) {
            return "no change";
        }
        double delta = after - before;
        return (delta > 0 ? "+" : "−") + unit.format(Math.abs(delta));
    }

    /** "▼ better", "▲ worse", "no change"; the difference for a figure that is neither. */
    public String verdict() {
        if (!judged || !isKnown()) {
            return difference();
        }
        return isBetter() ? "▼ better" : isWorse() ? "▲ worse" : "no change";
    }
}
