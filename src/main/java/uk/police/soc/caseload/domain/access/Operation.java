package uk.police.soc.caseload.domain.access;

import static uk.police.soc.caseload.domain.access.AuditCategory.ACCESS;
import static uk.police.soc.caseload.domain.access.AuditCategory.ALTERATION;
import static uk.police.soc.caseload.domain.access.AuditCategory.COLLECTION;
import static uk.police.soc.caseload.domain.access.AuditCategory.COMBINATION;
import static uk.police.soc.caseload.domain.access.AuditCategory.CONSULTATION;
import static uk.police.soc.caseload.domain.access.AuditCategory.DISCLOSURE;
import static uk.police.soc.caseload.domain.access.AuditCategory.ERASURE;
import static uk.police.soc.caseload.domain.access.Role.ADMIN;
import static uk.police.soc.caseload.domain.access.Role.MANAGER;
import static uk.police.soc.caseload.domain.access.Role.SUPERVISOR;
import static uk.police.soc.caseload.domain.access.Role.TRAINER;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation the service layer guards and audits: the audit {@code action} it is recorded under, its s.62
 * {@link AuditCategory}, and the roles of which an account needs at least one (none listed: any signed-in
 * account, i.e. reading). This is the one role × operation table of the planner (access.md "Roles"); a new
 * service operation adds one line here, and docs/data-protection.md lists the vocabulary.
 */
public enum Operation {
    // access: sessions (any account)
    SIGN_IN("sign-in", ACCESS),
    SIGN_IN_FAILED("sign-in-failed", ACCESS),
    SIGN_OUT("sign-out", ACCESS),
    LOCK("lock", ACCESS),
    UNLOCK("unlock", ACCESS),

    // collection
    IMPORT("import", COLLECTION, MANAGER),
    IMPORT_REPLACE("import", COLLECTION, ADMIN),
    RESTORE("restore", COLLECTION, ADMIN),
    THREAT_CREATE("threat.create", COLLECTION, MANAGER),
    OFFICER_CREATE("officer.create", COLLECTION, MANAGER),
    COURSE_CREATE("course.create", COLLECTION, TRAINER),
    TRAINING_RECORD_CREATE("training-record.create", COLLECTION, TRAINER),
    TRAINING_RECORD_IMPORT("training-record.import", COLLECTION, TRAINER),
    USERS_ADD("users.add", COLLECTION, ADMIN),
    MENTORING_SESSION_CREATE("mentoring-session.create", COLLECTION, TRAINER),

    // alteration
    THREAT_EDIT("threat.edit", ALTERATION, MANAGER),
    THREAT_ARCHIVE("threat.archive", ALTERATION, MANAGER),
    THREAT_MOVE("threat.move", ALTERATION, MANAGER),
    THREAT_PIN("threat.pin", ALTERATION, MANAGER),
    THREAT_UNPIN("threat.unpin", ALTERATION, MANAGER),
    PLAN_ACCEPT("plan.accept", ALTERATION, MANAGER),
    OFFICER_EDIT("officer.edit", ALTERATION, MANAGER),
    /** Reductions and absences only. */
    OFFICER_AVAILABILITY("officer.availability", ALTERATION, MANAGER, SUPERVISOR),
    /** Who mentors whom, only. */
    OFFICER_MENTOR("officer.mentor", ALTERATION, MANAGER, TRAINER),
    POLICY_CHANGE("policy.change", ALTERATION, MANAGER),
    COURSE_EDIT("course.edit", ALTERATION, TRAINER),
    TRAINING_RECORD_EDIT("training-record.edit", ALTERATION, TRAINER),
    USERS_SET_ROLES("users.set-roles", ALTERATION, ADMIN),
    USERS_DISABLE("users.disable", ALTERATION, ADMIN),
    USERS_ENABLE("users.enable", ALTERATION, ADMIN),
    USERS_RESET_PASSWORD("users.reset-password", ALTERATION, ADMIN),
    /** The signed-in account's own password: any account. */
    USERS_CHANGE_PASSWORD("users.change-password", ALTERATION),
    ENCRYPT("encrypt", ALTERATION, ADMIN),
    DECRYPT("decrypt", ALTERATION, ADMIN),
    /** A what-if scenario kept by name (scenarios.md), new or replaced. */
    SCENARIO_SAVE("scenario.save", ALTERATION, MANAGER),
    /**
     * A threat's 4P plan actions. Beyond these roles, an account linked to the officer who leads the threat may
     * (access.md "Roles"): the service checks that with {@link Actor#leads}.
     */
    PLAN_EDIT("plan.edit", ALTERATION, MANAGER, SUPERVISOR),
    /** A review of a threat's 4P plan, which sets its next review date. */
    PLAN_REVIEW("plan.review", ALTERATION, MANAGER, SUPERVISOR),
    MENTORING_SESSION_EDIT("mentoring-session.edit", ALTERATION, TRAINER),
    /** Store-wide settings: rolling backups, the idle lock. */
    SETTING_CHANGE("setting.change", ALTERATION, ADMIN),

