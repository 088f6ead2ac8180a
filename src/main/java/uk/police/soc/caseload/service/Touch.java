package uk.police.soc.caseload.service;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.persistence.CaseloadStore;
import uk.police.soc.caseload.persistence.RecordVersion;

/**
 * One record a write would overwrite: as the desk read it, and as it is stored now. When they differ, another
 * desk saved it meanwhile, and the write is refused naming who and when (from the stored record's version).
 * Comparing the record the desk read with the stored one is the optimistic check; the version column says
 * who made the difference (docs/decisions/0022).
 */
record Touch(String path, String words, Object read, Object stored, VersionLookup version) {

    @FunctionalInterface
    interface VersionLookup {
        Optional<RecordVersion> in(CaseloadStore store) throws SQLException;
    }

    boolean changed() {
        return !Objects.equals(read, stored);
    }

    static Touch threat(String id, Caseload stored, Caseload read) {
        Optional<Threat> now = stored.threat(id);
        Optional<Threat> then = read.threat(id);
        String name = now.or(() -> then).map(Threat::name).orElse(null);
        return new Touch("threats[" + id + "]", "threat " + id + (name == null ? "" : " \"" + name + "\""),
                then.orElse(null), now.orElse(null), store -> store.threats().version(id));
    }

    static Touch officer(String id, Caseload stored, Caseload read) {
        Optional<Officer> now = stored.officer(id);
        Optional<Officer> then = read.officer(id);
        String name = now.or(() -> then).map(Officer::name).orElse(null);
        return new Touch("officers[" + id + "]", "officer " + id + (name == null ? "" : " (" + name + ")"),
                then.orElse(null), now.orElse(null), store -> store.officers().version(id));
    }

    static Touch course(String code, Caseload stored, Caseload read) {
        Course now = stored.coursesByCode().get(code);
        Course then = read.coursesByCode().get(code);
        return new Touch("courses[" + code + "]", "course " + code, then, now,
                store -> store.courses().version(code));
    }

    static Touch trainingRecord(TrainingRecord.Key key, Caseload stored, Caseload read) {
        return new Touch("trainingRecords[" + key.officerId() + ", " + key.courseCode() + ", " + key.completedOn() + "]",
                "the training record of " + key.officerId() + " for " + key.courseCode() + " completed "
                        + key.completedOn(),
                find(read.trainingRecords(), key), find(stored.trainingRecords(), key),
                store -> store.trainingRecords().version(key));
    }

    /** A threat's 4P plan, actions and reviews together (a plan is saved whole). */
    static Touch plan(String threatId, Caseload stored, Caseload read) {
        String name = stored.threat(threatId).or(() -> read.threat(threatId)).map(Threat::name).orElse(null);
        return new Touch("threats[" + threatId + "].plan", "the 4P plan of threat " + threatId
                + (name == null ? "" : " \"" + name + "\""), read.plan(threatId), stored.plan(threatId),
                store -> store.plans().version(threatId));
    }

    static Touch mentoringSession(MentoringSession.Key key, Caseload stored, Caseload read) {
        return new Touch("mentoringSessions[" + key.mentorId() + ", " + key.menteeId() + ", " + key.on() + "]",
                "the mentoring session of " + key.mentorId() + " with " + key.menteeId() + " on " + key.on(),
                find(read.mentoringSessions(), key), find(stored.mentoringSessions(), key),
                store -> store.mentoringSessions().version(key));
    }

    static Touch policy(Caseload stored, Caseload read) {
        return new Touch("policy", "the policy settings", read.policy(), stored.policy(),
                store -> store.policy().version());
    }

    /**
     * What accepting a plan touches: every threat it moves, and every officer who gains or loses one (as the
     * run saw them and as they are now).
     */
    static List<Touch> allocation(Map<String, String> threatToOfficer, Caseload stored, Caseload read) {
        List<Touch> touches = new ArrayList<>();
        Set<String> officers = new LinkedHashSet<>();
        for (Map.Entry<String, String> move : threatToOfficer.entrySet()) {
            touches.add(threat(move.getKey(), stored, read));
            read.threat(move.getKey()).map(Threat::officerId).ifPresent(officers::add);
            if (move.getValue() != null) {
                officers.add(move.getValue());
            }
        }
        officers.forEach(id -> touches.add(officer(id, stored, read)));
        return touches;
    }

    /** Refuses the write, changing nothing, when any touched record changed since it was read. */
    static void requireUnchanged(CaseloadStore store, List<Touch> touches) throws SQLException {
        List<StaleRecordException.Conflict> conflicts = new ArrayList<>();
        for (Touch touch : touches) {
            if (touch.changed()) {
                Optional<RecordVersion> version = touch.stored == null ? Optional.empty() : touch.version.in(store);
                conflicts.add(new StaleRecordException.Conflict(touch.path, touch.words,
                        version.map(RecordVersion::changedBy).orElse(null),
                        version.map(RecordVersion::changedAt).orElse(null),
                        touch.stored == null, touch.read == null));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new StaleRecordException(conflicts);
        }
    }

    private static TrainingRecord find(List<TrainingRecord> records, TrainingRecord.Key key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    private static MentoringSession find(List<MentoringSession> sessions, MentoringSession.Key key) {
        return sessions.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
