package uk.police.soc.caseload.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.access.AuditCategory;
import uk.police.soc.caseload.domain.access.AuditChain;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditQuery;
import uk.police.soc.caseload.service.CaseloadService;

/** The audit trail (access.md): its entries, or with {@code --verify} whether its hash chain still holds. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Shows the audit trail, oldest first, or checks that nobody has edited it (--verify).",
            "Administrators only. --from and --to are UTC dates, both ends inclusive; --by keeps the entries of one"
                + " user (--user is the account you sign in with, as on every --db command).",
            "With --json: {\"entries\": [{seq, at, user, action, category, records, detail, justification,"
                + " recipient, outcome}]}; with --verify --json: {verified, entries, firstBadSeq, problem}.",
            "--verify exits 0 with the entry count when the chain holds, 1 naming the first entry that does not."})
public class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--from", paramLabel = "DATE", description = "the first UTC day to show (default: the first entry)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "the last UTC day to show (default: the last entry)")
    LocalDate to;

    @Option(names = "--by", paramLabel = "U", description = "only the entries of this user, e.g. alice or os:jo (default: every user)")
    String by;

    @Option(names = "--record", paramLabel = "ID", description = "only the entries naming this record id (default: every record)")
    String record;

    @Option(names = "--category", paramLabel = "C",
            description = "only this kind: collection, alteration, consultation, disclosure, combination, erasure,"
                    + " access (default: every kind)")
    String category;

    @Option(names = "--verify", description = "recompute the hash chain and name the first entry that does not match (default:"
            + " list the entries)")
    boolean verify;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        if (verify && (from != null || to != null || by != null || record != null || category != null)) {
            throw new InvalidInputException("--verify", "checks the whole trail: give no --from, --to, --by, --record"
                    + " or --category with it");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("--to", to + " is before --from " + from);
        }
        AuditCategory kind = parseCategory();
        try (CaseloadService service = database.openExisting()) {
            if (verify) {
                return printVerification(service.access().verifyAudit());
            }
            List<AuditEntry> entries = service.access().audit(new AuditQuery(from, to, by, record, kind));
            return output.print(() -> toJson(entries), out -> printHuman(entries, out));
        }
    }

    private AuditCategory parseCategory() {
        if (category == null) {
            return null;
        }
        try {
            return AuditCategory.fromCode(category);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--category", e.getMessage() + " (collection, alteration, consultation,"
                    + " disclosure, combination, erasure, access)");
        }
    }

    private int printVerification(AuditChain.Verification verification) {
        int exit = verification.holds() ? CaseloadCommand.DONE : CaseloadCommand.FAILED;
        output.print(() -> {
            ObjectNode node = DatasetJson.mapper().createObjectNode();
            node.put("verified", verification.holds());
            node.put("entries", verification.entries());
            if (verification.holds()) {
                node.putNull("firstBadSeq");
                node.putNull("problem");
            } else {
                node.put("firstBadSeq", verification.firstBadSeq().orElseThrow());
                node.put("problem", verification.problem());
            }
            return node;
        }, out -> {
            if (verification.holds()) {
                out.printf("The audit trail holds: %d entries, each chained to the one before (last hash %s).%n",
                        verification.entries(), verification.lastHash());
            }
        });
        if (!verification.holds()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("audit[" + verification.firstBadSeq().orElseThrow() + "]: " + verification.problem());
            err.flush();
        }
        return exit;
    }

    static ObjectNode toJson(List<AuditEntry> entries) {
        ObjectNode root = DatasetJson.mapper().createObjectNode();
        ArrayNode array = root.putArray("entries");
        for (AuditEntry entry : entries) {
            ObjectNode node = array.addObject();
            node.put("seq", entry.seq());
            node.put("at", entry.atText());
            node.put("user", entry.user());
            node.put("action", entry.action());
            node.put("category", entry.category());
            node.set("records", records(entry.records()));
            node.put("detail", entry.detail());
            node.put("justification", entry.justification());
            node.put("recipient", entry.recipient());
            node.put("outcome", entry.outcome());
        }
        return root;
    }

    private static JsonNode records(String records) {
        if (records == null) {
            return DatasetJson.mapper().nullNode();
        }
        try {
            return DatasetJson.mapper().readTree(records);
        } catch (JsonProcessingException e) {
            return DatasetJson.mapper().getNodeFactory().textNode(records);
        }
    }

    private static void printHuman(List<AuditEntry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println("No audit entries match.");
            return;
        }
        TextTable table = new TextTable().right("Seq").left("At (UTC)").left("User").left("Action").left("Category")
                .left("Outcome").left("Records").left("Detail");
        for (AuditEntry entry : entries) {
            String detail = entry.detail() == null ? "" : entry.detail();
            if (entry.justification() != null || entry.recipient() != null) {
                detail += " [why: " + entry.justification() + "; for: " + entry.recipient() + "]";
            }
            table.row(entry.seq(), entry.atText(), entry.user(), entry.action(), entry.category(), entry.outcome(),
                    uk.police.soc.caseload.presentation.AuditWords.records(entry.records(), null), detail);
        }
        table.print(out, "");
        out.printf("%d entr%s.%n", entries.size(), entries.size() == 1 ? "y" : "ies");
    }
}
