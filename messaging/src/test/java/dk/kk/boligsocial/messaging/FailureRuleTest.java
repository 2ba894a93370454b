package dk.kk.boligsocial.messaging;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import dk.kk.boligsocial.messaging.consumer.FailureRule;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureRuleTest {

    @Test
    void contentProblemsArePermanentAnywhereInTheCauseChain() {
        assertTrue(FailureRule.isPermanent(new PermanentEventFailure("no envelope")));
        assertTrue(FailureRule.isPermanent(new IllegalArgumentException("unknown theme")));
        assertTrue(FailureRule.isPermanent(MismatchedInputException.from(null, String.class, "bad shape")));
        assertTrue(FailureRule.isPermanent(new RuntimeException("wrapped", new IllegalArgumentException("deep"))));
    }

    /** The same data fails the same way on every retry: a value too long or out of range, a NUL in text. */
    @Test
    void dataExceptionsOfTheDatabaseArePermanent() {
        assertTrue(FailureRule.isPermanent(new RuntimeException(new SQLException("numeric field overflow", "22003"))));
        assertTrue(FailureRule.isPermanent(new RuntimeException(new SQLException("value too long", "22001"))));
        SQLException batch = new SQLException("batch entry failed", "XX000");
        batch.setNextException(new SQLException("invalid byte sequence: 0x00", "22021"));
        assertTrue(FailureRule.isPermanent(batch), "found behind a batch failure too");
    }

    @Test
    void everythingElseIsTransient() {
        assertFalse(FailureRule.isPermanent(new RuntimeException(new SQLTransientConnectionException("db down"))));
        assertFalse(FailureRule.isPermanent(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertFalse(FailureRule.isPermanent(new IllegalStateException("not now")));
        assertFalse(FailureRule.isPermanent(new RuntimeException("unknown")));
    }
}
