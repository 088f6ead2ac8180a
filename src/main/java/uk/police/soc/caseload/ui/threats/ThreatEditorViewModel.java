package uk.police.soc.caseload.ui.threats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.police.soc.caseload.domain.AllocationReason;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.Category;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Threat;
import uk.police.soc.caseload.domain.ThreatStatus;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.DateInput;
import uk.police.soc.caseload.ui.FormErrors;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.RecordEditorViewModel;

/** The create and edit form of a threat. */
public class ThreatEditorViewModel extends RecordEditorViewModel<Threat> {

    /**
     * Why the LRO changes, when the edit changes it: the allocation history keeps it (evidence.md "a manual move
     * asks for a reason and an optional rationale").
     */
    private static final class MoveWhy {
        private final ObjectProperty<AllocationReason> reason = new SimpleObjectProperty<>();
        private final StringProperty rationale = new SimpleStringProperty("");
    }

    private static RecordKind<Threat> kind(MoveWhy why) {
        return new RecordKind<>("threat", "threats", Threat::id, Caseload::threats, Caseload::withThreats,
                (service, threat, basedOn) -> service.saveThreat(threat, basedOn, why.reason.get(),
                        FormErrors.blankToNull(why.rationale.get())));
    }

    private final MoveWhy why;
    private final String storedOfficerId;
    private final BooleanBinding officerChanged;

    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> priority = new SimpleObjectProperty<>(3);
    private final StringProperty band = new SimpleStringProperty("");
    private final StringProperty riskScore = new SimpleStringProperty("");
    private final StringProperty workloadPoints = new SimpleStringProperty("");
    private final StringProperty minSkillLevel = new SimpleStringProperty("");
    private final StringProperty minPipLevel = new SimpleStringProperty("");
    private final StringProperty area = new SimpleStringProperty("");
    private final ObjectProperty<String> officerId = new SimpleObjectProperty<>();
    private final BooleanProperty pinned = new SimpleBooleanProperty(false);
    private final StringProperty excludedOfficerIds = new SimpleStringProperty("");
    private final ObjectProperty<ThreatStatus> status = new SimpleObjectProperty<>(ThreatStatus.ACTIVE);
    private final DateInput adoptedOn = new DateInput();
    private final DateInput nextReviewDue = new DateInput();

    /** A form for a new threat. */
    public ThreatEditorViewModel(CaseloadService service, Caseload caseload) {
        this(service, caseload, new MoveWhy());
    }

    private ThreatEditorViewModel(CaseloadService service, Caseload caseload, MoveWhy why) {
        super(service, caseload, true, kind(why));
        this.why = why;
        this.storedOfficerId = null;
        this.officerChanged = Bindings.createBooleanBinding(() -> false);
        if (!caseload.categories().isEmpty()) {
            category.set(caseload.categories().get(0).code());
        }
        adoptedOn.set(caseload.asOf());
    }

    /** A form filled with an existing threat. */
    public ThreatEditorViewModel(CaseloadService service, Caseload caseload, Threat threat) {
        this(service, caseload, threat, new MoveWhy());
    }

    private ThreatEditorViewModel(CaseloadService service, Caseload caseload, Threat threat, MoveWhy why) {
        super(service, caseload, false, kind(why));
        this.why = why;
        this.storedOfficerId = threat.officerId();
        this.officerChanged = Bindings.createBooleanBinding(
                () -> !java.util.Objects.equals(officerId.get(), storedOfficerId), officerId);
        idProperty().set(threat.id());
        nameProperty().set(FormErrors.text(threat.name()));
        category.set(threat.category());
        priority.set(threat.priority());
        band.set(FormErrors.text(threat.band()));
        riskScore.set(FormErrors.text(threat.riskScore()));
        workloadPoints.set(FormErrors.text(threat.workloadPoints()));
        minSkillLevel.set(threat.minSkillLevel() == null ? "" : threat.minSkillLevel().toString());
        minPipLevel.set(threat.minPipLevel() == null ? "" : threat.minPipLevel().toString());
        area.set(FormErrors.text(threat.area()));
        officerId.set(threat.officerId());
        pinned.set(threat.pinned());
        excludedOfficerIds.set(String.join(", ", threat.excludedOfficerIds()));
        status.set(threat.status());
        adoptedOn.set(threat.adoptedOn());
        nextReviewDue.set(threat.nextReviewDue());
    }

    /** A category as the picker shows it: its name, with the code beside it. */
    public String categoryLabel(String code) {
        String name = Formats.category(caseload(), code);
        return code == null ? "" : name.equals(code) ? code : name + " (" + code + ")";
    }

    public List<String> categoryCodes() {
        return caseload().categories().stream().map(Category::code).toList();
    }

