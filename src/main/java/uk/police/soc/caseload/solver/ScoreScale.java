package uk.police.soc.caseload.solver;

/**
 * The score's unit (docs/decisions/0002-solver-score.md). Every level holds a real-valued policy figure
 * multiplied by {@link #MICROS} and rounded once per officer or threat, so that a change of one millionth of a
 * balance unit still steers the solver and no integer rounding hides a better plan. The levels themselves are
 * {@link ScoreLevel}; the terms are {@link uk.police.soc.caseload.domain.Objective}.
 */
public final class ScoreScale {

    public static final double MICROS = 1_000_000;

    private ScoreScale() {
    }

    public static long micros(double value) {
        return Math.round(value * MICROS);
    }

    public static double points(long micros) {
        return micros / MICROS;
    }
}
