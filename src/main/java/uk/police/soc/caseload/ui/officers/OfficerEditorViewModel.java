package uk.police.soc.caseload.ui.officers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.police.soc.caseload.domain.Absence;
import uk.police.soc.caseload.domain.Caseload;
import uk.police.soc.caseload.domain.CaseloadAssessment;
import uk.police.soc.caseload.domain.Officer;
import uk.police.soc.caseload.domain.Reduction;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.ui.FormErrors;
import uk.police.soc.caseload.ui.Formats;
import uk.police.soc.caseload.ui.RecordEditorViewModel;

/**
 * The create and edit form of an officer. Skills, reductions and absences are edited as short text, one
 * entry a line, so the form stays a single page: {@code DRUGS 3}, {@code 30 | Supervisory duties | from |
 * until}, {@code 01/03/2022 | 31/05/2022 | reason} (dates in the force's format).
 */
public class OfficerEditorViewModel extends RecordEditorViewModel<Officer> {

    private static final RecordKind<Officer> KIND = new RecordKind<>("officer", "officers", Officer::id,
            Caseload::officers, Caseload::withOfficers, (service, officer, basedOn) -> service.saveOfficer(officer, basedOn));

    private final StringProperty rank = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty area = new SimpleStringProperty("");
    private final StringProperty weeklyHours = new SimpleStringProperty("");
    private final ObjectProperty<Integer> pipLevel = new SimpleObjectProperty<>(0);
    private final StringProperty skills = new SimpleStringProperty("");
    private final ObjectProperty<String> mentorId = new SimpleObjectProperty<>();
    private final StringProperty reductions = new SimpleStringProperty("");
    private final StringProperty absences = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    public OfficerEditorViewModel(CaseloadService service, Caseload caseload) {
        super(service, caseload, true, KIND);
    }

