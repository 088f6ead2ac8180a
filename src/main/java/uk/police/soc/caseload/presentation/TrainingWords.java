package uk.police.soc.caseload.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.DateWords;
import uk.police.soc.caseload.report.inspection.InspectionFacts;
import uk.police.soc.caseload.report.training.MentorProblem;
import uk.police.soc.caseload.report.training.TrainingGapReport;
import uk.police.soc.caseload.report.training.TrainingSuggestion;
import uk.police.soc.caseload.report.words.Words;

/**
 * Training suggestions in sentences, written once from the facts {@code report.training} returns: the command
 * line's report, the app's Gap report tab and the inspection PDF all read these words, each with its own way of
 * writing a date ({@link DateWords}).
 */
public final class TrainingWords {

    /** How a sentence names officers and courses. */
    private record Style(Caseload caseload, DateWords dates, Function<String, String> officer,
            Function<String, String> course) {
    }

    private TrainingWords() {
    }

    /**
     * The suggestion as people read it: officers as "DS Tom Reid (E2302)", a course to renew by its name and code,
     * dates as {@code dates} writes them.
     */
    public static String sentence(TrainingSuggestion suggestion, Caseload caseload, DateWords dates) {
        return sentence(suggestion, new Style(caseload, dates, id -> Names.officer(caseload, id),
                code -> Names.course(caseload, code)));
    }

    /** Every suggestion of the report, in rank order, as {@link #sentence} words it. */
    public static List<String> sentences(TrainingGapReport report, Caseload caseload, DateWords dates) {
        return report.suggestions().stream().map(s -> sentence(s, caseload, dates)).toList();
    }

    /** The inspection report's suggestions: as {@link #sentences}, with the report's long dates (20 May 2022). */
    public static List<String> forInspection(InspectionFacts facts) {
        return sentences(facts.training(), facts.caseload(), Words::longDate);
    }

    /**
     * The {@code text} of {@code training-report --json}: the same sentence with officers by name alone, course
     * codes and ISO dates, exactly as the field has always read, so that scripts reading it keep working.
     */
    public static String jsonText(TrainingSuggestion suggestion, Caseload caseload) {
        return sentence(suggestion, new Style(caseload, DateWords.ISO, id -> caseload.officer(id)
                .map(o -> o.name() == null || o.name().isBlank() ? o.id() : o.name()).orElse(id), code -> code));
    }

    /** Why a trainee's mentor cannot mentor them: "mentor is not an accredited LRO" (as {@link Words}). */
    public static String mentorProblem(MentorProblem problem) {
        return "mentor " + Words.mentorProblem(problem);
    }

    private static String sentence(TrainingSuggestion suggestion, Style style) {
        return switch (suggestion.action()) {
            case LRO_COURSE, SKILL_TRAINING, PIP_TRAINING, COMBINED_TRAINING -> training(suggestion, style);
            case RENEW_ACCREDITATION -> renewal(suggestion, style);
            case ASSIGN_MENTOR -> mentor(suggestion, style);
        };
    }

    /** "LRO course (LRO-CORE) for … would make 2 uncoverable threats coverable (…) and let them lead 3 more …". */
    private static String training(TrainingSuggestion suggestion, Style style) {
        TrainingSuggestion.Training training = suggestion.training();
        List<String> parts = new ArrayList<>();
        if (training.accreditation()) {
            parts.add(training.lroCourseCode() == null ? "LRO accreditation"
                    : "LRO course (" + training.lroCourseCode() + ")");
        }
        if (suggestion.category() != null) {
            parts.add(Names.category(style.caseload(), suggestion.category()) + " training"
                    + (training.skillCourseCode() == null ? "" : " (" + training.skillCourseCode() + ")")
                    + " to skill level " + suggestion.skillLevel() + " (now " + training.skillNow() + ")");
        }
        if (suggestion.pipLevel() != null) {
            parts.add("PIP level " + suggestion.pipLevel() + " (now " + training.pipNow() + ")");
        }
        StringBuilder text = new StringBuilder(String.join(" plus ", parts)).append(" for ")
                .append(style.officer().apply(suggestion.officerId())).append(" would ");
        List<String> madeCoverable = suggestion.threatIds();
        List<String> alsoLawful = suggestion.alsoLawfulThreatIds();
        if (!madeCoverable.isEmpty()) {
            text.append("make ").append(Numbers.count(madeCoverable.size(), "uncoverable threat"))
                    .append(" coverable (").append(String.join(", ", madeCoverable)).append(')');
            if (!alsoLawful.isEmpty()) {
                text.append(" and ");
            }
        }
        if (!alsoLawful.isEmpty()) {
            text.append("let them lead ").append(alsoLawful.size()).append(madeCoverable.isEmpty() ? "" : " more")
                    .append(ofTheThreatsTheyHold(suggestion.heldThreats())).append(" within the rules (")
                    .append(String.join(", ", alsoLawful)).append(')');
        }
        return text.toString();
    }

