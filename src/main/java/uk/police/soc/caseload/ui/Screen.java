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
    SCENARIOS("Scenarios");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
