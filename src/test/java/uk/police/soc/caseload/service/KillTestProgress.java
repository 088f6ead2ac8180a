package uk.police.soc.caseload.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The kill tests' log: one line per trial, appended as it happens, so that a long run shows where it is. */
final class KillTestProgress {

    private KillTestProgress() {
    }

    static void log(String line) {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("kill-test-progress.txt"), Instant.now() + " " + line
                        + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // progress is a convenience; the report at the end is what counts
            }
        }
    }
}
