package uk.police.soc.caseload.ui.access;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.police.soc.caseload.dataset.DatasetWriter;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.access.Actor;
import uk.police.soc.caseload.domain.access.AuditCategory;
import uk.police.soc.caseload.domain.access.AuditChain;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.AuditQuery;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.Role;
import uk.police.soc.caseload.service.AccessService;
import uk.police.soc.caseload.ui.DateInput;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.Screen;
import uk.police.soc.caseload.ui.TableExport;
import uk.police.soc.caseload.ui.WorkspaceViewModel;

/**
 * The Audit trail screen (administrators): the entries a filter selects, in words; checking the hash chain; and
 * exporting the selection to CSV, itself a disclosure the service records (why, for whom) before the file is
 * written. Reading the trail is recorded by the service, never here.
 */
public class AuditViewModel {

    /** One entry as the table shows it. */
    public record AuditRow(long seq, String time, String user, String category, String operation, String outcome,
            String records, String detail, String justification, String recipient) {

        List<String> cells() {
            return List.of(String.valueOf(seq), time, user, category, operation, outcome, records, detail,
                    justification, recipient);
        }
    }

    /** The columns, as the table and the CSV file head them. */
    public static final List<String> COLUMNS = List.of("No.", "Time (UTC)", "User", "Category", "Operation",
            "Outcome", "Records", "Detail", "Justification", "Recipient");

    private final WorkspaceViewModel workspace;
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty record = new SimpleStringProperty("");
    private final DateInput from = new DateInput();
    private final DateInput to = new DateInput();
    private final ObjectProperty<AuditCategory> category = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");

    public AuditViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        // Read when shown (each reading is itself an audit entry), not on every change another desk makes.
        workspace.screenProperty().addListener((obs, old, screen) -> {
            if (screen == Screen.AUDIT) {
                load();
            }
        });
        workspace.databaseNameProperty().addListener((obs, old, name) -> {
            verification.set("");
            chainBroken.set(false);
            if (workspace.screenProperty().get() == Screen.AUDIT) {
                load();
            }
        });
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    /** A user name as the trail records it (e.g. {@code alice}, or {@code os:NAME} in open mode); empty for any. */
    public StringProperty userProperty() {
        return user;
    }

    /** An id the entries must concern (a threat, an officer, an account); empty for any. */
    public StringProperty recordProperty() {
        return record;
    }

    /** The first UTC day shown, typed in the force's date format; empty for no limit. */
    public DateInput from() {
        return from;
    }

    public DateInput to() {
        return to;
    }

    /** Null for every category. */
    public ObjectProperty<AuditCategory> categoryProperty() {
        return category;
    }

