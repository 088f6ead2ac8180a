package uk.police.soc.caseload.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import uk.police.soc.caseload.dataset.DatasetJson;
import uk.police.soc.caseload.dataset.DatasetReader;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.Policy;
import uk.police.soc.caseload.domain.Problem;

/**
 * The policy settings a new database starts with: {@code config/policy.json}, in the shape of a dataset's
 * {@code policy} object (see {@code config/README.md}). Settings it leaves out take {@link Policy#DEFAULTS}.
 * The folder is {@code config/} under the working directory, or the {@value #PROPERTY} system property.
 */
public final class PolicyConfig {

    public static final String PROPERTY = "soc.config";
    static final String FILE_NAME = "policy.json";

    private static final String POLICY_PATH = "policy";

    private PolicyConfig() {
    }

    /** The configured policy; {@link Policy#DEFAULTS} when there is no config file. */
    public static Policy load() {
        return load(System.getProperty(PROPERTY), Path.of(""));
    }

    static Policy load(String configuredFolder, Path workingDirectory) {
        if (configuredFolder != null && !configuredFolder.isBlank()) {
            Path configured = Path.of(configuredFolder);
            Path file = Files.isDirectory(configured) ? configured.resolve(FILE_NAME) : configured;
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": no such config file (named by the " + PROPERTY + " property)");
            }
            return read(file);
        }
        Path file = workingDirectory.resolve("config").resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : Policy.DEFAULTS;
    }

    /**
     * The policy in {@code file}, judged by exactly the rules of a dataset's policy object (it is read as the
     * policy of an otherwise empty dataset); a {@link ConfigException} naming the file and every bad setting.
     */
    public static Policy read(Path file) {
        JsonNode settings = ConfigException.readSettings(file, "policy settings");
        ObjectNode dataset = DatasetJson.mapper().createObjectNode()
                .put("format", DatasetJson.FORMAT)
                .put("asOf", "2000-01-01");
        dataset.set(POLICY_PATH, settings);
        for (String list : new String[] {"categories", "courses", "officers", "trainingRecords", "threats"}) {
            dataset.putArray(list);
        }
        try {
            return new DatasetReader().read(dataset.toString()).policy();
        } catch (InvalidInputException e) {
            throw new ConfigException(e.problems().stream()
                    .map(problem -> file + ": " + setting(problem) + problem.message())
                    .collect(Collectors.joining("\n")), e);
        }
    }

    private static String setting(Problem problem) {
        String path = problem.path();
        if (path.startsWith(POLICY_PATH + ".")) {
            return path.substring(POLICY_PATH.length() + 1) + ": ";
        }
        return path.equals(POLICY_PATH) ? "" : path + ": ";
    }
}
