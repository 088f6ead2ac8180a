package uk.police.soc.caseload.ui.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.MentoringCounts;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.domain.access.NotAllowedException;
import uk.police.soc.caseload.report.training.TrainingGaps;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.StaleRecordException;
import uk.police.soc.caseload.presentation.Names;
import uk.police.soc.caseload.ui.CaseloadSnapshot;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.Formats;

/**
 * The mentoring screen's state: mentor–mentee pairs with whether each counts under the policy, and commands to
 * start a pair (optionally recording a capacity reduction for the mentor) and to end one; and the mentoring
 * sessions held (evidence that mentoring happens), recorded per pair and counted per pair and per month of a
 * period.
 */
public class MentoringViewModel extends TrainingScreenViewModel<MentoringViewModel.Figures> {

    /**
     * A pair as listed; {@code counts} is whether the mentee is a mentored trainee on the planning date, {@code ok}
     * whether the pair is in order (counting, or the mentee accredited since).
     */
    public record PairRow(String menteeId, String mentee, String mentorId, String mentor, boolean counts,
            boolean ok, String standing) {
    }

    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ObservableList<Officer> menteeChoices = FXCollections.observableArrayList();
    private final ObservableList<Officer> mentorChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> mentee = new SimpleObjectProperty<>();
    private final ObjectProperty<Officer> mentor = new SimpleObjectProperty<>();
    private final BooleanProperty recordReduction = new SimpleBooleanProperty(true);
    private final IntegerProperty reductionPercent = new SimpleIntegerProperty(TrainingGaps.MENTORING_REDUCTION_PERCENT);
    private final FormFeedback feedback = new FormFeedback();

    /** One recorded session as listed, names beside ids. */
    public record SessionRow(MentoringSession session, String date, String mentor, String mentee, String minutes,
            String note) {
    }

