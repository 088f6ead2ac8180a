package uk.police.soc.caseload.cli;

import java.io.PrintWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.service.CaseloadService.ImportSummary;

/** How many records of each kind a dataset holds or an import stored, as validate, import and export show it. */
record RecordCounts(int categories, int courses, int officers, int trainingRecords, int threats) {

    static RecordCounts of(Caseload caseload) {
        return new RecordCounts(caseload.categories().size(), caseload.courses().size(), caseload.officers().size(),
                caseload.trainingRecords().size(), caseload.threats().size());
    }

    static RecordCounts of(ImportSummary summary) {
        return new RecordCounts(summary.categories(), summary.courses(), summary.officers(),
                summary.trainingRecords(), summary.threats());
    }

    /** A two-column table: the kind of record and its count under {@code heading}. */
    void print(PrintWriter out, String heading) {
        new TextTable().left("Records").right(heading)
                .row("categories", categories)
                .row("courses", courses)
                .row("officers", officers)
                .row("training records", trainingRecords)
                .row("threats", threats)
                .print(out, "  ");
    }
}