    /** The category choices, null (every category) first. */
    public List<AuditCategory> categoryChoices() {
        List<AuditCategory> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(AuditCategory.values()));
        return choices;
    }

    /** "Disclosure – data leaving the planner"; "Every category" for none. */
    public static String categoryLabel(AuditCategory category) {
        return category == null ? "Every category" : category.label() + " – " + category.meaning();
    }

    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many entries the filter selects, or why nothing was read. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The last check of the chain in words; empty before the first. */
    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chainBrokenProperty() {
        return chainBroken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    private AccessService access() {
        return workspace.service().access();
    }

    /** The filter as a query; empty, with the summary saying why, when a date is not a date. */
    Optional<AuditQuery> query() {
        for (DateInput date : List.of(from, to)) {
            if (date.problem().isPresent()) {
                summary.set((date == from ? "From" : "To") + ": " + date.problem().get());
                return Optional.empty();
            }
        }
        LocalDate first = from.value().orElse(null);
        LocalDate last = to.value().orElse(null);
        if (first != null && last != null && last.isBefore(first)) {
            summary.set("To: " + Formats.date(last) + " is before From, " + Formats.date(first));
            return Optional.empty();
        }
        return Optional.of(new AuditQuery(first, last, blankToNull(user.get()), blankToNull(record.get()),
                category.get()));
    }

    private record Loaded(Actor actor, List<AuditEntry> entries) {
    }

    /** Reads the entries the filter selects, in the background; a non-administrator is not asked for them. */
    public void load() {
        Optional<AuditQuery> query = query();
        if (query.isEmpty()) {
            return;
        }
        AccessService access = access();
        busy.set(true);
        workspace.runner().run(() -> {
            Actor actor = access.actor();
            return new Loaded(actor, actor.holds(Role.ADMIN) ? access.audit(query.get()) : List.of());
        }, loaded -> {
            busy.set(false);
            allowed.set(loaded.actor().holds(Role.ADMIN));
            refusal.set(allowed.get() ? "" : RoleWords.needsAdministrator("Audit trail", loaded.actor()));
            rows.setAll(rows(loaded.entries()));
            summary.set(!allowed.get() ? "" : loaded.entries().size() + (loaded.entries().size() == 1 ? " entry"
                    : " entries") + " (" + query.get().describe() + "), oldest first. Reading the trail is itself"
                    + " recorded in it.");
        }, error -> {
            busy.set(false);
            rows.clear();
            summary.set("The audit trail was not read: " + RoleWords.of(error));
        });
    }

    /** Recomputes the whole hash chain in the background and says whether it holds, or where it breaks. */
    public void verify() {
        AccessService access = access();
        busy.set(true);
        workspace.runner().run(access::verifyAudit, result -> {
            busy.set(false);
            chainBroken.set(!result.holds());
            verification.set(describe(result));
        }, error -> {
            busy.set(false);
            verification.set("The chain was not checked: " + RoleWords.of(error));
        });
    }

    /** The result of a check in words. */
    static String describe(AuditChain.Verification result) {
        if (result.holds()) {
            return "✔ The chain holds: all " + result.entries() + " entries match their hashes; none was changed,"
                    + " removed or reordered.";
        }
        return "✖ The chain is broken at entry " + result.firstBadSeq().orElseThrow() + ": "
                + result.problem() + ". Someone changed the database file behind the planner's back; keep the"
                + " file as it is and tell your data protection officer.";
    }

    /**
     * Asks where and why (justification and recipient), then, in the background, has the service record the
     * export as a disclosure and hand back the selected entries, and only then writes them as CSV through the
     * planner's one CSV writer (formula cells neutralised).
     */
    public void exportCsv() {
        Optional<AuditQuery> query = query();
        if (query.isEmpty() || !allowed.get()) {
            return;
        }
        Optional<Path> file = workspace.dialogs().chooseCsvToSave("audit-trail-" + LocalDate.now() + ".csv");
        if (file.isEmpty()) {
            return;
        }
        Optional<Disclosure> disclosure = workspace.dialogs().askDisclosure("Exporting the audit trail");
        if (disclosure.isEmpty()) {
            return;
        }
        AccessService access = access();
        busy.set(true);
        workspace.runner().run(() -> {
            List<AuditEntry> entries = access.exportAudit(query.get(), disclosure.get());
            String csv = TableExport.csv(COLUMNS, rows(entries).stream().map(AuditRow::cells).toList());
            new DatasetWriter().writeText(csv, file.get());
            return entries.size();
        }, count -> {
            busy.set(false);
            workspace.say("Exported " + count + (count == 1 ? " audit entry" : " audit entries") + " to "
                    + file.get());
        }, error -> {
            busy.set(false);
            workspace.dialogs().showError("Nothing was exported", RoleWords.of(error));
        });
    }

    private List<AuditRow> rows(List<AuditEntry> entries) {
        Caseload caseload = workspace.snapshot() == null ? null : workspace.snapshot().caseload();
        return entries.stream().map(entry -> new AuditRow(entry.seq(), Formats.utcTime(entry.at()), entry.user(),
                categoryWords(entry.category()), entry.action(), outcomeWords(entry.outcome()),
                uk.police.soc.caseload.presentation.AuditWords.records(entry.records(), caseload), text(entry.detail()), text(entry.justification()),
                text(entry.recipient()))).toList();
    }

    private static String categoryWords(String code) {
        try {
            return AuditCategory.fromCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String outcomeWords(String outcome) {
        return switch (outcome) {
            case "done" -> "Done";
            case "refused" -> "Refused";
            case "failed" -> "Failed";
            default -> outcome;
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
