package uk.police.soc.caseload.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file a user gives the planner (a dataset, a CSV file), with the limits that keep a wrong file from
 * taking the program down: at most {@code maxBytes} are read, whatever the file claims to be ({@code /dev/zero}
 * is endless), and bytes that are not UTF-8 are reported with their line, not as a Java exception.
 */
public final class TextFiles {

    /** The most a dataset or CSV file may hold: many times a national force's caseload. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The file's text, without a UTF-8 byte-order mark.
     *
     * @throws InvalidInputException naming the file when it is missing, unreadable, too large or not UTF-8
     */
    public static String readUtf8(Path file) {
        return readUtf8(file, MAX_BYTES);
    }

    static String readUtf8(Path file, long maxBytes) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(name, "is a folder, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "file not found");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(name, "too large: more than " + (maxBytes / (1024 * 1024))
                    + " MB, which no dataset or CSV file the planner reads comes near (is it the right file?)");
        }
        String text = decode(bytes, name);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Strict UTF-8, naming the line of the first bad byte. */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InvalidInputException("line " + lineOf(bytes, at), "not UTF-8 text (byte " + (at + 1)
                    + " of " + name + " is not part of a UTF-8 character): save the file as UTF-8 and try again");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
