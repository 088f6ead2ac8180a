package uk.police.soc.caseload.domain.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a signed-in account, or in open mode (a store with no accounts) the operating-system user, who
 * may do everything. Audit entries name {@link #auditName()}.
 *
 * @param officerId the officer the account is linked to, or null
 */
public record Actor(String userName, String displayName, Set<Role> roles, String officerId, boolean openMode) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The open-mode actor: {@code os:NAME}. */
    public static Actor openMode(String osUserName) {
        return new Actor("os:" + osUserName, osUserName, Set.of(), null, true);
    }

    public static Actor of(Account account) {
        return new Actor(account.userName(), account.displayName(), account.roles(), account.officerId(), false);
    }

    /** The name the audit trail records. */
    public String auditName() {
        return userName;
    }

    public boolean may(Operation operation) {
        return openMode || operation.allowedFor(roles);
    }

    public boolean holds(Role role) {
        return openMode || roles.contains(role);
    }

    /** Absence reasons may be health data: shown only to these roles (access.md). */
    public boolean seesAbsenceReasons() {
        return openMode || roles.contains(Role.MANAGER) || roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
    }

    /** The account is linked to the officer who leads a threat, so may edit that threat's 4P plan. */
    public boolean leads(String threatOfficerId) {
        return officerId != null && officerId.equals(threatOfficerId);
    }
}