    /** "Renew … for … before it expires on …: otherwise 1 threat would lose a qualified LRO (…)". */
    private static String renewal(TrainingSuggestion suggestion, Style style) {
        StringBuilder text = new StringBuilder("Renew ").append(style.course().apply(suggestion.courseCode()))
                .append(" for ").append(style.officer().apply(suggestion.officerId()))
                .append(" before it expires on ").append(style.dates().write(suggestion.expiresOn()));
        List<String> consequences = new ArrayList<>();
        List<String> atRisk = suggestion.threatIds();
        if (!atRisk.isEmpty()) {
            consequences.add(Numbers.count(atRisk.size(), "threat") + " would lose a qualified LRO ("
                    + String.join(", ", atRisk) + ")");
        }
        List<String> mentees = suggestion.menteeIds();
        if (!mentees.isEmpty()) {
            consequences.add(String.join(", ", mentees.stream().map(style.officer()).toList())
                    + (mentees.size() == 1 ? " would lose an accredited mentor" : " would lose their accredited mentor"));
        }
        if (!consequences.isEmpty()) {
            text.append(": otherwise ").append(String.join(" and ", consequences));
        } else if (!suggestion.ledThreatIds().isEmpty()) {
            text.append(" (they lead ").append(Numbers.count(suggestion.ledThreatIds().size(), "threat"))
                    .append(", though other rules already stop them leading those)");
        }
        return text.toString();
    }

    /** "Assign an accredited mentor to … (proposed: …, at 0.0% load) while they train; as a mentored trainee …". */
    private static String mentor(TrainingSuggestion suggestion, Style style) {
        StringBuilder text = new StringBuilder("Assign an accredited mentor to ")
                .append(style.officer().apply(suggestion.officerId()));
        TrainingSuggestion.ProposedMentor mentor = suggestion.mentor();
        if (mentor != null) {
            text.append(" (proposed: ").append(style.officer().apply(mentor.officerId())).append(", at ")
                    .append(Numbers.percent(mentor.loadPercent())).append(" load");
            if (mentor.expiresOn() != null) {
                text.append("; their ").append(style.course().apply(mentor.expiringCourseCode()))
                        .append(" expires on ").append(style.dates().write(mentor.expiresOn()));
            }
            text.append(')');
        }
        TrainingSuggestion.MentorGap gap = suggestion.mentorGap();
        if (gap != null) {
            text.append(": their mentor ").append(style.officer().apply(gap.mentorId())).append(' ')
                    .append(Words.mentorProblem(gap.reason())).append(" on ").append(style.dates().write(gap.on()));
        } else {
            text.append(" while they train");
        }
        List<String> lawful = suggestion.ledThreatIds();
        if (!lawful.isEmpty()) {
            text.append("; as a mentored trainee they could lead ").append(lawful.size())
                    .append(ofTheThreatsTheyHold(suggestion.heldThreats())).append(" within the rules (")
                    .append(String.join(", ", lawful)).append(')');
        }
        return text.toString();
    }

    private static String ofTheThreatsTheyHold(int held) {
        return held == 1 ? " (the only threat they hold)" : " of the " + held + " threats they hold";
    }
}
