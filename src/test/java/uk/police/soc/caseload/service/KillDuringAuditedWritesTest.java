package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.service.AuditedWritesInChild.Kind;

/**
 * The short form of {@link KillDuringAuditedWritesSlowTest} for every build: one kill aimed at an account change.
 * It also keeps the long test honest: a child's complete run must end in exactly the state that the same writes
 * made in this JVM reach (a new column written with the time would break that here first).
 */
class KillDuringAuditedWritesTest {

    @TempDir
    Path folder;

    @Test
    void aKillDuringAnAccountChangeLeavesTheAccountsAndTheTrailExactlyBeforeOrAfterIt() throws Exception {
        AuditedWriteKills kills = AuditedWriteKills.prepare(folder, Kind.ACCOUNTS, 4, 5L);

        AuditedWriteKills.Outcomes outcomes = kills.trials(1);

        assertThat(outcomes.broken).isEmpty();
        assertThat(outcomes.chainsVerified).isPositive();
    }
}
