package uk.police.soc.caseload.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its database when no {@code --db} is given: the user's data folder, as each OS names it. */
public final class DatabaseLocation {

    static final String FILE_NAME = "caseload";

    private DatabaseLocation() {
    }

    /** The default database path (without {@code .mv.db}) for this user on this machine. */
    public static Path defaultPath() {
        return defaultPath(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultPath(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("SOC Caseload Planner").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SOC Caseload Planner")
                    .resolve(FILE_NAME);
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isSet(dataHome) && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome) : home.resolve(".local").resolve("share");
        return base.resolve("soc-caseload-planner").resolve(FILE_NAME);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
