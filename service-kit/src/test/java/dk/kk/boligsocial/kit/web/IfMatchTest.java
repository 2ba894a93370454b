package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.PreconditionFailedException;
import dk.kk.boligsocial.kit.api.PreconditionRequiredException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IfMatchTest {

    @Test
    void etagIsTheQuotedVersion() {
        assertEquals("\"12\"", ETags.of(12));
        assertEquals("\"12\"", ETags.entityTag(12).toString());
    }

    @Test
    void acceptsTheCurrentVersionStrongWeakUnquotedOrInAList() {
        assertDoesNotThrow(() -> IfMatch.parse("\"3\"").require(3));
        assertDoesNotThrow(() -> IfMatch.parse("W/\"3\"").require(3));
        assertDoesNotThrow(() -> IfMatch.parse("3").require(3));
        assertDoesNotThrow(() -> IfMatch.parse("\"2\", \"3\"").require(3));
    }

    @Test
    void missingIs428AndStaleOrWildcardIs412() {
        assertEquals(428, assertThrows(PreconditionRequiredException.class, () -> IfMatch.parse(null).require(3)).status());
        assertEquals(428, assertThrows(PreconditionRequiredException.class, () -> IfMatch.parse("  ").require(3)).status());
        assertEquals(412, assertThrows(PreconditionFailedException.class, () -> IfMatch.parse("\"2\"").require(3)).status());
        assertEquals(412, assertThrows(PreconditionFailedException.class, () -> IfMatch.parse("*").require(3)).status());
        assertEquals(412, assertThrows(PreconditionFailedException.class, () -> IfMatch.parse("\"33\"").require(3)).status());
    }
}
