package uk.police.soc.caseload.cli;

import picocli.CommandLine;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.service.CaseloadServices;

/**
 * Checks a {@code --db} value while the arguments are parsed, before anything is read or opened: a malformed
 * PostgreSQL URL is an argument error like a malformed date.
 */
final class StoreConverter implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        try {
            CaseloadServices.checkStore(value);
            return value;
        } catch (InvalidInputException e) {
            throw new CommandLine.TypeConversionException(e.problems().get(0).message());
        }
    }
}