    public OfficerEditorViewModel(CaseloadService service, Caseload caseload, Officer officer) {
        super(service, caseload, false, KIND);
        idProperty().set(officer.id());
        nameProperty().set(FormErrors.text(officer.name()));
        rank.set(FormErrors.text(officer.rank()));
        unit.set(FormErrors.text(officer.unit()));
        area.set(FormErrors.text(officer.area()));
        weeklyHours.set(officer.weeklyHours() == null ? "" : FormErrors.text(officer.weeklyHours()));
        pipLevel.set(officer.pipLevel());
        skills.set(officer.skills().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n")));
        mentorId.set(officer.mentorId());
        reductions.set(officer.reductions().stream()
                .map(r -> FormErrors.text(r.percent()) + " | " + r.reason() + " | " + Formats.date(r.from()) + " | " + Formats.date(r.until()))
                .collect(Collectors.joining("\n")));
        absences.set(officer.absences().stream()
                .map(a -> Formats.date(a.from()) + " | " + Formats.date(a.until()) + " | " + FormErrors.text(a.reason()))
                .collect(Collectors.joining("\n")));
        active.set(officer.active());
    }

    /** Officer ids to pick the mentor from; null first for "no mentor". */
    public List<String> mentorChoices() {
        List<String> ids = new ArrayList<>();
        ids.add(null);
        // Accredited LROs first: only they make a mentee a mentored trainee.
        CaseloadAssessment assessment = assessment();
        caseload().officers().stream().map(Officer::id).filter(o -> !o.equals(idProperty().get()))
                .sorted(java.util.Comparator.comparing((String o) -> !assessment.isAccredited(o)))
                .forEach(ids::add);
        return ids;
    }

    /** A mentor choice with their load % and accreditation, so the picker shows who could mentor. */
    @Override
    public String officerLabel(String officerId) {
        return officerId == null ? super.officerLabel(null) : caseload().officer(officerId)
                .map(o -> uk.police.soc.caseload.ui.OfficerStanding.asMentor(assessment(), o))
                .orElse(super.officerLabel(officerId));
    }

    private CaseloadAssessment assessment;

    private CaseloadAssessment assessment() {
        if (assessment == null) {
            assessment = new CaseloadAssessment(caseload());
        }
        return assessment;
    }

    @Override
    protected Officer toRecord() {
        String idValue = errors().required("id", idProperty().get());
        String nameValue = errors().required("name", nameProperty().get());
        Double hours = errors().optionalNumber("weeklyHours", weeklyHours.get());
        if (hours != null && (hours <= 0 || hours > 60)) {
            errors().add("weeklyHours", "must be more than 0 and at most 60 (empty: the standard week)");
        }
        errors().requireInRange("pipLevel", pipLevel.get(), 0, 4, "must be 0 to 4");
        Map<String, Integer> skillMap = parseSkills();
        List<Reduction> reductionList = parseReductions();
        List<Absence> absenceList = parseAbsences();
        if (!errors().isEmpty()) {
            return null;
        }
        return new Officer(idValue, nameValue, FormErrors.blankToNull(rank.get()), FormErrors.blankToNull(unit.get()), FormErrors.blankToNull(area.get()),
                hours, pipLevel.get() == null ? 0 : pipLevel.get(), skillMap, mentorId.get(), reductionList, absenceList,
                active.get());
    }

    private Map<String, Integer> parseSkills() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String line : lines(skills.get())) {
            String[] parts = line.split("[\\s:=]+");
            Integer level = parts.length == 2 ? errors().optionalInteger("skills", parts[1]) : null;
            if (parts.length != 2 || level == null) {
                errors().add("skills", "\"" + line + "\" should read CATEGORY LEVEL, e.g. DRUGS 2");
            } else if (level < 0 || level > 3) {
                errors().add("skills", parts[0] + ": level must be 0 to 3");
            } else {
                map.put(parts[0].toUpperCase(), level);
            }
        }
        return map;
    }

    private List<Reduction> parseReductions() {
        List<Reduction> list = new ArrayList<>();
        for (String line : lines(reductions.get())) {
            String[] parts = split(line, 4);
            Double percent = errors().optionalNumber("reductions", parts[0]);
            if (percent == null || percent <= 0 || percent > 100 || parts[1].isBlank()) {
                errors().add("reductions", "\"" + line + "\" should read PERCENT | REASON | FROM | UNTIL, "
                        + "percent above 0 and at most 100, dates optional");
                continue;
            }
            LocalDate from = errors().optionalDate("reductions", parts[2]);
            LocalDate until = errors().optionalDate("reductions", parts[3]);
            if (from != null && until != null && from.isAfter(until)) {
                errors().add("reductions", "\"" + line + "\": from is after until");
            }
            list.add(new Reduction(parts[1].trim(), percent, from, until));
        }
        return list;
    }

    private List<Absence> parseAbsences() {
        List<Absence> list = new ArrayList<>();
        for (String line : lines(absences.get())) {
            String[] parts = split(line, 3);
            LocalDate from = errors().optionalDate("absences", parts[0]);
            LocalDate until = errors().optionalDate("absences", parts[1]);
            if (from == null || until == null) {
                errors().add("absences", "\"" + line + "\" should read FROM | UNTIL | REASON with both dates");
            } else if (from.isAfter(until)) {
                errors().add("absences", "\"" + line + "\": from is after until");
            } else {
                list.add(new Absence(from, until, FormErrors.blankToNull(parts[2])));
            }
        }
        return list;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String[] split(String line, int fields) {
        String[] parts = line.split("\\|", -1);
        String[] padded = new String[fields];
        for (int i = 0; i < fields; i++) {
            padded[i] = i < parts.length ? parts[i].trim() : "";
        }
        return padded;
    }

    public StringProperty rankProperty() {
        return rank;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty areaProperty() {
        return area;
    }

    public StringProperty weeklyHoursProperty() {
        return weeklyHours;
    }

    public ObjectProperty<Integer> pipLevelProperty() {
        return pipLevel;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public ObjectProperty<String> mentorIdProperty() {
        return mentorId;
    }

    public StringProperty reductionsProperty() {
        return reductions;
    }

    public StringProperty absencesProperty() {
        return absences;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
