package uk.police.soc.caseload.ui;

/** The app's screens, in the order the navigation lists them. */
public enum Screen {
    DASHBOARD("Dashboard"),
    THREATS("Threat register"),
    OFFICERS("Officers"),
    BOARD("Allocation board"),
    PLANNING("Planning"),
    TRAINING("Training"),
    // After the others, so that their Ctrl+number shortcuts stay as users learnt them.
    RESILIENCE("Resilience"),
    SCENARIOS("Scenarios"),
    // The administrator's screens last: the others keep their shortcuts, and these sit apart in the navigation.
    ACCOUNTS("Accounts", true),
    AUDIT("Audit trail", true);

    private final String title;
    private final boolean forAdministrators;

    Screen(String title) {
        this(title, false);
    }

    Screen(String title, boolean forAdministrators) {
        this.title = title;
        this.forAdministrators = forAdministrators;
    }

    public String title() {
        return title;
    }

    /** Only an account holding the admin role may use it (access.md); others see why, not its content. */
    public boolean forAdministrators() {
        return forAdministrators;
    }

    /** The digit of its Ctrl+digit shortcut: 1 to 9, then 0 for the tenth; none beyond. */
    public java.util.Optional<String> shortcutDigit() {
        return ordinal() < 10 ? java.util.Optional.of(String.valueOf((ordinal() + 1) % 10)) : java.util.Optional.empty();
    }
}
