package uk.police.soc.caseload.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Problem;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.StaleRecordException;
import uk.police.soc.caseload.service.StoreConnectionLostException;

/**
 * What the officer and threat forms share: {@link #save()} checks the edit as an import would (the validator on
 * the caseload with the edit applied), then hands it to the service, which checks again; problems land by field
 * in {@link #errors()}.
 *
 * @param <T> the edited record
 */
public abstract class RecordEditorViewModel<T> {

    /**
     * Where the edited kind of record lives and how it is stored.
     *
     * @param noun the record in words, for the title ("officer")
     * @param list the caseload's list of such records, as problem paths name it ("officers")
     */
    public record RecordKind<T>(String noun, String list, Function<T, String> id,
            Function<Caseload, List<T>> records, BiFunction<Caseload, List<T>, Caseload> withRecords,
            Save<T> save) {
    }

    /** Saves an edited record made from what the desk read (the service refuses it when that is stale). */
    @FunctionalInterface
    public interface Save<T> {
        void save(CaseloadService service, T record, Caseload basedOn);
    }

    private final CaseloadService service;
    private Caseload caseload;
    private final boolean creating;
    private final RecordKind<T> kind;

    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");

    protected RecordEditorViewModel(CaseloadService service, Caseload caseload, boolean creating,
            RecordKind<T> kind) {
        this.service = service;
        this.caseload = caseload;
        this.creating = creating;
        this.kind = kind;
    }

    /** The record from the form, or null with {@link #errors()} filled when the form does not make one. */
    protected abstract T toRecord();

    protected Caseload caseload() {
        return caseload;
    }

    public boolean isCreating() {
        return creating;
    }

    public String title() {
        return creating ? "New " + kind.noun() : "Edit " + kind.noun() + " " + id.get();
    }

    /** Builds the record, checks it, and saves it; false (with {@link #errors()} filled) when it cannot. */
    public boolean save() {
        errors.clear();
        T record = toRecord();
        if (!errors.isEmpty()) {
            return false;
        }
        String recordId = kind.id().apply(record);
        List<T> stored = kind.records().apply(caseload);
        if (creating && stored.stream().anyMatch(r -> kind.id().apply(r).equals(recordId))) {
            errors.add("id", article(kind.noun()) + " " + kind.noun() + " with this id already exists");
            return false;
        }
        List<T> edited = new ArrayList<>(stored);
        edited.removeIf(r -> kind.id().apply(r).equals(recordId));
        edited.add(record);
        List<Problem> problems = FormErrors.newProblems(caseload, kind.withRecords().apply(caseload, edited));
        if (!problems.isEmpty()) {
            errors.addAll(problems, kind.list(), recordId);
            return false;
        }
        try {
            kind.save().save(service, record, caseload);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.problems(), kind.list(), recordId);
            return false;
        } catch (StaleRecordException stale) {
            // Another desk saved it first: say who and when, keep the form as the user filled it, and take the
            // store as it is now as the base, so that Save again applies this edit over theirs knowingly.
            conflict.set(stale.conflicts().stream().map(StaleRecordException.Conflict::describe)
                    .collect(Collectors.joining("; ")) + ". Nothing was saved; your edit is still here. Check what"
                    + " changed (close and reopen to see it), or press Save again to save your version over it.");
            errors.general().add(conflict.get());
            caseload = service.load(caseload.asOf());
            return false;
        } catch (StoreConnectionLostException lost) {
            errors.general().add("Not saved: the connection to the store was lost. Your edit is still here;"
                    + " press Save again once the desk has reconnected.");
            return false;
        }
        conflict.set("");
        return true;
    }

    /**
     * Why the last save was refused because another desk changed the record meanwhile, in words; empty when
     * it was not.
     */
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /**
     * Tells an open editor that the store changed underneath it (a newer caseload from another desk): when the
     * record it edits is no longer as it was read, it says so, before the user presses Save.
     */
    public void storeChanged(Caseload now) {
        if (creating) {
            return;
        }
        String recordId = id.get();
        java.util.Optional<T> then = kind.records().apply(caseload).stream()
                .filter(r -> kind.id().apply(r).equals(recordId)).findFirst();
        java.util.Optional<T> current = kind.records().apply(now).stream()
                .filter(r -> kind.id().apply(r).equals(recordId)).findFirst();
        if (!then.equals(current) && conflict.get().isEmpty()) {
            conflict.set("This " + kind.noun() + " was " + (current.isEmpty() ? "deleted" : "changed")
                    + " at another desk while you were editing. Save will tell you who changed it and keep your"
                    + " edit; close and reopen to see their version.");
            errors.general().add(conflict.get());
        }
    }

    /** How an officer choice reads in the form's lists; null stands for none. */
    public String officerLabel(String officerId) {
        if (officerId == null) {
            return "— none —";
        }
        return caseload.officer(officerId).map(uk.police.soc.caseload.presentation.Names::officer).orElse(officerId);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    public FormErrors errors() {
        return errors;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }
}
