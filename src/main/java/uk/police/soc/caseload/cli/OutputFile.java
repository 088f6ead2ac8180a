package uk.police.soc.caseload.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.police.soc.caseload.dataset.DatasetWriter;

/** The {@code --out FILE} a command writes a dataset to: checked before the work, written whole or not at all. */
final class OutputFile {

    private static final String OPTION = "--out";

    private OutputFile() {
    }

    /** Fails before a long run rather than after it, when the file plainly cannot be written. */
    static void checkWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new CommandFailedException(OPTION, "cannot write " + file + ": it is a folder", null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailedException(OPTION, "cannot write " + file + ": no folder " + folder, null);
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new CommandFailedException(OPTION, "cannot write " + file + ": permission denied", null);
        }
    }

    static void write(String json, Path file) {
        try {
            new DatasetWriter().writeText(json, file);
        } catch (UncheckedIOException e) {
            throw new CommandFailedException(OPTION, "cannot write " + file + " (" + e.getCause() + ")", e);
        }
    }
}