    // erasure
    COURSE_DELETE("course.delete", ERASURE, TRAINER),
    TRAINING_RECORD_DELETE("training-record.delete", ERASURE, TRAINER),
    SCENARIO_DELETE("scenario.delete", ERASURE, MANAGER),
    MENTORING_SESSION_DELETE("mentoring-session.delete", ERASURE, TRAINER),
    /** What an {@code import --replace} removed: a second entry beside its {@code import}. */
    IMPORT_ERASE("import.erase", ERASURE, ADMIN),

    // consultation (reading: any account, unless roles are listed)
    /** Loading the caseload for the app's screens: audited only when refused (the session entries list screens). */
    READ("read", CONSULTATION),
    SUMMARY("summary", CONSULTATION),
    EXPLAIN("explain", CONSULTATION),
    RECOMMEND("recommend", CONSULTATION),
    TRAINING_REPORT("training-report", CONSULTATION),
    OFFICER_VIEW("officer.view", CONSULTATION),
    THREAT_VIEW("threat.view", CONSULTATION),
    USERS_LIST("users.list", CONSULTATION, ADMIN),
    AUDIT("audit", CONSULTATION, ADMIN),
    AUDIT_VERIFY("audit.verify", CONSULTATION, ADMIN),

    RESILIENCE("resilience", CONSULTATION),
    /** The allocation history ({@code history}). */
    HISTORY("history", CONSULTATION),
    /** The workload history ({@code trend}). */
    TREND("trend", CONSULTATION),
    PLAN_HEALTH("plan-health", CONSULTATION),

    // combination
    SOLVE("solve", COMBINATION),
    WHAT_IF("what-if", COMBINATION),

    // disclosure
    EXPORT("export", DISCLOSURE, MANAGER),
    REPORT("report", DISCLOSURE, MANAGER, SUPERVISOR),
    BACKUP("backup", DISCLOSURE, ADMIN),
    /** The app's own daily backup beside the database, made whoever is signed in. */
    BACKUP_ROLLING("backup.rolling", DISCLOSURE),
    COPY("copy", DISCLOSURE, ADMIN),
    TRAINING_MATRIX_EXPORT("training-matrix.export", DISCLOSURE, TRAINER),
    /**
     * A screen's table written to a CSV file (access.md: every CSV export is a disclosure). The roles whose work
     * produces such lists: managers (the register, proposals), supervisors (loads, overdue reviews), trainers.
     */
    TABLE_EXPORT("table.export", DISCLOSURE, MANAGER, SUPERVISOR, TRAINER),
    AUDIT_EXPORT("audit.export", DISCLOSURE, ADMIN);

    private final String action;
    private final AuditCategory category;
    private final Set<Role> roles;

    Operation(String action, AuditCategory category, Role... roles) {
        this.action = action;
        this.category = category;
        this.roles = roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
    }

    /** The word the audit trail records, e.g. {@code threat.move}. */
    public String action() {
        return action;
    }

    public AuditCategory category() {
        return category;
    }

    /** The roles of which one is needed; empty when any signed-in account may. */
    public Set<Role> requiredRoles() {
        return roles;
    }

    /** True when an account holding {@code held} may do this. */
    public boolean allowedFor(Set<Role> held) {
        return roles.isEmpty() || held.stream().anyMatch(roles::contains);
    }

    /** A disclosure must say why and for whom in sign-in mode. */
    public boolean isDisclosure() {
        return category == DISCLOSURE;
    }
}
