package uk.police.soc.caseload.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.soc.caseload.domain.InvalidInputException;

class StoreAddressTest {

    @Test
    void aPathIsAnH2File() {
        assertThat(StoreAddress.parse("data/caseload")).isEqualTo(new StoreAddress.H2File(Path.of("data/caseload")));
    }

    @Test
    void aPostgresUrlIsTakenApartIntoItsParts() {
        assertThat(StoreAddress.parse("postgresql://db.soc.police.uk:6543/caseload?sslmode=verify-full&user=desk_amy"))
                .isEqualTo(new StoreAddress.Postgres("db.soc.police.uk", 6543, "caseload", "desk_amy", "verify-full"));
        assertThat(StoreAddress.parse("postgres://10.0.0.5/soc"))
                .isEqualTo(new StoreAddress.Postgres("10.0.0.5", 5432, "soc", null, null));
        assertThat(StoreAddress.parse("postgresql://kate@[::1]:5433/soc"))
                .isEqualTo(new StoreAddress.Postgres("::1", 5433, "soc", "kate", null));
    }

    @Test
    void theDescriptionNamesServerDatabaseAndUserButNoPassword() {
        assertThat(StoreAddress.parse("postgresql://db/soc?user=amy").describe()).isEqualTo("postgresql://db:5432/soc as amy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mysql://db/soc | is not a PostgreSQL URL",
        "jdbc:postgresql://db/soc | is a JDBC URL",
        "postgresql://db | names no database",
        "postgresql:///soc | names no host",
        "postgresql://db:99999/soc | the port \"99999\"",
        "postgresql://db:54x/soc | the port \"54x\"",
        "postgresql://db/soc;INIT=RUNSCRIPT | the database name",
        "postgresql://db/soc?sslmode=sometimes | sslmode \"sometimes\"",
        "postgresql://db/soc?socketFactory=evil.Factory | unknown setting \"socketFactory\"",
        "postgresql://db/soc?user=x'y | the user \"x'y\"",
        "postgresql://bad_host!/soc | is not a host name",
        "postgresql://db/soc?user=a&user=b | names the user twice",
    })
    void aMalformedUrlIsInvalidInputNamingDb(String value, String message) {
        assertThatThrownBy(() -> StoreAddress.parse(value))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("--db");
                        assertThat(p.message()).contains(message);
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://amy:secret@db/soc", "postgresql://db/soc?password=secret"})
    void aPasswordInTheUrlIsRefusedAndNotRepeated(String value) {
        assertThatThrownBy(() -> StoreAddress.parse(value))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PGPASSWORD")
                .hasMessageNotContaining("secret");
    }
}
