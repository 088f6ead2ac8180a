package uk.police.soc.caseload.domain.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadValidator;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.domain.TrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddTrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.ArchiveThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.DeactivateOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.OfficerUnavailable;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.SetPolicy;

/**
 * Applies a scenario's changes to a copy of a caseload (scenarios.md): in order, and only the end result must be
 * a valid dataset, so a record may name an officer a later change adds. The end result is checked by the same
 * {@link CaseloadValidator} as an import, and each problem is reported with the path of the change that caused
 * it, e.g. {@code changes[0].officer.id: duplicate officer "E2041"}.
 *
 * <p>The result is the scenario's {@code after}: every threat keeps its officer, even one now absent, except
 * that the active threats of an officer a {@code deactivateOfficer} change made inactive become unallocated and
 * unpinned.
 */
public final class ScenarioApplier {

    private static final Pattern DUPLICATE =
            Pattern.compile("duplicate (?:id|code) \"(.*)\" \\(already used by (\\w+)\\[([^\\]]+)\\]\\)");

    /**
     * @throws InvalidInputException every problem, each as {@code changes[N].field: message}
     */
    public Caseload apply(Caseload base, List<CaseloadChange> changes) {
        Application application = new Application(base);
        for (int i = 0; i < changes.size(); i++) {
            application.add(i, changes.get(i));
        }
        // Changes to existing records wait until every record is added: they commute with the additions, and a
        // change may name an officer or threat a later one adds.
        for (int i = 0; i < changes.size(); i++) {
            application.modify(i, changes.get(i));
        }
        return application.finish();
    }

    private static final Pattern POLICY_FIELD = Pattern.compile("\\bpolicy\\.(\\w+)");

    private static final Pattern CHANGE_INDEX = Pattern.compile("changes\\[(\\d+)\\].*");

    private static int changeIndex(Problem problem) {
        Matcher index = CHANGE_INDEX.matcher(problem.path());
        return index.matches() ? Integer.parseInt(index.group(1)) : Integer.MAX_VALUE;
    }

    private static final class Application {
        private final Caseload base;
        private Policy policy;
        private final List<Officer> officers;
        private final List<TrainingRecord> records;
        private final List<Threat> threats;
        /** Which change added each record, by list and index. */
        private final Map<String, Map<Integer, Integer>> addedBy = new HashMap<>();
        /** Which change set each policy field last. */
        private final Map<String, Integer> policyFieldSetBy = new HashMap<>();
        /** Absences added by officerUnavailable: "officer index:absence index" to the change. */
        private final Map<String, Integer> absenceAddedBy = new HashMap<>();
        private final Set<String> deactivated = new HashSet<>();
        private final List<Problem> problems = new ArrayList<>();

        Application(Caseload base) {
            this.base = base;
            this.policy = base.policy();
            this.officers = new ArrayList<>(base.officers());
            this.records = new ArrayList<>(base.trainingRecords());
            this.threats = new ArrayList<>(base.threats());
        }

        void add(int index, CaseloadChange change) {
            if (change instanceof AddOfficer add) {
                added("officers", officers, add.officer(), index);
            } else if (change instanceof AddTrainingRecord add) {
                added("trainingRecords", records, add.record(), index);
            } else if (change instanceof AddThreat add) {
                added("threats", threats, add.threat(), index);
            } else if (change instanceof SetPolicy set) {
                policy = set.policy().applyTo(policy);
                set.policy().fieldsGiven().forEach(field -> policyFieldSetBy.put(field, index));
            }
        }

        private <T> void added(String list, List<T> records, T record, int change) {
            addedBy.computeIfAbsent(list, k -> new HashMap<>()).put(records.size(), change);
            records.add(record);
        }

        void modify(int index, CaseloadChange change) {
            String at = "changes[" + index + "]";
            if (change instanceof OfficerUnavailable absence) {
                int officer = officerIndex(absence.officerId(), at);
                if (officer >= 0) {
                    Officer current = officers.get(officer);
                    List<Absence> absences = new ArrayList<>(current.absences());
                    absenceAddedBy.put(officer + ":" + absences.size(), index);
                    absences.add(new Absence(absence.from(), absence.until(), OfficerUnavailable.REASON));
                    officers.set(officer, current.withAbsences(absences));
                }
            } else if (change instanceof DeactivateOfficer deactivate) {
                int officer = officerIndex(deactivate.officerId(), at);
                // An officer already inactive: nothing changes, and their threats keep them.
                if (officer >= 0 && officers.get(officer).active()) {
                    officers.set(officer, officers.get(officer).withActive(false));
                    deactivated.add(deactivate.officerId());
                }
            } else if (change instanceof ArchiveThreat archive) {
                int threat = archive.threatId() == null ? -1 : indexOf(threats, Threat::id, archive.threatId());
                if (archive.threatId() == null) {
                    problems.add(new Problem(at + ".threatId", "is required"));
                } else if (threat < 0) {
                    problems.add(new Problem(at + ".threatId", "unknown threat \"" + archive.threatId() + "\""));
                } else if (threats.get(threat).isActive()) {
                    threats.set(threat, threats.get(threat).withStatus(ThreatStatus.ARCHIVED));
                }
            }
        }