    /** Sessions of one pair in the period. */
    public record PairCountRow(String mentor, String mentee, int sessions, String minutes, String last) {
    }

    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObservableList<PairCountRow> sessionsByPair = FXCollections.observableArrayList();
    private final ObservableList<String> sessionsByMonth = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final ObjectProperty<PairRow> sessionPair = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> sessionOn = new SimpleObjectProperty<>();
    private final StringProperty sessionMinutes = new SimpleStringProperty("");
    private final StringProperty sessionNote = new SimpleStringProperty("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private Caseload caseload;
    private CaseloadAssessment assessment;

    /** Follows the workspace's snapshot, like every other screen. */
    public MentoringViewModel(WorkspaceViewModel workspace) {
        super(workspace);
        mentor.addListener((obs, old, officer) -> updateWarnings());
        recordReduction.addListener((obs, old, on) -> updateWarnings());
        reductionPercent.addListener((obs, old, percent) -> updateWarnings());
        follow();
    }

    /** The pairs and the choices of one snapshot, worked out in the background. */
    record Figures(List<PairRow> pairs, List<Officer> menteeChoices, List<Officer> mentorChoices) {
    }

    /**
     * What to know before starting the chosen pair: the mentor's accreditation lapsing or an absence soon (the
     * pair would stop counting), and whether the pair's reduction takes the mentor over capacity.
     */
    public ObservableList<String> warnings() {
        return warnings;
    }

    private void updateWarnings() {
        Officer chosen = mentor.get();
        if (chosen == null || assessment == null) {
            warnings.clear();
            return;
        }
        List<String> found = new ArrayList<>(uk.police.soc.caseload.ui.OfficerWarnings.of(assessment, chosen.id()));
        double load = assessment.loads().getOrDefault(chosen.id(), 0.0);
        double before = CaseloadAssessment.loadPercent(load, assessment.capacity(chosen.id()));
        double after = CaseloadAssessment.loadPercent(load, capacityWithPair(chosen));
        uk.police.soc.caseload.ui.OfficerWarnings.overCapacity(chosen, before, after, caseload.policy())
                .ifPresent(found::add);
        warnings.setAll(found);
    }

    /** The mentor's capacity on the planning date once the pair's reduction (if recorded) is added. */
    private double capacityWithPair(Officer chosen) {
        if (!recordReduction.get() || reductionPercent.get() <= 0) {
            return assessment.capacity(chosen.id());
        }
        // One officer's capacity, not the whole caseload assessed again: this runs on each keystroke of the form.
        return assessment.capacityOf(withPairReduction(chosen, mentee.get()));
    }

    private Officer withPairReduction(Officer mentorOfficer, Officer menteeOfficer) {
        List<Reduction> reductions = new ArrayList<>(mentorOfficer.reductions());
        reductions.add(new Reduction(menteeOfficer == null ? "Mentoring" : reductionReason(menteeOfficer),
                reductionPercent.get(), planningDate(), null));
        return mentorOfficer.withReductions(reductions);
    }

    @Override
    protected Callable<Figures> work(CaseloadSnapshot snapshot) {
        return () -> figures(snapshot.caseload(), snapshot.assessment());
    }

    private static Figures figures(Caseload caseload, CaseloadAssessment assessment) {
        List<PairRow> rows = new ArrayList<>();
        for (Officer officer : caseload.officers()) {
            if (officer.mentorId() == null || !officer.active()) {
                continue;
            }
            boolean counts = assessment.isMentoredTrainee(officer.id());
            String standing;
            if (counts) {
                standing = "✔ Mentored trainee: may lead priority " + priorities(caseload.policy().traineePriorities())
                        + " threats";
            } else if (assessment.isAccredited(officer.id())) {
                standing = "✔ Accredited LRO: the pair can end";
            } else {
                standing = "✖ Mentor is not an accredited LRO on " + Formats.date(caseload.asOf());
            }
            rows.add(new PairRow(officer.id(), Names.officer(officer), officer.mentorId(),
                    Names.officer(caseload, officer.mentorId()), counts,
                    counts || assessment.isAccredited(officer.id()), standing));
        }
        return new Figures(rows, caseload.officers().stream()
                .filter(o -> o.active() && o.mentorId() == null && !assessment.isAccredited(o.id()))
                .toList(), caseload.officers().stream()
                .filter(o -> assessment.isAccredited(o.id()) && !assessment.isLongAbsent(o.id()))
                .toList());
    }

    @Override
    protected void show(CaseloadSnapshot snapshot, Figures figures) {
        caseload = snapshot.caseload();
        assessment = snapshot.assessment();
        pairs.setAll(figures.pairs());
        menteeChoices.setAll(figures.menteeChoices());
        mentorChoices.setAll(figures.mentorChoices());
        mentee.set(null);
        mentor.set(null);
        updateWarnings();
        if (periodTo.get() == null) {
            periodTo.set(planningDate());
            periodFrom.set(planningDate().minusDays(DEFAULT_PERIOD_DAYS));
        }
        if (sessionOn.get() == null) {
            sessionOn.set(planningDate());
        }
        showSessions();
    }

    /** The days before the planning date the session counts cover until the user picks another period. */
    public static final int DEFAULT_PERIOD_DAYS = 90;

    /** Lists the sessions of the period, and counts them per pair and per month (as the report does). */
    public void showSessions() {
        if (caseload == null) {
            return;
        }
        LocalDate from = periodFrom.get();
        LocalDate to = periodTo.get();
        Map<String, Officer> officers = caseload.officersById();
        boolean ordered = from != null && to != null && !from.isAfter(to);
        sessions.setAll(caseload.mentoringSessions().stream()
                .filter(s -> ordered && !s.on().isBefore(from) && !s.on().isAfter(to))
                .sorted(java.util.Comparator.comparing(MentoringSession::on).reversed())
                .map(s -> new SessionRow(s, Formats.date(s.on()), name(officers, s.mentorId()),
                        name(officers, s.menteeId()), s.minutes() == null ? "" : s.minutes() + " min",
                        s.note() == null ? "" : s.note()))
                .toList());
        if (!ordered) {
            sessionsByPair.clear();
            sessionsByMonth.setAll("Choose a period whose first day is not after its last.");
            return;
        }
        sessionsByPair.setAll(MentoringCounts.byPair(caseload.mentoringSessions(), from, to).stream()
                .map(p -> new PairCountRow(name(officers, p.mentorId()), name(officers, p.menteeId()), p.sessions(),
                        p.minutes() == 0 ? "" : p.minutes() + " min", Formats.date(p.last())))
                .toList());
        sessionsByMonth.setAll(MentoringCounts.byMonth(caseload.mentoringSessions(), from, to).stream()
                .map(m -> m.month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                        java.util.Locale.UK)) + ": " + m.sessions() + (m.sessions() == 1 ? " session" : " sessions")
                        + (m.minutes() == 0 ? "" : ", " + m.minutes() + " min"))
                .toList());
    }

    /** Records a session of the chosen pair on the chosen date (one per mentor, mentee and date: a second updates it). */
    public boolean recordSession() {
        List<Problem> found = new ArrayList<>();
        if (sessionPair.get() == null) {
            found.add(new Problem("pair", "choose the mentoring pair"));
        }
        if (sessionOn.get() == null) {
            found.add(new Problem("on", "choose the date of the session"));
        }
        Integer minutes = null;
        String text = sessionMinutes.get() == null ? "" : sessionMinutes.get().strip();
        if (!text.isEmpty()) {
            try {
                minutes = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                found.add(new Problem("minutes", "a whole number of minutes, or empty"));
            }
        }
        if (!found.isEmpty()) {
            return feedback.fail("Session not recorded", found);
        }
        String note = sessionNote.get() == null || sessionNote.get().isBlank() ? null : sessionNote.get().strip();
        PairRow pair = sessionPair.get();
        MentoringSession session = new MentoringSession(pair.mentorId(), pair.menteeId(), sessionOn.get(), minutes,
                note);
        if (!write(() -> service().saveMentoringSession(session, caseload), "Session not recorded")) {
            return false;
        }
        sessionMinutes.set("");
        sessionNote.set("");
        stored();
        return feedback.succeed("Recorded " + pair.mentor() + "'s session with " + pair.mentee() + " on "
                + Formats.date(session.on()) + ".");
    }

    /** Deletes a session recorded by mistake. */
    public boolean deleteSession(SessionRow row) {
        if (row == null) {
            return false;
        }
        if (!write(() -> service().deleteMentoringSession(row.session().key(), caseload), "Session not deleted")) {
            return false;
        }
        stored();
        return feedback.succeed("Deleted the session of " + row.mentor() + " with " + row.mentee() + " on "
                + row.date() + ".");
    }

    /** Runs a store write; what refuses it (bad input, a role, another desk's change) becomes the feedback. */
    private boolean write(Runnable store, String failed) {
        try {
            store.run();
            return true;
        } catch (InvalidInputException e) {
            return feedback.fail(failed, e.problems());
        } catch (NotAllowedException e) {
            return feedback.fail(failed, List.of(new Problem(e.path(), e.getMessage())));
        } catch (StaleRecordException e) {
            stored();
            return feedback.fail(failed, e.conflicts().stream()
                    .map(c -> new Problem(c.path(), c.describe() + "; the list now shows it")).toList());
        }
    }

    private static String name(Map<String, Officer> officers, String id) {
        Officer officer = officers.get(id);
        return officer == null ? id : officer.name() + " (" + id + ")";
    }

    /** Starts the chosen pair; with {@code recordReduction}, the mentor's capacity is reduced from today. */
    public boolean assign() {
        List<Problem> found = new ArrayList<>();
        if (mentee.get() == null) {
            found.add(new Problem("mentee", "choose the officer to be mentored"));
        }
        if (mentor.get() == null) {
            found.add(new Problem("mentor", "choose an accredited LRO as mentor"));
        }
        if (recordReduction.get() && (reductionPercent.get() <= 0 || reductionPercent.get() > 100)) {
            found.add(new Problem("reduction", "a percentage above 0 and at most 100"));
        }
        if (!found.isEmpty()) {
            return feedback.fail("Pair not started", found);
        }
        Officer menteeOfficer = mentee.get();
        Officer mentorOfficer = mentor.get();
        try {
            // One transaction: a pair is never half started.
            List<Officer> changed = new ArrayList<>(List.of(menteeOfficer.withMentorId(mentorOfficer.id())));
            if (recordReduction.get()) {
                changed.add(withPairReduction(mentorOfficer, menteeOfficer));
            }
            service().saveOfficers(changed);
        } catch (InvalidInputException e) {
            return feedback.fail("Pair not started", e.problems());
        }
        // The warnings shown before the start stay with the message: the pair is stored, the risk remains.
        List<String> shown = List.copyOf(warnings);
        stored();
        return feedback.succeed(mentorOfficer.name() + " now mentors " + menteeOfficer.name()
                + (recordReduction.get() ? "; their capacity is reduced by " + reductionPercent.get() + "% from "
                        + Formats.date(planningDate()) : "") + "."
                + (shown.isEmpty() ? "" : " " + String.join(" ", shown)));
    }

    /**
     * Ends the pair. The mentor's reduction for this mentee, if any, stops the day before the planning date (or
     * is removed when it had not yet started).
     */
    public boolean end(PairRow pair) {
        Map<String, Officer> officers = caseload.officersById();
        Officer menteeOfficer = officers.get(pair.menteeId());
        Officer mentorOfficer = officers.get(pair.mentorId());
        try {
            List<Officer> changedOfficers = new ArrayList<>(List.of(menteeOfficer.withMentorId(null)));
            if (mentorOfficer != null) {
                String reason = reductionReason(menteeOfficer);
                List<Reduction> kept = new ArrayList<>();
                boolean changed = false;
                for (Reduction reduction : mentorOfficer.reductions()) {
                    boolean ongoing = reason.equals(reduction.reason())
                            && (reduction.until() == null || !reduction.until().isBefore(planningDate()));
                    if (!ongoing) {
                        kept.add(reduction);
                    } else if (reduction.from() == null || reduction.from().isBefore(planningDate())) {
                        kept.add(new Reduction(reduction.reason(), reduction.percent(), reduction.from(),
                                planningDate().minusDays(1)));
                        changed = true;
                    } else {
                        changed = true;
                    }
                }
                if (changed) {
                    changedOfficers.add(mentorOfficer.withReductions(kept));
                }
            }
            // One transaction: a pair is never half ended.
            service().saveOfficers(changedOfficers);
        } catch (InvalidInputException e) {
            return feedback.fail("Pair not ended", e.problems());
        }
        stored();
        return feedback.succeed("Ended the mentoring of " + menteeOfficer.name() + " by " + pair.mentor() + ".");
    }

    /** 3 and 4; 2, 3 and 4. */
    static String priorities(List<Integer> priorities) {
        List<String> names = priorities.stream().sorted().map(String::valueOf).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The reason recorded on the mentor's reduction; ending the pair finds the reduction by it. */
    static String reductionReason(Officer mentee) {
        return "Mentoring " + Names.officer(mentee);
    }

    public String label(Officer officer) {
        return Names.officer(officer);
    }

    /** A mentor as the picker lists them: with their load % and when their accreditation lapses. */
    public String mentorLabel(Officer officer) {
        return assessment == null ? label(officer)
                : uk.police.soc.caseload.ui.OfficerStanding.asMentor(assessment, officer);
    }

    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    public ObservableList<Officer> menteeChoices() {
        return menteeChoices;
    }

    public ObservableList<Officer> mentorChoices() {
        return mentorChoices;
    }

    public ObjectProperty<Officer> menteeProperty() {
        return mentee;
    }

    public ObjectProperty<Officer> mentorProperty() {
        return mentor;
    }

    public BooleanProperty recordReductionProperty() {
        return recordReduction;
    }

    public IntegerProperty reductionPercentProperty() {
        return reductionPercent;
    }

    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ObservableList<PairCountRow> sessionsByPair() {
        return sessionsByPair;
    }

    public ObservableList<String> sessionsByMonth() {
        return sessionsByMonth;
    }

    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    public ObjectProperty<PairRow> sessionPairProperty() {
        return sessionPair;
    }

    public ObjectProperty<LocalDate> sessionOnProperty() {
        return sessionOn;
    }

    public StringProperty sessionMinutesProperty() {
        return sessionMinutes;
    }

    public StringProperty sessionNoteProperty() {
        return sessionNote;
    }

    public FormFeedback feedback() {
        return feedback;
    }
}
