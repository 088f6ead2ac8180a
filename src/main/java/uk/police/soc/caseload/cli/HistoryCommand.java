package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.AllocationChange;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.HistoryFilter;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.StoredEvidence;

/** Who led what, when, and why: the allocation history the store keeps. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Lists every recorded change of a threat's LRO, oldest first, with its reason.",
            "Each change: when, by whom, from and to which officer, the reason and the rationale.",
            "--threat keeps one threat's changes; --officer the changes that gave that officer a threat or took one"
                + " away. --from and --to are calendar days in the force's time zone, both included; without them,"
                + " every change.",
            "With --json: {\"changes\": [{at, user, threatId, fromOfficerId, toOfficerId, reason, rationale}]}."})
public class HistoryCommand implements Callable<Integer> {

    static class Subject {
        @Option(names = "--threat", paramLabel = "ID", description = "only this threat's changes")
        String threatId;

        @Option(names = "--officer", paramLabel = "ID", description = "only changes to or from this officer")
        String officerId;
    }

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true)
    Subject subject = new Subject();

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        period.requireOrdered();
        List<AllocationChange> all;
        Caseload caseload;
        HistoryFilter filter;
        try (CaseloadService service = database.openExisting()) {
            String about = subject.threatId != null ? subject.threatId : subject.officerId;
            StoredEvidence evidence = service.readEvidence(Operation.HISTORY, service.today(),
                    about == null ? null : List.of(about), "allocation history" + period.describe());
            all = evidence.changes();
            caseload = evidence.caseload();
            filter = new HistoryFilter(subject.threatId, subject.officerId, period.from, period.to,
                    service.force().timeZone());
        }
        requireKnown(caseload, all);
        List<AllocationChange> changes = filter.apply(all);
        return output.print(() -> EvidenceJson.history(changes), out -> printHuman(caseload, changes, filter, out));
    }

    /** An id neither stored nor in the history is a mistyped argument, not a question with no answer. */
    private void requireKnown(Caseload caseload, List<AllocationChange> all) {
        String threatId = subject.threatId;
        if (threatId != null && caseload.threat(threatId).isEmpty()
                && all.stream().noneMatch(c -> c.threatId().equals(threatId))) {
            throw new InvalidInputException("--threat", "no threat \"" + threatId + "\" in the database or its history");
        }
        String officerId = subject.officerId;
        if (officerId != null && caseload.officer(officerId).isEmpty() && all.stream()
                .noneMatch(c -> officerId.equals(c.fromOfficerId()) || officerId.equals(c.toOfficerId()))) {
            throw new InvalidInputException("--officer", "no officer \"" + officerId
                    + "\" in the database or its history");
        }
    }

    private static void printHuman(Caseload caseload, List<AllocationChange> changes, HistoryFilter filter,
            PrintWriter out) {
        Map<String, Officer> officers = caseload.officersById();
        String about = filter.threatId() != null ? " of " + filter.threatId()
                : filter.officerId() != null ? " to or from " + Wording.officer(officers.get(filter.officerId()),
                        filter.officerId()) : "";
        out.printf("%s%s.%n", Wording.count(changes.size(), "change of LRO", "changes of LRO"), about);
        if (changes.isEmpty()) {
            return;
        }
        out.println();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(filter.zone());
        TextTable table = new TextTable().left("When").left("By").left("Threat").left("From").left("To")
                .left("Reason").left("Rationale");
        for (AllocationChange change : changes) {
            table.row(when.format(change.at()), change.user(), change.threatId(),
                    Wording.officer(officers.get(change.fromOfficerId()), change.fromOfficerId()),
                    Wording.officer(officers.get(change.toOfficerId()), change.toOfficerId()),
                    Wording.reason(change.reason()), change.rationale() == null ? "" : change.rationale());
        }
        table.print(out, "");
    }
}