        private int officerIndex(String officerId, String at) {
            if (officerId == null) {
                problems.add(new Problem(at + ".officerId", "is required"));
                return -1;
            }
            int officer = indexOf(officers, Officer::id, officerId);
            if (officer < 0) {
                problems.add(new Problem(at + ".officerId", "unknown officer \"" + officerId + "\""));
            }
            return officer;
        }

        private static <T> int indexOf(List<T> records, java.util.function.Function<T, String> id, String wanted) {
            for (int i = 0; i < records.size(); i++) {
                if (id.apply(records.get(i)).equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }

        Caseload finish() {
            for (int i = 0; i < threats.size(); i++) {
                Threat threat = threats.get(i);
                if (threat.isActive() && threat.officerId() != null && deactivated.contains(threat.officerId())) {
                    threats.set(i, threat.withOfficerId(null).withPinned(false));
                }
            }
            Caseload result = new Caseload(base.asOf(), policy, base.categories(), base.courses(), officers, records,
                    threats);
            for (Problem problem : new CaseloadValidator().validate(result)) {
                problems.add(toChange(problem));
            }
            if (!problems.isEmpty()) {
                // In the order of the changes, as a user reads the file.
                problems.sort(java.util.Comparator.comparingInt(ScenarioApplier::changeIndex));
                throw new InvalidInputException(problems);
            }
            return result;
        }

        /** The validator names records of the result; say which change made the record or field instead. */
        private Problem toChange(Problem problem) {
            String path = problem.path();
            if (path.startsWith("policy.")) {
                String field = path.substring("policy.".length()).split("[.\\[]", 2)[0];
                Integer change = policyFieldSetBy.get(field);
                // A rule between two settings (amber not above red) is filed under one of them; when a change
                // gave only the other, that change caused it.
                Matcher named = POLICY_FIELD.matcher(problem.message());
                while (named.find()) {
                    Integer other = policyFieldSetBy.get(named.group(1));
                    if (other != null && (change == null || other > change)) {
                        change = other;
                    }
                }
                return change == null ? problem : new Problem("changes[" + change + "]." + path, problem.message());
            }
            Map<String, String> prefixes = new LinkedHashMap<>();
            Map<String, Integer> officerCounts = counts(officers.stream().map(Officer::id).toList());
            for (int i = 0; i < officers.size(); i++) {
                String recordPath = CaseloadValidator.recordPath("officers", i, officers.get(i).id(), officerCounts);
                for (int a = 0; a < officers.get(i).absences().size(); a++) {
                    Integer change = absenceAddedBy.get(i + ":" + a);
                    if (change != null) {
                        prefixes.put(recordPath + ".absences[" + a + "]", "changes[" + change + "]");
                    }
                }
            }
            addedPrefixes("officers", "officer", officers.stream().map(Officer::id).toList(), prefixes);
            addedPrefixes("threats", "threat", threats.stream().map(Threat::id).toList(), prefixes);
            List<String> recordIds = new ArrayList<>();
            records.forEach(r -> recordIds.add(null));
            addedPrefixes("trainingRecords", "record", recordIds, prefixes);
            for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                String from = prefix.getKey();
                if (path.equals(from) || path.startsWith(from + ".") || path.startsWith(from + "[")) {
                    return new Problem(prefix.getValue() + path.substring(from.length()), message(problem.message()));
                }
            }
            return problem;
        }

        private void addedPrefixes(String list, String field, List<String> ids, Map<String, String> prefixes) {
            Map<String, Integer> counts = counts(ids);
            addedBy.getOrDefault(list, Map.of()).forEach((index, change) -> prefixes.put(
                    CaseloadValidator.recordPath(list, index, ids.get(index), counts),
                    "changes[" + change + "]." + field));
        }

        /** {@code duplicate id "E2041" (already used by officers[3])} reads better as what it is. */
        private String message(String message) {
            Matcher duplicate = DUPLICATE.matcher(message);
            if (!duplicate.matches()) {
                return message;
            }
            String list = duplicate.group(2);
            String kind = list.equals("threats") ? "threat" : "officer";
            String first = duplicate.group(3);
            Integer change = first.matches("\\d+")
                    ? addedBy.getOrDefault(list, Map.of()).get(Integer.parseInt(first)) : null;
            return "duplicate " + kind + " \"" + duplicate.group(1) + "\""
                    + (change == null ? " (already on the caseload)" : " (also added by changes[" + change + "])");
        }

        private static Map<String, Integer> counts(List<String> ids) {
            Map<String, Integer> counts = new HashMap<>();
            ids.forEach(id -> {
                if (id != null) {
                    counts.merge(id, 1, Integer::sum);
                }
            });
            return counts;
        }
    }
}
