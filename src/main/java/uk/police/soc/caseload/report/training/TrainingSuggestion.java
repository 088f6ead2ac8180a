package uk.police.soc.caseload.report.training;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a trainer can do, worked out by simulating it on the caseload.
 *
 * @param action what to do
 * @param threatIds uncoverable threats it would make coverable (for a renewal: the threats the officer leads;
 *     for a mentor: the threats the trainee could then lead within the rules)
 * @param ledThreatIds threats the officer already leads that they would then lead within the rules
 * @param courseCode the course to take or renew, when there is one on record
 * @param category the category whose skill is to be raised, for skill training
 * @param skillLevel the skill level to reach in {@code category}
 * @param pipLevel the PIP level to reach
 * @param mentorId the accredited LRO proposed as mentor
 * @param expiresOn when the accreditation to renew expires
 * @param weight Σ (5 − priority) over the distinct threats it helps: the ranking key
 */
public record TrainingSuggestion(
        String text,
        TrainingAction action,
        String officerId,
        List<String> threatIds,
        List<String> ledThreatIds,
        String courseCode,
        String category,
        Integer skillLevel,
        Integer pipLevel,
        String mentorId,
        LocalDate expiresOn,
        int weight) {

    public TrainingSuggestion {
        threatIds = List.copyOf(threatIds);
        ledThreatIds = List.copyOf(ledThreatIds);
    }
}
