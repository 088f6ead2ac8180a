package uk.police.soc.caseload.ui.access;

import java.util.Set;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.access.Role;

/** Roles and the service's refusals as the access screens say them. */
final class RoleWords {

    private RoleWords() {
    }

    /** "Administrator, SOC manager"; "no role" for none. */
    static String of(Set<Role> roles) {
        return roles.isEmpty() ? "no role" : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    /** Why a non-administrator sees no content on an administrator's screen, naming the role it needs. */
    static String needsAdministrator(String screen, uk.police.soc.caseload.domain.access.Actor actor) {
        return "The " + screen + " screen is for administrators: it needs the admin role (" + Role.ADMIN.label()
                + "). You are signed in as " + actor.userName() + ", who holds " + of(actor.roles()) + ".";
    }

    /** What went wrong, as a sentence without a stack trace: the service's words for a refusal or bad input. */
    static String of(Throwable error) {
        if (error instanceof uk.police.soc.caseload.domain.access.NotAllowedException refused) {
            return sentence(refused.reason());
        }
        if (error instanceof uk.police.soc.caseload.domain.InvalidInputException invalid) {
            // Every problem at once (a disclosure without its reason and its recipient), one a line.
            return invalid.problems().stream().map(p -> sentence(p.message())).collect(Collectors.joining("\n"));
        }
        return sentence(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    /**
     * As {@link #sentence}, for a message about the account {@code userName}: one that starts with the user name
     * keeps it as it is spelt ("chief is the last enabled administrator…"), since a user name is not a word.
     */
    static String sentenceAbout(String userName, String text) {
        if (userName != null && !userName.isEmpty() && text != null && text.strip().startsWith(userName + " ")) {
            String trimmed = text.strip();
            return trimmed + (trimmed.endsWith(".") ? "" : ".");
        }
        return sentence(text);
    }

    /** As {@link #of(Throwable)}, for an error about the account {@code userName}. */
    static String about(String userName, Throwable error) {
        if (error instanceof uk.police.soc.caseload.domain.access.NotAllowedException refused) {
            return sentenceAbout(userName, refused.reason());
        }
        if (error instanceof uk.police.soc.caseload.domain.InvalidInputException invalid) {
            return sentenceAbout(userName, invalid.problems().get(0).message());
        }
        return of(error);
    }

    /** A message from the service as a sentence: a capital first, a full stop last. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String trimmed = text.strip();
        return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1) + (trimmed.endsWith(".") ? "" : ".");
    }
}
