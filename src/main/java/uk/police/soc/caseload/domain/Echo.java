package uk.police.soc.caseload.domain;

/**
 * How a value taken from input is quoted back in a message: whole when short, else its start and its length, so
 * that a 5 MB string given where a list was expected gives a line a person can read, not a 5 MB line.
 */
public final class Echo {

    /** The most characters (code points) of a value a message repeats. */
    public static final int MAX_CODE_POINTS = 60;

    private Echo() {
    }

    /**
     * {@code value} in double quotes, shortened as {@link #shortened}, with every character that does not show (a
     * no-break or zero-width space, a control) written as {@code \\u00A0} so the reader sees why it is wrong;
     * {@code null} for null.
     */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        shortened(value).codePoints().forEach(c -> {
            if (Ids.isInvisible(c) || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append('"').toString();
    }

    /** {@code value} itself when it is at most {@link #MAX_CODE_POINTS} long, else its start, "…" and its length. */
    public static String shortened(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= MAX_CODE_POINTS) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX_CODE_POINTS);
        return value.substring(0, end) + "… (" + length + " characters)";
    }
}
