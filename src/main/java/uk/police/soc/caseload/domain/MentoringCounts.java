package uk.police.soc.caseload.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much mentoring the records show (evidence.md "Mentoring sessions"): sessions per mentor–mentee pair and
 * per calendar month of a period, both ends included. The Training screen and the inspection report count them
 * here, so that both give the same figures.
 */
public final class MentoringCounts {

    /** The sessions one mentor held with one mentee in the period; {@code minutes} adds those recorded. */
    public record Pair(String mentorId, String menteeId, int sessions, int minutes, LocalDate last) {
    }

    /** The sessions of one calendar month of the period (months without a session are listed with 0). */
    public record Month(YearMonth month, int sessions, int minutes) {
    }

    private MentoringCounts() {
    }

    /** Per pair, in the order of each pair's first session in the period. */
    public static List<Pair> byPair(List<MentoringSession> sessions, LocalDate from, LocalDate to) {
        Map<List<String>, Pair> pairs = new LinkedHashMap<>();
        inPeriod(sessions, from, to).forEach(s -> pairs.merge(List.of(s.mentorId(), s.menteeId()),
                new Pair(s.mentorId(), s.menteeId(), 1, minutes(s), s.on()),
                (a, b) -> new Pair(a.mentorId(), a.menteeId(), a.sessions() + 1, a.minutes() + b.minutes(),
                        b.last())));
        return List.copyOf(pairs.values());
    }

    /** Per calendar month from {@code from}'s to {@code to}'s, oldest first. */
    public static List<Month> byMonth(List<MentoringSession> sessions, LocalDate from, LocalDate to) {
        Map<YearMonth, Month> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new Month(m, 0, 0));
        }
        inPeriod(sessions, from, to).forEach(s -> months.merge(YearMonth.from(s.on()),
                new Month(YearMonth.from(s.on()), 1, minutes(s)),
                (a, b) -> new Month(a.month(), a.sessions() + 1, a.minutes() + b.minutes())));
        return List.copyOf(months.values());
    }

    private static List<MentoringSession> inPeriod(List<MentoringSession> sessions, LocalDate from, LocalDate to) {
        return sessions.stream().filter(s -> !s.on().isBefore(from) && !s.on().isAfter(to))
                .sorted(Comparator.comparing(MentoringSession::on)).toList();
    }

    private static int minutes(MentoringSession session) {
        return session.minutes() == null ? 0 : session.minutes();
    }
}
