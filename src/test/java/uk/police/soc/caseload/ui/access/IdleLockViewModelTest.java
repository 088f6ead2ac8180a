package uk.police.soc.caseload.ui.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.CaseloadServices;
import uk.police.soc.caseload.service.SessionKind;
import uk.police.soc.caseload.service.SignInStores;

/** The idle lock locks the session in the service, and only the user's own password opens it again. */
class IdleLockViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aLockedAppCanDoNothingUntilTheSamePasswordIsGiven() {
        Path db = SignInStores.create(folder.resolve("locked"));
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.access().signIn(SignInStores.ROOT, SignInStores.PASSWORD, SessionKind.APP);
            IdleLockViewModel lock = new IdleLockViewModel(service::access);

            assertThat(lock.idleLimit()).isEqualTo(Duration.ofMinutes(15));
            assertThat(lock.lock()).isTrue();
            assertThat(lock.lockedProperty().get()).isTrue();
            assertThat(lock.userName()).isEqualTo(SignInStores.ROOT);
            assertThatThrownBy(() -> service.load(LocalDate.of(2022, 4, 1))).isInstanceOf(NotAllowedException.class);

            assertThat(lock.unlock("not the password at all")).isFalse();
            assertThat(lock.problemProperty().get()).isNotBlank();
            assertThat(lock.lockedProperty().get()).isTrue();

            assertThat(lock.unlock(SignInStores.PASSWORD)).isTrue();
            assertThat(lock.lockedProperty().get()).isFalse();
            assertThat(service.load(LocalDate.of(2022, 4, 1)).threats()).isNotEmpty();
        }
        assertThat(SignInStores.trail(db)).extracting(AuditEntry::action).contains("lock", "unlock");
    }

    @Test
    void inputKeepsTheSessionAliveAndAnUnusedSessionStillLocks() {
        Path db = SignInStores.create(folder.resolve("idle"));
        java.time.Instant start = java.time.Instant.parse("2026-12-01T09:00:00Z");
        MovableClock clock = new MovableClock(start);
        try (CaseloadService service = SignInStores.signedInApp(db, SignInStores.ROOT, clock)) {
            IdleLockViewModel lock = new IdleLockViewModel(service::access);
            clock.now = start.plus(Duration.ofMinutes(10));
            lock.activity();
            clock.now = start.plus(Duration.ofMinutes(20));
            // Ten minutes after the last input: still within the 15.
            assertThat(service.load(LocalDate.of(2022, 4, 1)).threats()).isNotEmpty();

            clock.now = start.plus(Duration.ofMinutes(40));
            assertThatThrownBy(() -> service.load(LocalDate.of(2022, 4, 1))).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("expired");
            assertThat(lock.lock()).isTrue();
            assertThat(lock.userName()).isEqualTo(SignInStores.ROOT);
            assertThat(lock.unlock(SignInStores.PASSWORD)).isTrue();
        }
    }

    /** A clock a test moves by hand. */
    static final class MovableClock extends java.time.Clock {
        java.time.Instant now;

        MovableClock(java.time.Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void openModeHasNobodyToLock() {
        try (CaseloadService service = CaseloadServices.open(folder.resolve("open"))) {
            IdleLockViewModel lock = new IdleLockViewModel(service::access);

            assertThat(lock.lock()).isFalse();
            assertThat(lock.lockedProperty().get()).isFalse();
        }
    }
}
