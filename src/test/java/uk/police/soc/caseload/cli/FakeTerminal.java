package uk.police.soc.caseload.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An environment, standard input and (absent) console of the tests' choosing. */
public final class FakeTerminal implements Terminal {

    private final Map<String, String> environment = new HashMap<>();
    private final Deque<String> stdin = new ArrayDeque<>();
    private final Deque<String> console = new ArrayDeque<>();
    public final List<String> prompts = new java.util.ArrayList<>();

    /** No environment variables, empty standard input, no console. */
    public static FakeTerminal none() {
        return new FakeTerminal();
    }

    /** {@code SOC_PLANNER_PASSWORD} set. */
    public static FakeTerminal password(String password) {
        return new FakeTerminal().env(CURRENT_PASSWORD, password);
    }

    public FakeTerminal env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public FakeTerminal stdin(String line) {
        stdin.add(line);
        return this;
    }

    /** Answers to console prompts, in order (a console exists once one is given). */
    public FakeTerminal typed(String... answers) {
        console.addAll(List.of(answers));
        return this;
    }

    @Override
    public String environment(String name) {
        return environment.get(name);
    }

    @Override
    public String readStandardInputLine() {
        return stdin.poll();
    }

    @Override
    public char[] readPassword(String prompt) {
        prompts.add(prompt);
        String answer = console.poll();
        return answer == null ? null : answer.toCharArray();
    }
}
