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

    @Test
    void everythingElseIsTransient() {
        assertFalse(FailureRule.isPermanent(new RuntimeException(new SQLTransientConnectionException("db down"))));
        assertFalse(FailureRule.isPermanent(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertFalse(FailureRule.isPermanent(new IllegalStateException("not now")));
        assertFalse(FailureRule.isPermanent(new RuntimeException("unknown")));
    }
}
