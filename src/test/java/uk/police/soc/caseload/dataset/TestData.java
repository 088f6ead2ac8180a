package uk.police.soc.caseload.dataset;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the tests find datasets: the shared examples beside the project, and the test resources. */
public final class TestData {

    private TestData() {
    }

    /** The repository is always cloned with {@code shared/} beside it. */
    public static Path shared(String name) {
        return Path.of("..", "shared", "data", name);
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }
}
