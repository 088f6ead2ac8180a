package uk.police.soc.caseload.service;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Injects a database failure midway through a write: storing the threat with id {@value #THREAT_ID} fails. */
public class FailOnThreatTrigger implements Trigger {

    public static final String THREAT_ID = "SOC-FAIL";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && THREAT_ID.equals(newRow[0])) {
            throw new SQLException("injected failure while storing threat " + THREAT_ID);
        }
    }
}
