package uk.police.soc.caseload.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.scenario.CaseloadChange;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.AddTrainingRecord;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.ArchiveThreat;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.DeactivateOfficer;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.OfficerUnavailable;
import uk.police.soc.caseload.domain.scenario.CaseloadChange.SetPolicy;
import uk.police.soc.caseload.domain.scenario.PolicyPatch;

/**
 * Writes a scenario's changes as the file {@link ChangesReader} reads: how a saved scenario is stored, and what
 * {@code what-if --changes} takes. Records are written exactly as a dataset export writes them.
 */
public final class ChangesWriter {

    public String toJson(List<CaseloadChange> changes) {
        ObjectNode root = DatasetJson.mapper().createObjectNode();
        ArrayNode list = root.putArray("changes");
        for (CaseloadChange change : changes) {
            ObjectNode node = list.addObject();
            node.put("op", change.op());
            if (change instanceof AddOfficer add) {
                node.set("officer", DatasetWriter.officer(add.officer()));
            } else if (change instanceof AddTrainingRecord add) {
                node.set("record", DatasetWriter.trainingRecord(add.record()));
            } else if (change instanceof OfficerUnavailable absence) {
                node.put("officerId", absence.officerId());
                node.put("from", String.valueOf(absence.from()));
                node.put("until", String.valueOf(absence.until()));
            } else if (change instanceof DeactivateOfficer deactivate) {
                node.put("officerId", deactivate.officerId());
            } else if (change instanceof AddThreat add) {
                node.set("threat", DatasetWriter.threat(add.threat()));
            } else if (change instanceof ArchiveThreat archive) {
                node.put("threatId", archive.threatId());
            } else if (change instanceof SetPolicy set) {
                node.set("policy", patch(set.policy()));
            }
        }
        try {
            return DatasetJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The settings given only, each written as an export writes the policy. */
    private static ObjectNode patch(PolicyPatch patch) {
        ObjectNode all = DatasetWriter.policy(patch.applyTo(Policy.DEFAULTS));
        ObjectNode given = DatasetJson.mapper().createObjectNode();
        patch.fieldsGiven().forEach(field -> given.set(field, all.get(field)));
        return given;
    }
}
