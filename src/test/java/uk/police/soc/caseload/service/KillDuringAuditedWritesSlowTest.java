package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.soc.caseload.service.AuditedWritesInChild.Kind;

/**
 * {@code kill -9} during account changes, audited edits, plan acceptance, backup and restore, many times each
 * (see {@link AuditedWriteKills}; docs/database.md gives the figures of the last run). Counts can be set with
 * {@code -DkillTest.audited.kills=…} (per kind) and {@code -DkillTest.audited.writes=…} (writes a child makes),
 * the kinds with {@code -DkillTest.audited.kinds=ACCOUNTS,BACKUP}; the totals go to
 * {@code target/kill-test-audited-results.txt}.
 */
@Tag("slow")
class KillDuringAuditedWritesSlowTest {

    private static final int KILLS = Integer.getInteger("killTest.audited.kills", 20);
    private static final String KINDS = System.getProperty("killTest.audited.kinds", "");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aKillLeavesEveryStoreExactlyBeforeOrAfterTheWriteWithItsAuditChainWhole(Kind kind) throws Exception {
        if (!KINDS.isBlank() && !java.util.List.of(KINDS.split(",")).contains(kind.name())) {
            return;
        }
        AuditedWriteKills kills = AuditedWriteKills.prepare(folder, kind, writes(kind), Long.getLong("killTest.seed",
                11L) + kind.ordinal());
        AuditedWriteKills.Outcomes outcomes = kills.trials(KILLS);
        String text = String.join(System.lineSeparator(), kills.report()) + System.lineSeparator();
        System.out.print(text);
        if (Files.isDirectory(Path.of("target"))) {
            Files.writeString(Path.of("target", "kill-test-audited-results.txt"), text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        assertThat(outcomes.broken).isEmpty();
        assertThat(outcomes.kills()).isPositive();
    }

    /** Enough writes a run that kills land in each of them, few enough that a trial stays short. */
    static int writes(Kind kind) {
        return Integer.getInteger("killTest.audited.writes", switch (kind) {
            case ACCOUNTS -> 8;
            case EDITS -> 6;
            case ACCEPT -> 4;
            case BACKUP, RESTORE -> 3;
        });
    }
}
