package uk.police.soc.caseload.service;

/** How a user signed in: the desktop app (sign-in and sign-out are audited, idle sessions lock) or one command. */
public enum SessionKind {
    APP, COMMAND
}
