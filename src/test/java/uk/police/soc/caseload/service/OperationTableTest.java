package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.police.soc.caseload.domain.access.Operation;
import uk.police.soc.caseload.domain.access.Role;

/**
 * The role × operation table as access.md writes it, typed out here independently of {@link Operation}, so
 * that a wrong role in the enum fails a test rather than passing the table test that uses it.
 */
class OperationTableTest {

    @Test
    void theRolesEachOperationNeedsAreThoseOfAccessMd() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                
                Map.entry("SIGN_IN", "any"), Map.entry("SIGN_IN_FAILED", "any"), Map.entry("SIGN_OUT", "any"),
                Map.entry("LOCK", "any"), Map.entry("UNLOCK", "any"),
                Map.entry("IMPORT", "manager"), Map.entry("IMPORT_REPLACE", "admin"), Map.entry("RESTORE", "admin"),
                Map.entry("THREAT_CREATE", "manager"), Map.entry("OFFICER_CREATE", "manager"),
                Map.entry("COURSE_CREATE", "trainer"), Map.entry("TRAINING_RECORD_CREATE", "trainer"),
                Map.entry("TRAINING_RECORD_IMPORT", "trainer"), Map.entry("USERS_ADD", "admin"),
                Map.entry("THREAT_EDIT", "manager"), Map.entry("THREAT_ARCHIVE", "manager"),
                Map.entry("THREAT_MOVE", "manager"), Map.entry("THREAT_PIN", "manager"),
                Map.entry("THREAT_UNPIN", "manager"), Map.entry("PLAN_ACCEPT", "manager"),
                Map.entry("OFFICER_EDIT", "manager"), Map.entry("OFFICER_AVAILABILITY", "manager,supervisor"),
                Map.entry("OFFICER_MENTOR", "manager,trainer"), Map.entry("POLICY_CHANGE", "manager"),
                Map.entry("COURSE_EDIT", "trainer"), Map.entry("TRAINING_RECORD_EDIT", "trainer"),
                Map.entry("USERS_SET_ROLES", "admin"), Map.entry("USERS_DISABLE", "admin"),
                Map.entry("USERS_ENABLE", "admin"), Map.entry("USERS_RESET_PASSWORD", "admin"),
                Map.entry("USERS_CHANGE_PASSWORD", "any"), Map.entry("ENCRYPT", "admin"),
                Map.entry("DECRYPT", "admin"), Map.entry("SETTING_CHANGE", "admin"),
                Map.entry("COURSE_DELETE", "trainer"), Map.entry("TRAINING_RECORD_DELETE", "trainer"),
                Map.entry("IMPORT_ERASE", "admin"), Map.entry("READ", "any"), Map.entry("SUMMARY", "any"),
                Map.entry("EXPLAIN", "any"), Map.entry("RECOMMEND", "any"), Map.entry("TRAINING_REPORT", "any"),
                Map.entry("OFFICER_VIEW", "any"), Map.entry("THREAT_VIEW", "any"), Map.entry("USERS_LIST", "admin"),
                Map.entry("AUDIT", "admin"), Map.entry("AUDIT_VERIFY", "admin"), Map.entry("SOLVE", "any"),
                Map.entry("EXPORT", "manager"), Map.entry("REPORT", "manager,supervisor"),
                Map.entry("BACKUP", "admin"), Map.entry("BACKUP_ROLLING", "any"), Map.entry("COPY", "admin"),
                Map.entry("TRAINING_MATRIX_EXPORT", "trainer"), Map.entry("AUDIT_EXPORT", "admin"),
                Map.entry("TABLE_EXPORT", "manager,supervisor,trainer"),
                Map.entry("SCENARIO_SAVE", "manager"), Map.entry("SCENARIO_DELETE", "manager"),
                Map.entry("RESILIENCE", "any"), Map.entry("WHAT_IF", "any"),
                // "supervisor: record 4P plan reviews …; manager and supervisor may edit any 4P plan"; an account
                // linked to the threat's LRO may edit its actions too (RoleOperationTableTest checks that)
                Map.entry("PLAN_EDIT", "manager,supervisor"), Map.entry("PLAN_REVIEW", "manager,supervisor"),
                // "trainer: … mentoring pairs and sessions"
                Map.entry("MENTORING_SESSION_CREATE", "trainer"), Map.entry("MENTORING_SESSION_EDIT", "trainer"),
                Map.entry("MENTORING_SESSION_DELETE", "trainer"),
                // "every --db reading command (… history, trend, plan-health …)"
                Map.entry("HISTORY", "any"), Map.entry("TREND", "any"), Map.entry("PLAN_HEALTH", "any")));
        Map<String, String> actual = Arrays.stream(Operation.values()).collect(Collectors.toMap(Enum::name,
                o -> o.requiredRoles().isEmpty() ? "any" : Role.codes(o.requiredRoles()), (a, b) -> a, TreeMap::new));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyActionIsOneWordOfTheVocabularyAndEveryCategoryOfS62() {
        for (Operation operation : Operation.values()) {
            assertThat(operation.action()).matches("[a-z-]+(\\.[a-z-]+)?");
        }
        assertThat(Arrays.stream(Operation.values()).map(o -> o.category().code()).distinct())
                .containsExactlyInAnyOrder("collection", "alteration", "consultation", "disclosure", "combination",
                        "erasure", "access");
    }
}
