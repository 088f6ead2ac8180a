package uk.police.soc.caseload.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.police.soc.caseload.domain.Echo;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.service.CaseloadServices;

/**
 * Reads every {@code --db} value, for every command, through {@link CaseloadServices#databasePath}: a value that
 * cannot be a database path (one holding {@code ;}, which H2 would read as settings) is invalid input, exit 2,
 * {@code --db: …}, before anything is opened.
 */
public final class DatabaseArgument implements ITypeConverter<Path> {

    @Override
    public Path convert(String text) {
        try {
            return CaseloadServices.databasePath(text);
        } catch (InvalidInputException e) {
            throw new TypeConversionException(Echo.quoted(text) + ": " + e.problems().get(0).message());
        }
    }
}
