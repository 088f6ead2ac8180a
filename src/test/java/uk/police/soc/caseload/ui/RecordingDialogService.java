package uk.police.soc.caseload.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.ui.officers.OfficerEditorViewModel;
import uk.police.soc.caseload.ui.threats.ThreatEditorViewModel;

/** Answers the app's questions as a test tells it to, and remembers what it was shown. */
public class RecordingDialogService implements DialogService {

    public boolean confirmAnswer = true;
    /** Answers for the next questions, in turn; once used up, {@link #confirmAnswer} answers. */
    public final java.util.Deque<Boolean> nextAnswers = new java.util.ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public Path fileToOpen;
    public Path fileToSave;
    public ImportMode importMode = ImportMode.REPLACE;
    public Function<List<?>, Object> chooser = choices -> null;
    /** What the last choice dialog had picked before the user chose. */
    public Object chooserInitial;
    public final List<String> riskyConfirmations = new ArrayList<>();
    public Predicate<ThreatEditorViewModel> threatEditor = editor -> false;
    public Predicate<OfficerEditorViewModel> officerEditor = editor -> false;
    public uk.police.soc.caseload.domain.PlanReview review;
    /** What the action dialog answers, made from the action it was shown (null: cancelled). */
    public java.util.function.UnaryOperator<uk.police.soc.caseload.domain.PlanAction> planAction;
    public final List<uk.police.soc.caseload.domain.PlanAction> shownActions = new ArrayList<>();

    @Override
    public Optional<uk.police.soc.caseload.domain.PlanAction> askPlanAction(String threat,
            uk.police.soc.caseload.domain.PlanAction action, List<uk.police.soc.caseload.domain.Officer> owners) {
        shownActions.add(action);
        return planAction == null ? Optional.empty() : Optional.ofNullable(planAction.apply(action));
    }
    public Optional<MoveReason> moveReason = Optional.of(new MoveReason(
            uk.police.soc.caseload.domain.AllocationReason.OTHER, null));

    @Override
    public Optional<uk.police.soc.caseload.domain.PlanReview> askReview(String threat,
            List<uk.police.soc.caseload.domain.Officer> reviewers, java.time.LocalDate today) {
        return Optional.ofNullable(review);
    }

    @Override
    public Optional<MoveReason> askMoveReason(String move) {
        return moveReason;
    }

    @Override
    public synchronized boolean confirm(String title, String header, String details) {
        confirmations.add(title + "\n" + header + "\n" + details);
        return nextAnswers.isEmpty() ? confirmAnswer : nextAnswers.poll();
    }

    @Override
    public synchronized boolean confirmRisky(String title, String header, String details) {
        riskyConfirmations.add(title + "\n" + header + "\n" + details);
        return confirm(title, header, details);
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public synchronized void showProblems(String title, String header, List<Problem> list) {
        problems.addAll(list);
    }

    @Override
    public Optional<Path> chooseDatasetToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseDatasetToSave(String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    /** The answer to every disclosure question; null answers as if the user cancelled. */
    public uk.police.soc.caseload.domain.access.Disclosure disclosure =
            new uk.police.soc.caseload.domain.access.Disclosure("test reason", "test recipient");

    @Override
    public Optional<uk.police.soc.caseload.domain.access.Disclosure> askDisclosure(String what) {
        return Optional.ofNullable(disclosure);
    }

    @Override
    public Optional<Path> chooseCsvToSave(String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseDatabase() {
        return Optional.empty();
    }

    @Override
    public Optional<ImportMode> chooseImportMode(Path file) {
        return Optional.ofNullable(importMode);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String header, List<T> choices, T initial) {
        chooserInitial = initial;
        return Optional.ofNullable((T) chooser.apply(choices));
    }

    /** Fills in and saves an account form of the Accounts screen (false: cancelled). */
    public Predicate<uk.police.soc.caseload.ui.access.AccountFormViewModel> accountForm = form -> false;
    public Path backupToRestore;
    public Path newDatabase;
    /** The file password given for an encrypted backup (null: cancelled). */
    public char[] filePassword;
    /** The administrators given in turn when a restore asks for one; once used up, the user cancels. */
    public final java.util.Deque<Credentials> backupAdministrators = new java.util.ArrayDeque<>();
    /** Why the restore asked for an administrator again, one line per time it asked. */
    public final List<String> administratorProblems = new ArrayList<>();

    @Override
    public boolean editAccount(uk.police.soc.caseload.ui.access.AccountFormViewModel form) {
        return accountForm.test(form);
    }

    @Override
    public Optional<Path> chooseBackupToRestore() {
        return Optional.ofNullable(backupToRestore);
    }

    @Override
    public Optional<Path> chooseNewDatabase() {
        return Optional.ofNullable(newDatabase);
    }

    @Override
    public Optional<char[]> askFilePassword(String what) {
        return Optional.ofNullable(filePassword);
    }

    @Override
    public synchronized Optional<Credentials> askBackupAdministrator(String backup, String problem) {
        administratorProblems.add(problem);
        return Optional.ofNullable(backupAdministrators.poll());
    }

    @Override
    public boolean editThreat(ThreatEditorViewModel editor) {
        return threatEditor.test(editor);
    }

    @Override
    public boolean editOfficer(OfficerEditorViewModel editor) {
        return officerEditor.test(editor);
    }
}
