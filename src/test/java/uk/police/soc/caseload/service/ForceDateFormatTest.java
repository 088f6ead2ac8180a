package uk.police.soc.caseload.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForceDateFormatTest {

    private final ForceDateFormat standard = ForceDateFormat.standard();

    @Test
    void readsDayFirstWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(ForceDateFormat.standard().parse("01/03/2022")).contains(LocalDate.of(2022, 3, 1));
            assertThat(ForceDateFormat.standard().format(LocalDate.of(2022, 3, 28))).isEqualTo("28/03/2022");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void leadingZerosMayBeLeftOutWhenTyping() {
        assertThat(standard.parse(" 1/3/2022 ")).contains(LocalDate.of(2022, 3, 1));
    }

    @Test
    void textThatIsNotADateInTheFormatIsRefusedNotReadAsAnotherDate() {
        assertThat(standard.parse("31/02/2022")).isEmpty();
        assertThat(standard.parse("3/28/2022")).isEmpty();
        assertThat(standard.parse("2022-03-28")).isEmpty();
        assertThat(standard.parse("28/03/22")).isEmpty();
        assertThat(standard.parse("01/01/0000")).isEmpty();
        assertThat(standard.parse("")).isEmpty();
        assertThat(standard.problem("3/28/2022"))
                .isEqualTo("\"3/28/2022\" is not a date; type it as dd/mm/yyyy, e.g. 28/03/2022");
    }

    @Test
    void theFormatIsASettingInTheConfigFolder(@TempDir Path config) throws Exception {
        Files.writeString(config.resolve("display.json"), "{\"dateFormat\": \"dd.MM.yyyy\"}");
        ForceDateFormat dotted = ForceDateFormat.load(config.toString(), Path.of(""));
        assertThat(dotted.format(LocalDate.of(2022, 3, 1))).isEqualTo("01.03.2022");
        assertThat(dotted.parse("1.3.2022")).contains(LocalDate.of(2022, 3, 1));
        assertThat(dotted.parse("01/03/2022")).isEmpty();
    }

    @Test
    void noFileMeansTheDefault(@TempDir Path workingDirectory) {
        assertThat(ForceDateFormat.load(null, workingDirectory).pattern()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void aPatternWithoutAWholeDateOrAnUnknownSettingStopsWithTheFileNamed(@TempDir Path config) throws Exception {
        Path file = config.resolve("display.json");
        Files.writeString(file, "{\"dateFormat\": \"MM/yyyy\"}");
        assertThatThrownBy(() -> ForceDateFormat.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": dateFormat: \"MM/yyyy\" must hold");
        Files.writeString(file, "{\"dateFormat\": \"dd/MM/yyyy HH:mm\"}");
        assertThatThrownBy(() -> ForceDateFormat.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("dateFormat");
        Files.writeString(file, "{\"dateFromat\": \"dd/MM/yyyy\"}");
        assertThatThrownBy(() -> ForceDateFormat.read(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ": dateFromat: unknown setting (known: dateFormat)");
    }
}
