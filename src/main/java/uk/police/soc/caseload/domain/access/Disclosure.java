package uk.police.soc.caseload.domain.access;

/**
 * Why data leaves the planner and for whom (s.62: the justification and the recipient of a disclosure). Both
 * are required in sign-in mode.
 */
public record Disclosure(String justification, String recipient) {

    public static final Disclosure NONE = new Disclosure(null, null);

    public Disclosure {
        justification = blankToNull(justification);
        recipient = blankToNull(recipient);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
