package uk.police.soc.caseload.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.ui.officers.OfficerEditorViewModel;
import uk.police.soc.caseload.ui.threats.ThreatEditorViewModel;

/** Every question and message the app puts to the user, behind an interface so that tests can answer them. */
public interface DialogService {

    /** How an import treats what is already stored. */
    enum ImportMode { MERGE, REPLACE }

    boolean confirm(String title, String header, String details);

    /** As {@link #confirm}, for a step that breaks a rule: Cancel, not OK, is what Enter presses. */
    default boolean confirmRisky(String title, String header, String details) {
        return confirm(title, header, details);
    }

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** Lists every problem, one per line, so the user can fix the file in one go. */
    void showProblems(String title, String header, List<Problem> problems);

    Optional<Path> chooseDatasetToOpen();

    Optional<Path> chooseDatasetToSave(String suggestedName);

    /** Where to save a table as CSV; empty when the user cancels. */
    default Optional<Path> chooseCsvToSave(String suggestedName) {
        return Optional.empty();
    }

    /** An H2 database file ({@code .mv.db}); returns the path without the extension. */
    Optional<Path> chooseDatabase();

    Optional<ImportMode> chooseImportMode(Path file);

    /**
     * Why data leaves the planner and for whom (s.62), asked before an export, a report or a CSV file is
     * written; empty when the user cancels.
     */
    Optional<uk.police.soc.caseload.domain.access.Disclosure> askDisclosure(String what);

    /**
     * Asks the user to sign in to {@code storeName}, a database in sign-in mode (access.md); false when they
     * cancel, and then nothing of it is shown.
     */
    default boolean signIn(uk.police.soc.caseload.service.AccessService access, String storeName) {
        return false;
    }

    /** What File → Open shared database… asks: the URL, the user, and the password (never stored). */
    record SharedStoreLogin(String url, String user, char[] password) {
    }

    /** Asks for a shared PostgreSQL database to open; the last URL and user are offered again. */
    default Optional<SharedStoreLogin> chooseSharedDatabase() {
        return Optional.empty();
    }

    <T> Optional<T> choose(String title, String header, List<T> choices, T initial);

    /** Where to write the inspection report (a PDF). */
    default Optional<Path> chooseReportToSave(String suggestedName) {
        return chooseDatasetToSave(suggestedName);
    }

    /**
     * Asks for a review of a threat's 4P plan: its date, outcome, reviewer and the next review date; empty when
     * the user cancels.
     */
    default Optional<PlanReview> askReview(String threat, List<Officer> reviewers, LocalDate today) {
        return Optional.empty();
    }

    /**
     * Asks for a 4P plan action of {@code threat}: {@code action} filled in to edit it, or a new one with the id
     * {@code action.id()} and nothing else chosen yet; empty when the user cancels.
     */
    default Optional<PlanAction> askPlanAction(String threat, PlanAction action, List<Officer> owners) {
        return Optional.empty();
    }

    /**
     * Asks why a threat's LRO is changed by hand: one of {@link AllocationReason#MANUAL} and an optional rationale
     * ("knowledge, skills, experience, training"); empty when the user cancels the move.
     */
    default Optional<MoveReason> askMoveReason(String move) {
        return Optional.of(new MoveReason(AllocationReason.OTHER, null));
    }

    /** Why a threat was moved by hand, as the allocation history keeps it. */
    record MoveReason(AllocationReason reason, String rationale) {
    }

    /** A backup file to restore (File → Restore…); empty when the user cancels. */
    default Optional<Path> chooseBackupToRestore() {
        return Optional.empty();
    }

    /** Where a restored database goes: a new H2 file, returned without {@code .mv.db}. */
    default Optional<Path> chooseNewDatabase() {
        return chooseDatabase();
    }

    /** The database file password of {@code what} (an encrypted backup); empty when the user cancels. */
    default Optional<char[]> askFilePassword(String what) {
        return Optional.empty();
    }

    /** A user name and password, e.g. of an administrator of a backup being restored. */
    record Credentials(String userName, char[] password) {
    }

    /**
     * Asks for the user name and password of one of the administrators of {@code backup} (a backup with accounts
     * restores only for one of them); {@code problem} says why it is asked again, or is empty.
     */
    default Optional<Credentials> askBackupAdministrator(String backup, String problem) {
        return Optional.empty();
    }

    /** Shows an account form of the Accounts screen until it is done or the user cancels; true when done. */
    default boolean editAccount(uk.police.soc.caseload.ui.access.AccountFormViewModel form) {
        return false;
    }

    /** Shows the editor until it saves or the user cancels; true when saved. */
    boolean editThreat(ThreatEditorViewModel editor);

    boolean editOfficer(OfficerEditorViewModel editor);
}
