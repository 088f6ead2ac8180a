package uk.police.soc.caseload.presentation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.police.soc.caseload.domain.EligibilityRule;
import uk.police.soc.caseload.solver.ThreatExplainer.Explanation;
import uk.police.soc.caseload.solver.ThreatExplainer.LoadBreakdown;

/** Why a threat is where it is, in sentences a SOC manager can read: the `explain` command and the app. */
public final class Explanations {

    /** Who reads the sentences: where they find the ranking of the other officers, and whether rule codes show. */
    public enum Surface {
        /** The {@code explain} command: the ranking is another command; the rules in words only. */
        COMMAND_LINE("; `recommend` ranks them.", false),
        /** The app's Planning screen: the ranking is the list below the explanation; the rules in words only. */
        APP("; they are ranked below.", false),
        /**
         * The {@code sentences} of {@code explain --json}, as they have always read: each rule followed by its code
         * in brackets ({@code [notAccredited]}), for scripts that look for the codes.
         */
        JSON("; `recommend` ranks them.", true);

        private final String rankingPointer;
        private final boolean ruleCodes;

        Surface(String rankingPointer, boolean ruleCodes) {
            this.rankingPointer = rankingPointer;
            this.ruleCodes = ruleCodes;
        }
    }

    private Explanations() {
    }

    public static List<String> sentences(Explanation explanation, Surface surface) {
        List<String> sentences = new ArrayList<>();
        // People read the threat by name with its id; the --json sentences keep the id alone, as they always have.
        String id = surface == Surface.JSON ? explanation.threat().id() : Names.threat(explanation.threat());
        String who = explanation.officer() == null ? null : Names.officer(explanation.officer());
        int eligible = explanation.eligibleOfficerIds().size();
        switch (explanation.situation()) {
            case ARCHIVED -> sentences.add(id + " is archived: it is not planned and does not count toward anyone's load.");
            case UNCOVERABLE -> {
                sentences.add(id + " is uncoverable: no officer meets every rule to lead it"
                        + (who == null ? ", and it has no LRO." : ", so it stays with " + who + "."));
                if (!explanation.rulesNoOfficerMeets().isEmpty()) {
                    sentences.add("Every officer " + rules(explanation.rulesNoOfficerMeets(), surface) + ".");
                }
                sentences.add("Nearest officers (fewest rules unmet), each a training or recruitment need:");
                explanation.nearestOfficers().forEach((officer, unmet) ->
                        sentences.add("  " + Names.officer(officer) + " " + rules(unmet, surface) + "."));
            }
            case UNALLOCATED -> sentences.add(id + " has no LRO, although " + Numbers.count(eligible, "officer")
                    + " could lead it" + (explanation.allowOverload() ? "; the planner would give it one."
                    : "; with overload not allowed, none of them has room for its "
                            + Numbers.points(explanation.points()) + " points."));
            case ALLOCATED -> {
                sentences.add(id + " is led by " + who + ", who meets every rule to lead it"
                        + (explanation.threat().pinned() ? "; it is pinned, so the planner keeps it there." : "."));
                sentences.add(eligible == 1 ? "No other officer could lead it."
                        : Numbers.count(eligible - 1, "other officer") + " could lead it" + surface.rankingPointer);
            }
            case PINNED_INELIGIBLE -> sentences.add(id + " is pinned to " + who + ", who "
                    + rules(explanation.officerUnmetRules(), surface)
                    + ". The planner keeps pinned threats where they are; a manager should review it.");
            case HARD_VIOLATION -> sentences.add(id + " is with " + who + ", who " + rules(explanation.officerUnmetRules(), surface)
                    + ". That breaks the policy: the planner will move it to "
                    + (eligible == 1 ? "the one officer" : "one of the " + Numbers.count(eligible, "officer"))
                    + " who may lead it.");
        }
        LoadBreakdown breakdown = explanation.officerLoad();
        if (breakdown != null) {
            sentences.add(Names.officer(breakdown.officer()) + " carries " + Numbers.points(breakdown.load())
                    + " points against a capacity of " + Numbers.points(breakdown.capacity()) + " ("
                    + Numbers.percent(breakdown.loadPercent()) + ") across "
                    + Numbers.count(breakdown.threats().size(), "threat") + ".");
        }
        return sentences;
    }

    /** "is not an accredited LRO … and lacks the skill level …"; for {@link Surface#JSON} each with " [code]". */
    static String rules(EnumSet<EligibilityRule> rules, Surface surface) {
        return String.join(" and ", rules.stream()
                .map(r -> r.explanation() + (surface.ruleCodes ? " [" + r.code() + "]" : "")).toList());
    }
}
