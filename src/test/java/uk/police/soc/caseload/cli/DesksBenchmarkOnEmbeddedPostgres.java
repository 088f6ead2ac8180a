package uk.police.soc.caseload.cli;

import java.util.ArrayList;
import java.util.List;
import uk.police.soc.caseload.persistence.EmbeddedServer;

/**
 * Runs {@code benchmark --part desks} against a PostgreSQL server of its own (embedded, from Maven artifacts),
 * for machines without one: {@code mvn -q exec:java}-free, e.g.
 * {@code java -cp "$(cat cp.txt):target/classes:target/test-classes" uk.police.soc.caseload.cli.DesksBenchmarkOnEmbeddedPostgres --seconds 30}.
 * The figures in docs/benchmarks.md come from here.
 */
public final class DesksBenchmarkOnEmbeddedPostgres {

    private DesksBenchmarkOnEmbeddedPostgres() {
    }

    public static void main(String[] args) {
        int exit;
        try (EmbeddedServer server = EmbeddedServer.start()) {
            List<String> command = new ArrayList<>(List.of("benchmark", "--part", "desks", "--db",
                    server.url(server.newEmptyDatabase(), EmbeddedServer.SUPERUSER)));
            command.addAll(List.of(args));
            exit = CaseloadCommand.execute(command.toArray(String[]::new));
        }
        System.exit(exit);
    }
}