    /**
     * Officer ids to choose the LRO from; null first for "no LRO". For a threat already in the register, those
     * who may lead it come first, least loaded after taking it first, then those who fail a rule, then those who
     * have left the unit; {@link #officerLabel} says each one's load % before → after or the rule they fail.
     */
    public List<String> officerChoices() {
        List<String> ids = new ArrayList<>();
        ids.add(null);
        choiceLabels().keySet().forEach(ids::add);
        caseload().officers().stream().map(Officer::id).filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    @Override
    public String officerLabel(String officerId) {
        String label = officerId == null ? null : choiceLabels().get(officerId);
        return label == null ? super.officerLabel(officerId) : label;
    }

    private java.util.Map<String, String> choiceLabels;

    /** The board's "Move to…" lines for the threat as stored, in their order; empty for a new threat. */
    private java.util.Map<String, String> choiceLabels() {
        if (choiceLabels == null) {
            choiceLabels = new java.util.LinkedHashMap<>();
            java.util.Optional<Threat> stored = isCreating() ? java.util.Optional.empty()
                    : caseload().threat(idProperty().get());
            stored.filter(Threat::isActive).ifPresent(threat -> uk.police.soc.caseload.ui.board.AllocationBoardViewModel
                    .moveChoices(new uk.police.soc.caseload.domain.CaseloadAssessment(caseload()), threat, true)
                    .forEach(choice -> choiceLabels.put(choice.officerId(), choice.text())));
        }
        return choiceLabels;
    }

    @Override
    protected Threat toRecord() {
        FormErrors errors = errors();
        String idValue = errors.required("id", idProperty().get());
        String nameValue = errors.required("name", nameProperty().get());
        if (category.get() == null) {
            errors.add("category", "required");
        }
        if (priority.get() == null) {
            errors.add("priority", "required");
        }
        errors.requireInRange("priority", priority.get(), 1, 4, "must be 1 to 4");
        Double risk = errors.optionalNumber("riskScore", riskScore.get());
        errors.requireInRange("riskScore", risk, 0, Double.MAX_VALUE, "must be 0 or more");
        Double points = errors.optionalNumber("workloadPoints", workloadPoints.get());
        if (points != null && points <= 0) {
            errors.add("workloadPoints", "must be more than 0 (leave empty for the policy's points)");
        }
        Integer skill = errors.optionalInteger("minSkillLevel", minSkillLevel.get());
        errors.requireInRange("minSkillLevel", skill, 0, 3, "must be 0 to 3");
        Integer pip = errors.optionalInteger("minPipLevel", minPipLevel.get());
        errors.requireInRange("minPipLevel", pip, 0, 4, "must be 0 to 4");
        LocalDate adopted = adoptedOn.read(errors, "adoptedOn");
        LocalDate review = nextReviewDue.read(errors, "nextReviewDue");
        if (pinned.get() && officerId.get() == null) {
            errors.add("pinned", "a pinned threat needs an LRO");
        }
        if (officerChanged.get() && why.reason.get() == null) {
            errors.add("moveReason", "say why the LRO changes: the allocation history keeps the reason");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<String> excluded = Arrays.stream(excludedOfficerIds.get().split("[,\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Threat(idValue, nameValue, category.get(), priority.get(), FormErrors.blankToNull(band.get()), risk, points,
                skill, pip, FormErrors.blankToNull(area.get()), officerId.get(), pinned.get(), excluded, status.get(),
                adopted, review);
    }

    /** True when the form gives the threat another LRO than it has: the reason is then required. */
    public BooleanBinding officerChangedProperty() {
        return officerChanged;
    }

    /** The reasons a person may give for a move (not the planner's or an import's). */
    public List<AllocationReason> moveReasons() {
        return AllocationReason.MANUAL;
    }

    public ObjectProperty<AllocationReason> moveReasonProperty() {
        return why.reason;
    }

    public StringProperty moveRationaleProperty() {
        return why.rationale;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<Integer> priorityProperty() {
        return priority;
    }

    public StringProperty bandProperty() {
        return band;
    }

    public StringProperty riskScoreProperty() {
        return riskScore;
    }

    public StringProperty workloadPointsProperty() {
        return workloadPoints;
    }

    public StringProperty minSkillLevelProperty() {
        return minSkillLevel;
    }

    public StringProperty minPipLevelProperty() {
        return minPipLevel;
    }

    public StringProperty areaProperty() {
        return area;
    }

    public ObjectProperty<String> officerIdProperty() {
        return officerId;
    }

    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public StringProperty excludedOfficerIdsProperty() {
        return excludedOfficerIds;
    }

    public ObjectProperty<ThreatStatus> statusProperty() {
        return status;
    }

    public DateInput adoptedOn() {
        return adoptedOn;
    }

    public DateInput nextReviewDue() {
        return nextReviewDue;
    }
}
