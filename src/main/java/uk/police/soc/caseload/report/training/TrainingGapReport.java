package uk.police.soc.caseload.report.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Who lacks LRO training, what expires soon, which threats no one may lead and what training would close the
 * gaps, on one planning date. The record names match the {@code training-report --json} keys.
 */
public record TrainingGapReport(
        LocalDate asOf,
        int withinDays,
        List<UnaccreditedLeader> unaccreditedLeading,
        List<ExpiringRecord> expiring,
        List<UncoverableThreat> uncoverable,
        List<TraineeWithoutMentor> traineesWithoutMentor,
        List<TrainingSuggestion> suggestions) {

    public TrainingGapReport {
        unaccreditedLeading = List.copyOf(unaccreditedLeading);
        expiring = List.copyOf(expiring);
        uncoverable = List.copyOf(uncoverable);
        traineesWithoutMentor = List.copyOf(traineesWithoutMentor);
        suggestions = List.copyOf(suggestions);
    }

    /** An officer leading active threats without LRO accreditation. */
    public record UnaccreditedLeader(String officerId, String name, boolean mentored, List<String> threatIds) {
        public UnaccreditedLeader {
            threatIds = List.copyOf(threatIds);
        }
    }

    /** A valid record that expires within the window and has not been renewed. */
    public record ExpiringRecord(String officerId, String name, String courseCode, LocalDate completedOn,
            LocalDate expiresOn, boolean accreditsLro, List<String> threatIds) {
        public ExpiringRecord {
            threatIds = List.copyOf(threatIds);
        }
    }

    /** An active threat no officer may lead, with the officers who come closest. */
    public record UncoverableThreat(String threatId, String name, String category, int priority,
            List<NearestOfficer> nearestOfficers) {
        public UncoverableThreat {
            nearestOfficers = List.copyOf(nearestOfficers);
        }
    }

    /** An officer failing the fewest eligibility rules for an uncoverable threat; {@code unmet} uses rule codes. */
    public record NearestOfficer(String officerId, String name, List<String> unmet) {
        public NearestOfficer {
            unmet = List.copyOf(unmet);
        }
    }

    /** A trainee whose named mentor is not an accredited LRO on the planning date. */
    public record TraineeWithoutMentor(String officerId, String name, String mentorId, MentorProblem reason) {
    }
}
