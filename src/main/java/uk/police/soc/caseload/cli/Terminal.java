package uk.police.soc.caseload.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the command line gets what is never an argument: passwords from the environment, standard input or a
 * console prompt. Behind an interface so that tests can give their own.
 */
public interface Terminal {

    String CURRENT_PASSWORD = "SOC_PLANNER_PASSWORD";
    String NEW_PASSWORD = "SOC_PLANNER_NEW_PASSWORD";
    String DATABASE_PASSWORD = uk.police.soc.caseload.service.CaseloadServices.FILE_PASSWORD_VARIABLE;
    /** Only for changing the key of an already encrypted database. */
    String NEW_DATABASE_PASSWORD = "SOC_PLANNER_NEW_DB_PASSWORD";

    /** An environment variable, or null when unset or empty. */
    String environment(String name);

    /** One line of standard input (without its line end), or null at its end. */
    String readStandardInputLine();

    /** Asks on the console without echo; null when there is no console to ask on. */
    char[] readPassword(String prompt);

    /** The process's own environment, standard input and console. */
    static Terminal system() {
        return new Terminal() {
            private BufferedReader stdin;

            @Override
            public String environment(String name) {
                String value = System.getenv(name);
                return value == null || value.isEmpty() ? null : value;
            }

            @Override
            public synchronized String readStandardInputLine() {
                try {
                    if (stdin == null) {
                        stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    }
                    return stdin.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public char[] readPassword(String prompt) {
                Console console = System.console();
                return console == null ? null : console.readPassword("%s", prompt);
            }
        };
    }
}
