package uk.police.soc.caseload.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where the command line's output is made harmless to the terminal that shows it. A name in the
 * store may hold escape codes ({@code ESC[2J} clears the screen, others retitle the window or fake a prompt) or
 * bidirectional overrides that make text read backwards; every command's stdout and stderr pass through here, and
 * such characters come out as the visible text {@code \\u001B}, {@code \\u202E}, …
 *
 * <p>That text is also what JSON itself writes for the same character inside a string, so a {@code --json}
 * document stays the same document: only characters that may appear inside JSON strings are rewritten. Tabs and
 * line ends are kept; a carriage return not followed by a line feed (which would let text overwrite a line) is not.
 */
final class TerminalText extends FilterWriter {

    private boolean pendingCarriageReturn;

    private TerminalText(Writer out) {
        super(out);
    }

    /** {@code out} with every character written to it made harmless; {@code out} itself when it already is. */
    static PrintWriter harmless(PrintWriter out) {
        if (out instanceof HarmlessPrintWriter) {
            return out;
        }
        return new HarmlessPrintWriter(new TerminalText(out));
    }

    /** True for a character a terminal acts on or reorders text by, rather than shows. */
    static boolean isUnsafe(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    @Override
    public void write(int c) throws IOException {
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            if (c == '\n') {
                out.write("\r\n");
                return;
            }
            out.write(escape('\r'));
        }
        if (c == '\r') {
            pendingCarriageReturn = true;
        } else if (isUnsafe(c)) {
            out.write(escape(c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            out.write(escape('\r'));
        }
        super.flush();
    }

    private static String escape(int c) {
        return String.format("\\u%04X", c);
    }

    /** Marks a writer that is already harmless, so that wrapping twice changes nothing. */
    private static final class HarmlessPrintWriter extends PrintWriter {
        HarmlessPrintWriter(Writer out) {
            super(out, true);
        }
    }
}
