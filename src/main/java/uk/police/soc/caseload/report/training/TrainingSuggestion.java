package uk.police.soc.caseload.report.training;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a trainer can do, worked out by simulating it on the caseload: facts only. The sentence a person
 * reads is written from these facts by {@code presentation.TrainingWords}, for the command line, the app and the
 * inspection report alike.
 *
 * @param action what to do
 * @param officerId the officer to train, renew or mentor
 * @param threatIds uncoverable threats it would make coverable (for a renewal: the threats that would lose a
 *     qualified LRO; for a mentor: the threats the trainee could then lead within the rules)
 * @param ledThreatIds threats the officer already leads that they would then lead within the rules (for a
 *     renewal: every threat they lead)
 * @param heldThreats how many active threats the officer leads today
 * @param courseCode the course to take or renew, when there is one on record (for combined training: the LRO
 *     course)
 * @param training for training actions (LRO course, skill, PIP, combined): what the training consists of
 * @param category the category whose skill is to be raised, for skill training
 * @param skillLevel the skill level to reach in {@code category}
 * @param pipLevel the PIP level to reach
 * @param mentor for a mentor: the accredited LRO proposed, with their load; null when no one is free
 * @param mentorGap for a trainee whose named mentor is not an accredited LRO: that mentor and why
 * @param menteeIds for a renewal: the mentored trainees who would lose their accredited mentor
 * @param expiresOn when the accreditation to renew expires
 * @param weight Σ (5 − priority) over the distinct threats it helps: the ranking key
 */
public record TrainingSuggestion(
        TrainingAction action,
        String officerId,
        List<String> threatIds,
        List<String> ledThreatIds,
        int heldThreats,
        String courseCode,
        Training training,
        String category,
        Integer skillLevel,
        Integer pipLevel,
        ProposedMentor mentor,
        MentorGap mentorGap,
        List<String> menteeIds,
        LocalDate expiresOn,
        int weight) {

    public TrainingSuggestion {
        threatIds = List.copyOf(threatIds);
        ledThreatIds = List.copyOf(ledThreatIds);
        menteeIds = List.copyOf(menteeIds);
    }

    /** The proposed mentor's id, or null. */
    public String mentorId() {
        return mentor == null ? null : mentor.officerId();
    }

    /** The threats of {@link #ledThreatIds} that are not among {@link #threatIds}. */
    public List<String> alsoLawfulThreatIds() {
        return ledThreatIds.stream().filter(id -> !threatIds.contains(id)).toList();
    }

    /**
     * What a training action consists of: LRO accreditation (by {@code lroCourseCode}, or none on record), one
     * category's skill raised from {@code skillNow} (by {@code skillCourseCode} when a course covers it), and a PIP
     * level raised from {@code pipNow}.
     */
    public record Training(boolean accreditation, String lroCourseCode, String skillCourseCode, Integer skillNow,
            Integer pipNow) {
    }

    /**
     * The accredited LRO proposed as mentor, at {@code loadPercent} load today; {@code expiringCourseCode} and
     * {@code expiresOn} when their own accreditation expires within the report's window.
     */
    public record ProposedMentor(String officerId, double loadPercent, String expiringCourseCode,
            LocalDate expiresOn) {
    }

    /**
     * The mentor a trainee names who cannot mentor them on {@code on}, and why.
     */
    public record MentorGap(String mentorId, MentorProblem reason, LocalDate on) {
    }
}
