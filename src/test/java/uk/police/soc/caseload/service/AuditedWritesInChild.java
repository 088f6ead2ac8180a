package uk.police.soc.caseload.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.NewAccount;
import uk.police.soc.caseload.domain.access.Role;

/**
 * A child process that makes a fixed sequence of audited writes of one {@link Kind} on a database in sign-in
 * mode, each through the service as a command or the app makes it, saying on stdout {@code ready} once signed
 * in, then {@code step N} before and {@code done N} after each write, so that the parent killing it knows which
 * write was under way. The same sequence run in the parent's own JVM ({@link #run}) gives the state after each
 * write: everything in it is the same from run to run except times and password salts.
 */
public final class AuditedWritesInChild {

    static final String ADMIN = "admin";
    static final String MANAGER = "manager";
    static final String PASSWORD = "correct horse battery staple";
    static final String RESET_PASSWORD = "a temporary password, reset";
    static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);
    /** In the inputs folder: the planner proposal the parent made once (changes and rationales). */
    static final String PROPOSAL = "proposal.json";
    /** In the inputs folder: the backup that {@link Kind#RESTORE} restores again and again. */
    static final String SOURCE_BACKUP = "source.socbackup";
    static final Disclosure WHY = new Disclosure("kill test", "the test's own folder");

    /** The writes of issue 11 that the kill test strikes. */
    enum Kind {
        /** addAccount, setRoles, resetPassword, setEnabled in turn (an administrator). */
        ACCOUNTS,
        /** A threat, then an officer, saved by a manager (threat.edit, officer.edit). */
        EDITS,
        /** A planner proposal accepted, then the allocation before it accepted back (plan.accept). */
        ACCEPT,
        /** backup to a new file each time (a disclosure entry, then the file). */
        BACKUP,
        /** restore of the same backup into a new database each time (no database of the parent is changed). */
        RESTORE
    }

    /** What the sequence reports as it goes. */
    interface Steps {
        void ready();

        void starting(int step);

        void done(int step);
    }

    private AuditedWritesInChild() {
    }

    /** Arguments: the kind, the database, the inputs folder, the outputs folder, how many writes. */
    public static void main(String[] args) {
        run(Kind.valueOf(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                new Steps() {
                    @Override
                    public void ready() {
                        say("ready");
                    }

                    @Override
                    public void starting(int step) {
                        say("step " + step);
                    }

                    @Override
                    public void done(int step) {
                        say("done " + step);
                    }
                });
        say("finished");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The backup file that step {@code step} of {@link Kind#BACKUP} writes. */
    static Path backupFile(Path outputs, int step) {
        return outputs.resolve("backup-" + step + ".socbackup");
    }

    /** The database that step {@code step} of {@link Kind#RESTORE} makes (without .mv.db). */
    static Path restoredDatabase(Path outputs, int step) {
        return outputs.resolve("restore-" + step);
    }

    static void run(Kind kind, Path db, Path inputs, Path outputs, int steps, Steps listener) {
        if (kind == Kind.RESTORE) {
            listener.ready();
            for (int step = 0; step < steps; step++) {
                listener.starting(step);
                CaseloadServices.restore(inputs.resolve(SOURCE_BACKUP), restoredDatabase(outputs, step).toString(),
                        ADMIN, () -> PASSWORD, () -> null);
                listener.done(step);
            }
            return;
        }
        Map<String, Map<String, String>> proposal = kind == Kind.ACCEPT ? readProposal(inputs) : Map.of();
        try (CaseloadService service = CaseloadServices.open(db)) {
            service.access().signIn(kind == Kind.ACCOUNTS || kind == Kind.BACKUP ? ADMIN : MANAGER, PASSWORD,
                    SessionKind.COMMAND);
            Map<String, String> allocationBefore = new LinkedHashMap<>();
            for (Threat threat : service.load(AS_OF).threats()) {
                if (proposal.getOrDefault("changes", Map.of()).containsKey(threat.id()) && threat.officerId() != null) {
                    allocationBefore.put(threat.id(), threat.officerId());
                }
            }
            listener.ready();
            for (int step = 0; step < steps; step++) {
                listener.starting(step);
                switch (kind) {
                    case ACCOUNTS -> accountChange(service.access(), step);
                    case EDITS -> edit(service, step);
                    case ACCEPT -> {
                        Caseload basedOn = service.load(AS_OF);
                        if (step % 2 == 0) {
                            service.acceptPlan(proposal.get("changes"), basedOn, proposal.get("rationales"));
                        } else {
                            service.acceptPlan(allocationBefore, basedOn, Map.of());
                        }
                    }
                    case BACKUP -> service.backup(backupFile(outputs, step), WHY);
                    default -> throw new IllegalArgumentException(kind.name());
                }
                listener.done(step);
            }
        }
    }

    /** Four changes to one new account in turn: created, given a second role, its password reset, disabled. */
    private static void accountChange(AccessService access, int step) {
        String userName = "killtest" + step / 4;
        switch (step % 4) {
            case 0 -> access.addAccount(new NewAccount(userName, "Kill Test " + step / 4, Set.of(Role.VIEWER), null),
                    PASSWORD);
            case 1 -> access.setRoles(userName, Set.of(Role.VIEWER, Role.TRAINER));
            case 2 -> access.resetPassword(userName, RESET_PASSWORD);
            default -> access.setEnabled(userName, false);
        }
    }

    /** A threat's workload points up by one, then an officer's weekly hours down by half an hour, in turn. */
    private static void edit(CaseloadService service, int step) {
        Caseload basedOn = service.load(AS_OF);
        if (step % 2 == 0) {
            List<Threat> threats = basedOn.threats().stream().filter(Threat::isActive).toList();
            Threat threat = threats.get(step / 2 % threats.size());
            double points = threat.workloadPoints() == null ? 5 : threat.workloadPoints();
            service.saveThreat(threat.withWorkloadPoints(points + 1), basedOn);
        } else {
            List<Officer> officers = basedOn.officers().stream().filter(Officer::active).toList();
            Officer officer = officers.get(step / 2 % officers.size());
            double hours = officer.weeklyHours() == null ? 37 : officer.weeklyHours();
            service.saveOfficer(officer.withWeeklyHours(hours - 0.5), basedOn);
        }
    }

    static void writeProposal(Path inputs, Map<String, String> changes, Map<String, String> rationales)
            throws IOException {
        new ObjectMapper().writeValue(inputs.resolve(PROPOSAL).toFile(),
                Map.of("changes", changes, "rationales", rationales));
    }

    private static Map<String, Map<String, String>> readProposal(Path inputs) {
        try {
            return new ObjectMapper().readValue(inputs.resolve(PROPOSAL).toFile(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
