package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.report.inspection.InspectionFacts;
import uk.police.soc.caseload.report.inspection.InspectionPdf;
import uk.police.soc.caseload.presentation.TrainingWords;
import uk.police.soc.caseload.service.CaseloadService;

/** The inspection report: a PDF an inspector can take away. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the inspection report as a PDF an inspector can take away.",
            "Its sections: cover, headline figures, workload, training and mentoring, coverage by category, 4P plans"
                + " and allocation changes in the period.",
            "Every figure in it is the one the other commands give for the same database and date: summary,"
                + " training-report, plan-health, trend and history. The period runs from --from (default: 90 days"
                + " before --as-of) to --as-of (default: today). Producing it is a disclosure: --reason and"
                + " --recipient say why and for whom."})
public class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "the PDF file to write")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the report's date (default: today)")
    LocalDate asOf;

    @Option(names = "--from", paramLabel = "DATE",
            description = "the first day of the period (default: 90 days before --as-of)")
    LocalDate from;

    @Mixin
    DisclosureOptions disclosure;

    @Override
    public Integer call() {
        if (from != null && asOf != null && from.isAfter(asOf)) {
            throw new InvalidInputException("--from", from + " is after --as-of " + asOf);
        }
        OutputFile.checkWritable(out);
        InspectionFacts facts;
        try (CaseloadService service = database.openExisting()) {
            LocalDate day = asOf == null ? service.today() : asOf;
            if (from != null && from.isAfter(day)) {
                throw new InvalidInputException("--from", from + " is after the report's date " + day);
            }
            facts = service.inspectionReport(day, from, disclosure.disclosure(), "inspection report as of " + day
                    + (from == null ? "" : " from " + from) + ", file " + out.getFileName());
        }
        new InspectionPdf().write(facts, TrainingWords.forInspection(facts), out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Wrote the inspection report of %s, caseload on %s (period from %s), to %s.%n",
                facts.unitName(), facts.asOf(), facts.from(), out);
        console.flush();
        return CaseloadCommand.DONE;
    }
}
