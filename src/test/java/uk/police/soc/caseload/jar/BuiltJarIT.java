package uk.police.soc.caseload.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jar users run, in a JVM of its own, after {@code package}: the unit tests run on Maven's classpath and
 * cannot see a library the shaded jar lacks at run time (Spring's Argon2 encoder needed Commons Logging, and
 * every {@code --db} command of the jar failed while every test passed). One command per library the jar must
 * carry: Jackson and the schema validator (validate), H2 and Flyway (import), OptaPlanner (solve), Argon2 and
 * Commons Logging (users add, a signed-in command), OpenPDF and JFreeChart (report).
 */
class BuiltJarIT {

    private static final Path JAR = Path.of("target", "soc-caseload-planner.jar");
    private static final Path SEED = Path.of("..", "shared", "data", "seed-case.json");
    private static final String PASSWORD = "a long passphrase for the jar test";

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", args)).isTrue();
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Run ok(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Run run = run(env, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        assertThat(run.err()).as(String.join(" ", args)).doesNotContain("Exception", "\tat ");
        return run;
    }

    @Test
    void everyLibraryTheJarNeedsIsInIt() throws Exception {
        String db = folder.resolve("db").toString();
        ok(Map.of(), "validate", "--data", SEED.toString());
        ok(Map.of(), "import", "--data", SEED.toString(), "--db", db);
        assertThat(ok(Map.of(), "solve", "--db", db, "--seconds", "2", "--json").out()).contains("\"after\"");
        Path pdf = folder.resolve("report.pdf");
        ok(Map.of(), "report", "--db", db, "--out", pdf.toString());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        ok(Map.of("SOC_PLANNER_NEW_PASSWORD", PASSWORD), "users", "add", "--db", db, "--username", "ada",
                "--roles", "admin");
        assertThat(ok(Map.of("SOC_PLANNER_PASSWORD", PASSWORD), "audit", "--db", db, "--verify", "--user", "ada")
                .out()).isNotBlank();
        Run refused = run(Map.of("SOC_PLANNER_PASSWORD", "not the password at all"), "summary", "--db", db,
                "--user", "ada");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).doesNotContain("Exception", "\tat ");
    }
}
