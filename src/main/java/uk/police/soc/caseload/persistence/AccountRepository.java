package uk.police.soc.caseload.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import uk.police.soc.caseload.domain.access.Account;
import uk.police.soc.caseload.domain.access.Role;

/** Accounts by user name. */
public final class AccountRepository {

    private static final String COLUMNS = "user_name, display_name, roles, officer_id, password_hash,"
            + " must_change_password, failed_attempts, locked_until, disabled, last_sign_in, created_at, version";

    private final Connection connection;

    AccountRepository(Connection connection) {
        this.connection = connection;
    }

    /** How many accounts exist: none means open mode. */
    public long count() throws SQLException {
        return Jdbc.query(connection, "SELECT COUNT(*) FROM account", row -> row.getLong(1)).get(0);
    }

    public Optional<Account> find(String userName) throws SQLException {
        return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM account WHERE user_name = ?",
                AccountRepository::map, userName).stream().findFirst();
    }

    public List<Account> findAll() throws SQLException {
        return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM account ORDER BY user_name", AccountRepository::map);
    }

    public void insert(Account account) throws SQLException {
        Jdbc.update(connection, "INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                account.userName(), account.displayName(), Role.codes(account.roles()), account.officerId(),
                account.passwordHash(), account.mustChangePassword(), account.failedAttempts(),
                time(account.lockedUntil()), account.disabled(), time(account.lastSignIn()),
                time(account.createdAt()));
    }

    /**
     * Stores a changed account if it is still at the version it was read at, and moves its version on.
     *
     * @return false when another desk changed it meanwhile (nothing written)
     */
    public boolean update(Account account) throws SQLException {
        return Jdbc.update(connection, "UPDATE account SET display_name = ?, roles = ?, officer_id = ?,"
                + " password_hash = ?, must_change_password = ?, failed_attempts = ?, locked_until = ?, disabled = ?,"
                + " last_sign_in = ?, version = version + 1 WHERE user_name = ? AND version = ?",
                account.displayName(), Role.codes(account.roles()), account.officerId(), account.passwordHash(),
                account.mustChangePassword(), account.failedAttempts(), time(account.lockedUntil()),
                account.disabled(), time(account.lastSignIn()), account.userName(), account.version()) == 1;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Account map(ResultSet row) throws SQLException {
        return new Account(row.getString("user_name"), row.getString("display_name"),
                Role.fromCodes(row.getString("roles")), row.getString("officer_id"), row.getString("password_hash"),
                row.getBoolean("must_change_password"), row.getInt("failed_attempts"), instant(row, "locked_until"),
                row.getBoolean("disabled"), instant(row, "last_sign_in"), instant(row, "created_at"),
                row.getLong("version"));
    }
}
