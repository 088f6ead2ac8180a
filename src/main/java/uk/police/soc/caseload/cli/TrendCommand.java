package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.OfficerLoad;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.PlanFigures;
import uk.police.soc.caseload.domain.SustainedOverload;
import uk.police.soc.caseload.domain.WorkloadDay;
import uk.police.soc.caseload.domain.WorkloadTrend;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.StoredEvidence;

/** The workload history: the daily records and who is in sustained overload. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Shows the workload figures day by day, and who is in sustained overload.",
            "The daily records stored from --from to --to (days on which something was changed; a day without a"
                + " record has the figures of the one before), and the officers in sustained overload on --to: above"
                + " the red threshold on each of the last sustainedOverloadDays days. --to defaults to today, --from"
                + " to 90 days before --to.",
            "With --json: {\"days\": [{date, figures, officers: [{officerId, capacity, load, loadPercent}]}],"
                + " \"sustainedOverload\": [{officerId, since, lengthDays}]}; figures as summary --json without"
                + " officers."})
public class TrendCommand implements Callable<Integer> {

    static final int DEFAULT_DAYS = 90;

    @Mixin
    DatabaseOption database;

    @Option(names = "--officer", paramLabel = "ID",
            description = "only this officer's loads (default: every officer)")
    String officerId;

    @Mixin
    PeriodOptions period;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        period.requireOrdered();
        WorkloadTrend trend;
        Caseload caseload;
        try (CaseloadService service = database.openExisting()) {
            LocalDate last = period.to == null ? service.today() : period.to;
            LocalDate first = period.from == null ? last.minusDays(DEFAULT_DAYS) : period.from;
            PeriodOptions.requireOrdered(first, last);
            StoredEvidence evidence = service.readEvidence(Operation.TREND, last,
                    officerId == null ? null : List.of(officerId), "workload history from " + first + " to " + last);
            caseload = evidence.caseload();
            var history = evidence.days();
            if (officerId != null && caseload.officer(officerId).isEmpty()
                    && history.stream().noneMatch(d -> d.officer(officerId).isPresent())) {
                throw new InvalidInputException("--officer", "no officer \"" + officerId
                        + "\" in the database or its history");
            }
            trend = WorkloadTrend.of(history, first, last, officerId, caseload.policy().sustainedOverloadDays());
        }
        return output.print(() -> EvidenceJson.trend(trend), out -> printHuman(caseload, trend, out));
    }

    private static void printHuman(Caseload caseload, WorkloadTrend trend, PrintWriter out) {
        Map<String, Officer> officers = caseload.officersById();
        out.printf("Workload from %s to %s: %s.%n", trend.from(), trend.to(),
                Wording.count(trend.days().size(), "daily record"));
        if (!trend.days().isEmpty()) {
            out.println();
            TextTable table;
            if (trend.officerId() != null) {
                out.println(Wording.officer(officers.get(trend.officerId()), trend.officerId()) + ":");
                table = new TextTable().left("Date").right("Capacity").right("Load").right("Load %").right("Red line");
                for (WorkloadDay day : trend.days()) {
                    OfficerLoad load = day.officer(trend.officerId()).orElse(null);
                    table.row(day.date(), load == null ? "" : Wording.points(load.capacity()),
                            load == null ? "" : Wording.points(load.load()),
                            load == null ? "not on record" : Wording.percent(load.loadPercent()),
                            Wording.percent(day.redLoadPercent()));
                }
            } else {
                table = new TextTable().left("Date").right("Over capacity").right("Overloaded").right("Peak load")
                        .right("Overload").right("Uncoverable").right("Unallocated").right("LRO shortfall");
                for (WorkloadDay day : trend.days()) {
                    PlanFigures f = day.figures();
                    table.row(day.date(), f.officersOverCapacity(), f.officersOverloaded(),
                            Wording.percent(f.peakLoadPercent()), Wording.points(f.overloadPoints()),
                            f.uncoverable().size(), f.unallocated().size(), f.lroShortfall());
                }
            }
            table.print(out, "");
        }
        out.println();
        if (trend.sustainedOverload().isEmpty()) {
            out.printf("No officer is in sustained overload on %s.%n", trend.to());
        } else {
            out.printf("In sustained overload on %s (above the red line on each of the last %s):%n", trend.to(),
                    Wording.count(caseload.policy().sustainedOverloadDays(), "day"));
            for (SustainedOverload overload : trend.sustainedOverload()) {
                out.printf("  %s: since %s (%s)%n",
                        Wording.officer(officers.get(overload.officerId()), overload.officerId()), overload.since(),
                        Wording.count(overload.lengthDays(), "day"));
            }
        }
    }
}
