package uk.police.soc.caseload.domain.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.police.soc.caseload.domain.InvalidInputException;

/** What an account may do beyond reading; an account holds one or more, and its rights are their union. */
public enum Role {
    ADMIN("admin", "Administrator"),
    MANAGER("manager", "SOC manager"),
    SUPERVISOR("supervisor", "Supervisor"),
    TRAINER("trainer", "Trainer"),
    VIEWER("viewer", "Viewer");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The name used on the command line and in the store, e.g. {@code manager}. */
    public String code() {
        return code;
    }

    /** The name people read, e.g. "SOC manager". */
    public String label() {
        return label;
    }

    public static Role fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role \"" + code.strip() + "\" (roles: "
                        + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")) + ")"));
    }

    /** Parses {@code admin,manager} (as typed on the command line), naming {@code path} when a role is unknown. */
    public static Set<Role> parseList(String path, String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                roles.add(fromCode(part));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(path, e.getMessage());
            }
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException(path, "give at least one role (admin, manager, supervisor, trainer, viewer)");
        }
        return roles;
    }

    /** {@code admin,manager}, in this enum's order: how roles are stored and listed. */
    public static String codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
    }

    public static Set<Role> fromCodes(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (stored != null) {
            for (String part : stored.split(",")) {
                if (!part.isBlank()) {
                    roles.add(fromCode(part));
                }
            }
        }
        return roles;
    }

    /** "SOC manager or Supervisor", for a message that says which role an operation needs. */
    public static String describeAny(Set<Role> roles) {
        List<String> labels = roles.stream().sorted().map(r -> r.code).toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
