package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.soc.caseload.service.SignInStores.PASSWORD;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.domain.access.Role;

/** Open mode, sign-in, lockout, forced change, sessions, and the guard rails on accounts (access.md). */
class SignInTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void createStore() {
        db = SignInStores.create(folder.resolve("caseload"));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private CaseloadService fresh(Clock clock) {
        return CaseloadServices.over(SignInStores.database(db), clock);
    }

    private AuditEntry last() {
        List<AuditEntry> trail = SignInStores.trail(db);
        return trail.get(trail.size() - 1);
    }

    @Test
    void aNewDatabaseIsInOpenModeAndNamesTheOperatingSystemUser() {
        try (CaseloadService open = CaseloadServices.open(folder.resolve("open"))) {
            assertThat(open.access().signInRequired()).isFalse();
            open.importCaseload(SignInStores.workedExample(), false);
            assertThat(open.access().actor().auditName()).isEqualTo("os:" + System.getProperty("user.name"));
        }
        assertThat(SignInStores.trail(folder.resolve("open"))).extracting(AuditEntry::user)
                .containsOnly("os:" + System.getProperty("user.name"));
    }

    @Test
    void inSignInModeNothingIsReadWithoutSigningInAndTheRefusalIsAudited() {
        try (CaseloadService service = fresh(Clock.systemUTC())) {
            assertThat(service.access().signInRequired()).isTrue();
            assertThatThrownBy(() -> service.load(LocalDate.now())).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("requires sign-in");
        }
        assertThat(last().outcome()).isEqualTo("refused");
        assertThat(last().detail()).isEqualTo("not signed in");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessageAndAreAudited() {
        String wrong;
        String unknown;
        try (CaseloadService service = fresh(Clock.systemUTC())) {
            wrong = messageOf(() -> service.access().signIn("manager", "not the password at all", SessionKind.APP));
            unknown = messageOf(() -> service.access().signIn("nobody", PASSWORD, SessionKind.APP));
        }
        assertThat(wrong).isEqualTo(unknown).contains("user name or password is wrong");
        List<AuditEntry> trail = SignInStores.trail(db);
        assertThat(trail.subList(trail.size() - 2, trail.size())).extracting(AuditEntry::action, AuditEntry::user,
                AuditEntry::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sign-in-failed", "manager", "refused"),
                        org.assertj.core.groups.Tuple.tuple("sign-in-failed", "nobody", "refused"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenWithTheRightOne() {
        MovableClock clock = new MovableClock();
        try (CaseloadService service = fresh(clock)) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> service.access().signIn("trainer", "wrong password " + 1, SessionKind.APP))
                        .isInstanceOf(NotAllowedException.class);
            }
            String locked = messageOf(() -> service.access().signIn("trainer", PASSWORD, SessionKind.APP));
            assertThat(locked).isEqualTo(messageOf(() -> service.access().signIn("nobody", PASSWORD,
                    SessionKind.APP)));
            assertThat(SignInStores.trail(db).stream().filter(e -> e.user().equals("trainer")))
                    .last().extracting(AuditEntry::detail).asString().startsWith("account locked until");
            clock.advance(Duration.ofMinutes(16));
            assertThat(service.access().signIn("trainer", PASSWORD, SessionKind.APP).actor().userName())
                    .isEqualTo("trainer");
        }
    }

    @Test
    void afterAResetEveryOperationButChangingThePasswordIsRefused() {
        try (CaseloadService admin = SignInStores.signedIn(db, "admin")) {
            admin.access().resetPassword("manager", "temporary password 1");
        }
        try (CaseloadService manager = fresh(Clock.systemUTC())) {
            assertThat(manager.access().signIn("manager", "temporary password 1", SessionKind.COMMAND)
                    .mustChangePassword()).isTrue();
            assertThatThrownBy(() -> manager.load(LocalDate.now())).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("must be changed first");
            manager.access().changePassword("temporary password 1", "my own new password");
            manager.load(LocalDate.now());
        }
        try (CaseloadService again = fresh(Clock.systemUTC())) {
            assertThat(again.access().signIn("manager", "my own new password", SessionKind.COMMAND)
                    .mustChangePassword()).isFalse();
        }
    }

    @Test
    void anIdleAppSessionExpiresAndMustBeUnlockedWithThePassword() {
        MovableClock clock = new MovableClock();
        try (CaseloadService service = fresh(clock)) {
            service.access().signIn("viewer", PASSWORD, SessionKind.APP);
            service.load(LocalDate.now());
            clock.advance(Duration.ofMinutes(16));
            assertThatThrownBy(() -> service.load(LocalDate.now())).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("expired");
            assertThatThrownBy(() -> service.access().unlock("wrong password!!")).isInstanceOf(
                    NotAllowedException.class);
            service.access().unlock(PASSWORD);
            service.load(LocalDate.now());
            assertThat(last().action()).isEqualTo("unlock");
        }
    }

    @Test
    void theAppSessionIsAuditedFromSignInToSignOutWithTheScreensItOpened() {
        try (CaseloadService service = fresh(Clock.systemUTC())) {
            service.access().signIn("supervisor", PASSWORD, SessionKind.APP);
            assertThat(last().action()).isEqualTo("sign-in");
            service.access().screenOpened("Dashboard");
            service.access().screenOpened("Officers");
            service.access().lock();
            assertThat(last().action()).isEqualTo("lock");
            assertThat(service.access().locked()).isTrue();
            assertThatThrownBy(() -> service.load(LocalDate.now())).isInstanceOf(NotAllowedException.class);
            service.access().unlock(PASSWORD);
            service.access().signOut();
        }
        assertThat(last().action()).isEqualTo("sign-out");
        assertThat(last().detail()).isEqualTo("screens opened: Dashboard, Officers");
        assertThat(last().category()).isEqualTo("access");
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledNorLoseTheRole() {
        try (CaseloadService root = SignInStores.signedIn(db, SignInStores.ROOT)) {
            root.access().setRoles("admin", Set.of(Role.VIEWER));
            assertThatThrownBy(() -> root.access().setRoles(SignInStores.ROOT, Set.of(Role.MANAGER)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled administrator");
            assertThatThrownBy(() -> root.access().setEnabled(SignInStores.ROOT, false))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled administrator");
        }
        assertThat(SignInStores.accounts(db)).filteredOn(a -> a.userName().equals(SignInStores.ROOT))
                .singleElement().satisfies(a -> assertThat(a.roles()).contains(Role.ADMIN));
    }

    @Test
    void theFirstAccountMustHoldAdminAndPasswordsNeedTwelveCharacters() {
        try (CaseloadService open = CaseloadServices.open(folder.resolve("new"))) {
            assertThatThrownBy(() -> open.access().addAccount(new NewAccount("jo", null, Set.of(Role.MANAGER), null),
                    PASSWORD)).isInstanceOf(InvalidInputException.class).hasMessageContaining("first account");
            assertThatThrownBy(() -> open.access().addAccount(new NewAccount("jo", null, Set.of(Role.ADMIN), null),
                    "short")).isInstanceOf(InvalidInputException.class).hasMessageContaining("12 characters");
            assertThat(open.access().signInRequired()).isFalse();
        }
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idHashes() {
        assertThat(SignInStores.accounts(db)).allSatisfy(a -> {
            assertThat(a.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
        });
    }

    @Test
    void absenceReasonsAreHiddenFromTrainersAndKeptWhenATrainerSavesTheOfficer() {
        try (CaseloadService trainer = SignInStores.signedIn(db, "trainer")) {
            var officer = trainer.load(LocalDate.of(2022, 4, 1)).officersById().get("E1990");
            assertThat(officer.absences()).isNotEmpty().allSatisfy(a -> assertThat(a.reason()).isNull());
            trainer.saveOfficer(officer.withMentorId("E2041"));
        }
        assertThat(SignInStores.stored(db).officersById().get("E1990").absences())
                .allSatisfy(a -> assertThat(a.reason()).isNotNull());
        try (CaseloadService supervisor = SignInStores.signedIn(db, "supervisor")) {
            assertThat(supervisor.load(LocalDate.of(2022, 4, 1)).officersById().get("E1990").absences())
                    .allSatisfy(a -> assertThat(a.reason()).isNotNull());
        }
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
        } catch (NotAllowedException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }
}
