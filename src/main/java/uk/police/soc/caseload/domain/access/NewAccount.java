package uk.police.soc.caseload.domain.access;

import java.util.Set;

/** What an administrator gives to create an account (the password comes separately). */
public record NewAccount(String userName, String displayName, Set<Role> roles, String officerId) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }
}
