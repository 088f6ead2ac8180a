package uk.police.soc.caseload.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.MentoringSession;
import uk.police.soc.caseload.domain.PlanAction;
import uk.police.soc.caseload.domain.PlanReview;
import uk.police.soc.caseload.domain.ThreatPlan;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.Course;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.StaleRecordException;

/** A store in memory with the service's contract: each write validates the result and changes all or nothing. */
public class InMemoryCaseloadService implements CaseloadService {

    private Caseload stored;
    public final AtomicInteger writes = new AtomicInteger();
    /** The disclosures asked for, as "action: justification / recipient". */
    public final List<String> disclosures = new ArrayList<>();
    /** Accounts and audit of an open-mode store; tests may replace it. */
    public AccessService access = new OpenModeAccess(disclosures);

    public InMemoryCaseloadService(Caseload initial) {
        this.stored = initial;
    }

    public static InMemoryCaseloadService empty() {
        return new InMemoryCaseloadService(new Caseload(LocalDate.now(), Policy.DEFAULTS, List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }

    public static InMemoryCaseloadService workedExample() {
        return new InMemoryCaseloadService(workedExampleCaseload());
    }

    public static Caseload workedExampleCaseload() {
        try (InputStream in = InMemoryCaseloadService.class.getResourceAsStream(WorkspaceViewModel.WORKED_EXAMPLE)) {
            return new DatasetReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized Caseload stored() {
        return stored;
    }

    @Override
    public synchronized Caseload load(LocalDate asOf) {
        return stored.withAsOf(asOf);
    }

    @Override
    public synchronized ImportSummary importCaseload(Caseload dataset, boolean replace) {
        Map<String, ThreatPlan> plans = new java.util.LinkedHashMap<>(stored.plans());
        plans.putAll(dataset.plans());
        Caseload next = replace ? dataset : new Caseload(stored.asOf(), dataset.policy(),
                merge(stored.categories(), dataset.categories(), c -> c.code()),
                merge(stored.courses(), dataset.courses(), Course::code),
                merge(stored.officers(), dataset.officers(), Officer::id),
                merge(stored.trainingRecords(), dataset.trainingRecords(), TrainingRecord::key),
                merge(stored.threats(), dataset.threats(), Threat::id), plans,
                merge(stored.mentoringSessions(), dataset.mentoringSessions(), MentoringSession::key));
        commit(next, AllocationReason.IMPORT, Map.of());
        return new ImportSummary(dataset.categories().size(), dataset.courses().size(), dataset.officers().size(),
                dataset.trainingRecords().size(), dataset.threats().size());
    }

    @Override
    public synchronized Policy policy() {
        return stored.policy();
    }

    @Override
    public synchronized void savePolicy(Policy policy, Caseload basedOn) {
        commit(stored.withPolicy(policy));
    }

    @Override
    public synchronized void saveThreat(Threat threat, Caseload basedOn, AllocationReason reason, String rationale) {
        boolean isNew = stored.threat(threat.id()).isEmpty();
        commit(stored.withThreats(merge(stored.threats(), List.of(threat), Threat::id)),
                reason != null ? reason : isNew ? AllocationReason.NEW_THREAT : AllocationReason.OTHER,
                Map.of(threat.id(), rationale == null ? "" : rationale));
    }

    @Override
    public synchronized void saveOfficers(List<Officer> officers, Caseload basedOn) {
        commit(stored.withOfficers(merge(stored.officers(), officers, Officer::id)));
    }

    @Override
    public synchronized void saveCourse(Course course, Caseload basedOn) {
        commit(stored.withCourses(merge(stored.courses(), List.of(course), Course::code)));
    }

    @Override
    public synchronized void deleteCourse(String code, Caseload basedOn) {
        String path = "courses[" + code + "]";
        if (!stored.coursesByCode().containsKey(code)) {
            throw new InvalidInputException(path, "no such course");
        }
        long uses = stored.trainingRecords().stream().filter(r -> r.courseCode().equals(code)).count();
        if (uses > 0) {
            throw new InvalidInputException(path, "still used by " + uses + " training record" + (uses == 1 ? "" : "s"));
        }
        commit(stored.withCourses(stored.courses().stream().filter(c -> !c.code().equals(code)).toList()));
    }

    @Override
    public synchronized void deleteTrainingRecord(TrainingRecord.Key key, Caseload basedOn) {
        List<TrainingRecord> records = new ArrayList<>(stored.trainingRecords());
        records.removeIf(r -> r.key().equals(key));
        commit(stored.withTrainingRecords(records));
    }

    @Override
    public synchronized void saveTrainingRecords(List<TrainingRecord> records, Caseload basedOn) {
        commit(stored.withTrainingRecords(merge(stored.trainingRecords(), records, TrainingRecord::key)));
    }

    @Override
    public synchronized void applyAllocation(Map<String, String> threatToOfficer, Caseload basedOn,
            AllocationReason reason, Map<String, String> rationaleByThreat) {
        if (basedOn != null) {
            requireUnchanged(threatToOfficer, basedOn);
        }
        List<Threat> threats = new ArrayList<>();
        for (Threat threat : stored.threats()) {
            threats.add(threatToOfficer.containsKey(threat.id()) ? threat.withOfficerId(threatToOfficer.get(threat.id())) : threat);
        }
        commit(stored.withThreats(threats), reason, rationaleByThreat);
    }

    @Override
    public synchronized void savePlanActions(String threatId, List<PlanAction> actions, Caseload basedOn) {
        Map<String, ThreatPlan> plans = new java.util.LinkedHashMap<>(stored.plans());
        plans.put(threatId, stored.plan(threatId).withActions(actions));
        commit(stored.withPlans(plans));
    }

    @Override
    public synchronized void recordReview(String threatId, PlanReview review, Caseload basedOn) {
        ThreatPlan plan = stored.plan(threatId);
        boolean latest = plan.reviews().stream().noneMatch(r -> r.on().isAfter(review.on()));
        List<PlanReview> reviews = new ArrayList<>(plan.reviews());
        reviews.add(review);
        Map<String, ThreatPlan> plans = new java.util.LinkedHashMap<>(stored.plans());
        plans.put(threatId, plan.withReviews(reviews));
        Caseload next = stored.withPlans(plans);
        if (latest) {
            next = next.withThreats(next.threats().stream()
                    .map(t -> t.id().equals(threatId) ? t.withNextReviewDue(review.nextReviewDue()) : t).toList());
        }
        commit(next);
    }

    @Override
    public synchronized void saveMentoringSession(MentoringSession session, Caseload basedOn) {
        commit(stored.withMentoringSessions(merge(stored.mentoringSessions(), List.of(session), MentoringSession::key)));
    }

    @Override
    public synchronized void deleteMentoringSession(MentoringSession.Key key, Caseload basedOn) {
        List<MentoringSession> sessions = new ArrayList<>(stored.mentoringSessions());
        sessions.removeIf(s -> s.key().equals(key));
        commit(stored.withMentoringSessions(sessions));
    }

    @Override
    public synchronized List<AllocationChange> allocationHistory() {
        return List.copyOf(history);
    }

    @Override
    public synchronized List<WorkloadDay> workloadHistory(LocalDate last) {
        return days.values().stream().filter(d -> !d.date().isAfter(last)).toList();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now();
    }

    @Override
    public synchronized uk.police.soc.caseload.service.StoredEvidence readEvidence(Operation operation,
            LocalDate asOf, List<String> records, String detail) {
        return new uk.police.soc.caseload.service.StoredEvidence(load(asOf), history, workloadHistory(asOf));
    }

    @Override
    public synchronized uk.police.soc.caseload.report.inspection.InspectionFacts inspectionReport(LocalDate asOf,
            LocalDate from, Disclosure disclosure, String detail) {
        disclosures.add(Operation.REPORT.action() + ": " + disclosure.justification() + " / " + disclosure.recipient());
        return uk.police.soc.caseload.report.inspection.InspectionFacts.of("Test unit", stored.withAsOf(asOf),
                workloadHistory(asOf), history, from, "test", java.time.Instant.now(), java.time.ZoneId.of("Europe/London"));
    }

    @Override
    public synchronized void acceptPlan(Map<String, String> threatToOfficer, Caseload basedOn,
            Map<String, String> rationaleByThreat) {
        applyAllocation(threatToOfficer, basedOn, AllocationReason.PLANNER, rationaleByThreat);
    }

    @Override
    public synchronized Caseload read(Operation operation, LocalDate asOf, List<String> records, String detail) {
        return load(asOf);
    }

    @Override
    public synchronized Caseload disclose(Operation operation, Disclosure disclosure, LocalDate asOf, String detail) {
        disclosures.add(operation.action() + ": " + disclosure.justification() + " / " + disclosure.recipient());
        return load(asOf);
    }

    @Override
    public AccessService access() {
        return access;
    }

    @Override
    public uk.police.soc.caseload.service.BackupSummary backup(java.nio.file.Path file, Disclosure disclosure) {
        throw new UnsupportedOperationException("a backup needs a stored database");
    }

    @Override
    public void changeEncryption(char[] newFilePassword) {
        throw new UnsupportedOperationException("encryption needs a stored database");
    }

    @Override
    public boolean encrypted() {
        return false;
    }

    @Override
    public synchronized void setPinned(String threatId, boolean pinned, Caseload basedOn) {
        Threat threat = stored.threat(threatId).orElseThrow(() -> new InvalidInputException("threat", "unknown " + threatId));
        saveThreat(threat.withPinned(pinned));
    }

    @Override
    public long changeCount() {
        return writes.get();
    }

    /** As the stored service: every threat moved and officer changed must be as {@code basedOn} has them. */
    private void requireUnchanged(Map<String, String> threatToOfficer, Caseload basedOn) {
        List<uk.police.soc.caseload.service.StaleRecordException.Conflict> conflicts = new ArrayList<>();
        java.util.Set<String> officers = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, String> move : threatToOfficer.entrySet()) {
            java.util.Optional<Threat> read = basedOn.threat(move.getKey());
            if (!read.equals(stored.threat(move.getKey()))) {
                conflicts.add(new uk.police.soc.caseload.service.StaleRecordException.Conflict(
                        "threats[" + move.getKey() + "]", "threat " + move.getKey(), null, null,
                        stored.threat(move.getKey()).isEmpty(), read.isEmpty()));
            }
            read.map(Threat::officerId).ifPresent(officers::add);
            if (move.getValue() != null) {
                officers.add(move.getValue());
            }
        }
        for (String id : officers) {
            if (!basedOn.officer(id).equals(stored.officer(id))) {
                conflicts.add(new uk.police.soc.caseload.service.StaleRecordException.Conflict(
                        "officers[" + id + "]", "officer " + id, null, null, stored.officer(id).isEmpty(),
                        basedOn.officer(id).isEmpty()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new uk.police.soc.caseload.service.StaleRecordException(conflicts);
        }
    }

    private final java.util.Map<String, uk.police.soc.caseload.domain.scenario.Scenario> scenarios =
            new java.util.TreeMap<>();

    @Override
    public synchronized List<uk.police.soc.caseload.domain.scenario.Scenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    @Override
    public synchronized void saveScenario(uk.police.soc.caseload.domain.scenario.Scenario scenario) {
        var stored = scenarios.get(scenario.name());
        if (stored != null && stored.version() != scenario.version()) {
            throw new uk.police.soc.caseload.domain.InvalidInputException("name", "saved since");
        }
        scenarios.put(scenario.name(), new uk.police.soc.caseload.domain.scenario.Scenario(scenario.name(),
                scenario.changes(), stored == null ? 1 : stored.version() + 1));
    }

    @Override
    public synchronized void deleteScenario(String name) {
        scenarios.remove(name);
    }

    private void commit(Caseload next) {
        commit(next, AllocationReason.OTHER, Map.of());
    }

    /** As the store: validates, records each change of officer and today's workload record. */
    private void commit(Caseload next, AllocationReason reason, Map<String, String> rationales) {
        List<Problem> problems = new CaseloadValidator().validate(next);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> before = new java.util.HashMap<>();
        stored.threats().forEach(t -> before.put(t.id(), t.officerId()));
        next.threats().forEach(threat -> {
            String officerId = threat.officerId();
            String threatId = threat.id();
            if (!java.util.Objects.equals(before.get(threatId), officerId)) {
                String rationale = rationales.get(threatId);
                history.add(new AllocationChange(java.time.Instant.now(), "test", threatId, before.get(threatId),
                        officerId, reason, rationale == null || rationale.isEmpty() ? null : rationale));
            }
        });
        stored = next;
        days.put(today(), WorkloadDay.of(next, today()));
        writes.incrementAndGet();
    }

    private final List<AllocationChange> history = new ArrayList<>();
    private final java.util.TreeMap<LocalDate, WorkloadDay> days = new java.util.TreeMap<>();

    private static <T, K> List<T> merge(List<T> existing, List<T> incoming, Function<T, K> key) {
        List<T> result = new ArrayList<>(existing);
        for (T item : incoming) {
            K k = key.apply(item);
            int index = -1;
            for (int i = 0; i < result.size(); i++) {
                if (key.apply(result.get(i)).equals(k)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                result.add(item);
            } else {
                result.set(index, item);
            }
        }
        return result;
    }
}
