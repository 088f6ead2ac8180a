package uk.police.soc.caseload.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.soc.caseload.domain.access.AuditCategory;
import uk.police.soc.caseload.domain.access.AuditEntry;
import uk.police.soc.caseload.domain.access.Disclosure;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.SignInStores;
import uk.police.soc.caseload.ui.BackgroundRunner;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.RecordingDialogService;
import uk.police.soc.caseload.ui.Screen;
import uk.police.soc.caseload.ui.WorkspaceViewModel;
import uk.police.soc.caseload.ui.access.AuditViewModel.AuditRow;

/** The Audit trail screen: filters narrow the rows, the export is a recorded disclosure, a tampered chain is found. */
class AuditViewModelTest {

    @TempDir
    Path folder;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private CaseloadService service;
    private WorkspaceViewModel workspace;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    private AuditViewModel screenAs(Path db, String user) {
        service = SignInStores.signedIn(db, user);
        workspace = new WorkspaceViewModel(service, "test", BackgroundRunner.SYNCHRONOUS, dialogs, p -> service);
        workspace.refresh();
        AuditViewModel audit = new AuditViewModel(workspace);
        workspace.screenProperty().set(Screen.AUDIT);
        return audit;
    }

    @Test
    void everyFilterNarrowsTheRowsToWhatItNames() {
        Path db = SignInStores.create(folder.resolve("filters"));
        AuditViewModel audit = screenAs(db, "admin");
        int all = audit.rows().size();
        assertThat(all).isGreaterThan(5);
        assertThat(audit.rows()).extracting(AuditRow::user).contains("root").anyMatch(u -> u.startsWith("os:"));

        audit.userProperty().set("root");
        audit.load();
        assertThat(audit.rows()).isNotEmpty().hasSizeLessThan(all).allSatisfy(r -> assertThat(r.user()).isEqualTo("root"));

        audit.userProperty().set("");
        audit.recordProperty().set("trainer");
        audit.load();
        assertThat(audit.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.records()).contains("trainer"));
        assertThat(audit.rows()).extracting(AuditRow::operation).contains("users.add");

        audit.recordProperty().set("");
        audit.categoryProperty().set(AuditCategory.COLLECTION);
        audit.load();
        assertThat(audit.rows()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(r -> assertThat(r.category()).isEqualTo("Collection"));

        audit.categoryProperty().set(null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        audit.from().set(today.plusDays(1));
        audit.load();
        assertThat(audit.rows()).isEmpty();
        assertThat(audit.summaryProperty().get()).startsWith("0 entries");

        audit.from().set(today);
        audit.to().set(today);
        audit.load();
        assertThat(audit.rows()).hasSizeGreaterThanOrEqualTo(all);
        assertThat(audit.rows().get(0).time()).startsWith(Formats.date(today));
    }

    @Test
    void aDateThatIsNotADateIsSaidAndNothingIsRead() {
        Path db = SignInStores.create(folder.resolve("typo"));
        AuditViewModel audit = screenAs(db, "admin");
        long entries = SignInStores.trail(db).size();
        audit.from().textProperty().set("31/02/2026x");
        audit.load();
        assertThat(audit.summaryProperty().get()).startsWith("From: ");
        assertThat(SignInStores.trail(db)).hasSize((int) entries);
    }

    @Test
    void theExportIsRecordedAsADisclosureAndItsFormulaCellsAreNeutralised() throws Exception {
        Path db = SignInStores.create(folder.resolve("export"));
        AuditViewModel audit = screenAs(db, "admin");
        // A justification typed into an earlier export that a spreadsheet would run as a formula.
        try (CaseloadService root = SignInStores.signedIn(db, SignInStores.ROOT)) {
            root.access().recordDisclosure(Operation.TABLE_EXPORT, new Disclosure("=HYPERLINK(\"http://x\")",
                    "@Head of SOC"), null, "a table");
        }
        dialogs.fileToSave = folder.resolve("audit.csv");
        dialogs.disclosure = new Disclosure("annual audit", "Data protection officer");
        audit.load();

        audit.exportCsv();

        List<String> lines = Files.readAllLines(dialogs.fileToSave);
        assertThat(lines.get(0)).isEqualTo(String.join(",", AuditViewModel.COLUMNS));
        String csv = String.join("\n", lines);
        assertThat(csv).contains("'=HYPERLINK").contains("'@Head of SOC").doesNotContain(",=HYPERLINK");
        AuditEntry export = SignInStores.trail(db).stream().filter(e -> e.action().equals("audit.export"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(export.user()).isEqualTo("admin");
        assertThat(export.category()).isEqualTo("disclosure");
        assertThat(export.justification()).isEqualTo("annual audit");
        assertThat(export.recipient()).isEqualTo("Data protection officer");
    }

    @Test
    void verifyingFindsAnEntryEditedBehindThePlannersBack() {
        Path db = SignInStores.create(folder.resolve("tampered"));
        AuditViewModel audit = screenAs(db, "admin");
        audit.verify();
        assertThat(audit.chainBrokenProperty().get()).isFalse();
        assertThat(audit.verificationProperty().get()).contains("The chain holds");

        SignInStores.database(db).inTransaction(c -> {
            try (var update = c.prepareStatement("UPDATE audit_entry SET detail = ? WHERE seq = ?")) {
                update.setString(1, "nothing to see here");
                update.setLong(2, 3);
                return update.executeUpdate();
            }
        });
        audit.verify();

        assertThat(audit.chainBrokenProperty().get()).isTrue();
        assertThat(audit.verificationProperty().get()).contains("broken at entry 3");
    }

    @Test
    void anotherRoleIsToldTheScreenNeedsTheAdministratorRoleAndReadsNothing() {
        Path db = SignInStores.create(folder.resolve("viewer"));
        AuditViewModel audit = screenAs(db, "viewer");
        assertThat(audit.allowedProperty().get()).isFalse();
        assertThat(audit.refusalProperty().get()).contains("needs the admin role").contains("viewer");
        assertThat(audit.rows()).isEmpty();
        dialogs.fileToSave = folder.resolve("not-written.csv");
        audit.exportCsv();
        assertThat(dialogs.fileToSave).doesNotExist();
        assertThat(SignInStores.trail(db)).filteredOn(e -> e.user().equals("viewer"))
                .extracting(AuditEntry::action).doesNotContain("audit", "audit.export");
    }

    @Test
    void anExportWithoutItsReasonsIsRefusedWithEveryMissingPartNamedAndWritesNothing() {
        Path db = SignInStores.create(folder.resolve("no-reason"));
        AuditViewModel audit = screenAs(db, "admin");
        dialogs.fileToSave = folder.resolve("refused.csv");
        dialogs.disclosure = new Disclosure("", " ");

        audit.exportCsv();

        assertThat(dialogs.errors).singleElement().asString().contains("needs a justification")
                .contains("needs a recipient");
        assertThat(dialogs.fileToSave).doesNotExist();
        assertThat(SignInStores.trail(db)).extracting(AuditEntry::action).doesNotContain("audit.export");
    }
}
