package uk.police.soc.caseload.domain.access;

/**
 * An operation the acting user may not do: not signed in, a wrong password, a locked account, a password that
 * must be changed first, a missing or wrong database password, or a role that does not allow it. Nothing was
 * changed. The command line maps it to exit code 3.
 */
public class NotAllowedException extends RuntimeException {

    private final String path;

    public NotAllowedException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** What the message is about, e.g. {@code --user} or {@code threat.move}. */
    public String path() {
        return path;
    }

    /** The message without its path. */
    public String reason() {
        return getMessage().substring(path.length() + 2);
    }
}
