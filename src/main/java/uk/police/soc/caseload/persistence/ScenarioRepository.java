package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import uk.police.soc.caseload.dataset.ChangesReader;
import uk.police.soc.caseload.dataset.ChangesWriter;
import uk.police.soc.caseload.domain.InvalidInputException;
import uk.police.soc.caseload.domain.scenario.Scenario;

/**
 * Saved scenarios, by name. The changes are kept as the changes file {@code what-if --changes} reads, so the
 * stored text is the exchange format and needs no schema of its own.
 */
public final class ScenarioRepository {

    private final Connection connection;
    private final ChangeStamp stamp;

    ScenarioRepository(Connection connection, ChangeStamp stamp) {
        this.connection = connection;
        this.stamp = stamp;
    }

    /** Every saved scenario, by name. */
    public List<Scenario> findAll() throws SQLException {
        return Jdbc.query(connection, "SELECT name, changes, version FROM scenario ORDER BY name",
                row -> new Scenario(row.getString(1), new ChangesReader().read(row.getString(2)), row.getLong(3)));
    }

    public Optional<RecordVersion> version(String name) throws SQLException {
        return Jdbc.version(connection, "scenario", List.of("name"), List.of(name));
    }

    /**
     * Saves the scenario under its name. One saved before under that name is replaced only when {@code scenario}
     * was read at its current version: a desk never overwrites another's newer save silently.
     *
     * @throws InvalidInputException a change of the wrong shape, as {@code changes[N].field: message}, or a
     *     name saved since; nothing is stored
     */
    public void save(Scenario scenario) throws SQLException {
        String changes = new ChangesWriter().toJson(scenario.changes());
        // What is stored must read back, or the list of saved scenarios could no longer be read at any desk:
        // a change of the wrong shape (a policy value out of range) is refused as a changes file would be.
        new ChangesReader().read(changes);
        Optional<RecordVersion> stored = version(scenario.name());
        if (stored.isPresent()) {
            if (stored.get().number() != scenario.version()) {
                throw new InvalidInputException("name", scenario.version() == 0
                        ? "a scenario named \"" + scenario.name() + "\" exists already: choose another name"
                        : "the scenario \"" + scenario.name() + "\" was saved by " + stored.get().changedBy()
                                + " since you opened it: open it again, or save under another name");
            }
            Jdbc.updateVersioned(connection, stamp, "scenario", List.of("name"), List.of(scenario.name()),
                    List.of("changes"), List.of(changes));
            return;
        }
        Jdbc.update(connection, "INSERT INTO scenario (name, changes, version, changed_by, changed_at)"
                + " VALUES (?, ?, 1, ?, ?)", scenario.name(), changes, stamp.by(), stamp.atUtc());
    }

    public void delete(String name) throws SQLException {
        Jdbc.update(connection, "DELETE FROM scenario WHERE name = ?", name);
    }
}
