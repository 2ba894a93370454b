package dk.kk.boligsocial.testkit;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uses the test-only schemas in src/test/resources/schemas (probe.*), not the events module's. */
class EventContractTest {

    private static final String TYPE = "dk.kk.boligsocial.probe.happened.v1";

    @Test
    void mapsTheEventTypeToASchemaResource() {
        assertEquals("schemas/plan.granted.v1.json", EventContract.schemaResource("dk.kk.boligsocial.plan.granted.v1"));
    }

    @Test
    void acceptsAValidPayloadWhoseMoneyComesFromTheSiblingCommonSchema() {
        assertDoesNotThrow(() -> EventContract.assertValid(TYPE, """
                {"planId": "5f0c6b9e-4a59-4c57-9b55-0a3f6f1f3c11", "amount": {"amount": 30000000.00, "currency": "DKK"}}"""));
    }

    @Test
    void rejectsAPayloadThatBreaksTheReferencedDefinition() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> EventContract.assertValid(TYPE, """
                {"planId": "5f0c6b9e-4a59-4c57-9b55-0a3f6f1f3c11", "amount": {"amount": "lots", "currency": "EUR"}}"""));
        assertTrue(failure.getMessage().contains("amount"), failure.getMessage());
        assertTrue(failure.getMessage().contains("currency"), failure.getMessage());
    }

    @Test
    void assertsFormatsAndRequiredProperties() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> EventContract.assertValid(TYPE, "{\"planId\": \"not-a-uuid\"}"));
        assertTrue(failure.getMessage().contains("uuid"), failure.getMessage());
        assertTrue(failure.getMessage().contains("required property 'amount'"), failure.getMessage());
    }

    @Test
    void resolvesAnAbsoluteIdFromTheClasspathInsteadOfTheNetwork() {
        assertDoesNotThrow(() -> EventContract.assertValid("dk.kk.boligsocial.probe.absolute.v1", """
                {"amount": {"amount": 1.50, "currency": "DKK"}}"""));
        assertThrows(AssertionFailedError.class, () -> EventContract.assertValid("dk.kk.boligsocial.probe.absolute.v1", """
                {"amount": {"amount": 1.50}}"""));
    }

    @Test
    void anUnknownEventTypeIsAnError() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> EventContract.assertValid("dk.kk.boligsocial.nothing.v1", "{}"));
        assertTrue(failure.getMessage().contains("schemas/nothing.v1.json"), failure.getMessage());
    }
}
