package uk.police.soc.caseload.domain;

import java.text.Normalizer;

/**
 * What an identifier or code may be: 1 to 64 characters, counted as the JSON Schema counts them (code points, so an
 * emoji is one), with nothing at either end that does not show, and nothing invisible anywhere. A no-break space
 * or a zero-width space after {@code E2041} would otherwise make a second officer that looks exactly like the
 * first on every screen and report. For the same reason an id must be written in composed form (NFC), so that
 * {@code é} typed two ways is one id, not two lookalikes.
 */
public final class Ids {

    public static final int MAX_LENGTH = 64;

    /** The rule in words, for messages. */
    public static final String RULE = "must be 1 to " + MAX_LENGTH + " characters with no leading or trailing space"
            + " and no invisible character";

    private Ids() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            return false;
        }
        if (isBlankAtEnd(id.codePointAt(0)) || isBlankAtEnd(id.codePointBefore(id.length()))) {
            return false;
        }
        int previous = -1;
        for (int i = 0; i < id.length(); i += Character.charCount(previous)) {
            int codePoint = id.codePointAt(i);
            // A variation selector only picks how the symbol before it looks (the emoji style of ❤️); after a
            // letter or digit it shows as nothing.
            boolean styledSymbol = isVariationSelector(codePoint) && previous >= 0
                    && Character.getType(previous) == Character.OTHER_SYMBOL;
            if (isInvisible(codePoint) && !styledSymbol) {
                return false;
            }
            previous = codePoint;
        }
        return Normalizer.isNormalized(id, Normalizer.Form.NFC);
    }

    private static boolean isVariationSelector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static boolean isBlankAtEnd(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || isInvisible(codePoint);
    }

    /**
     * Controls, format characters (zero-width spaces and joiners, direction marks and overrides, soft hyphen,
     * byte-order mark) and the fillers that render as nothing.
     */
    public static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164
                || codePoint == 0xFFA0 || isVariationSelector(codePoint);
    }
}
