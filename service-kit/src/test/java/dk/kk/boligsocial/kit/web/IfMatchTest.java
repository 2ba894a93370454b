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
        assertDoesNotThrow(() -> IfMatch.require("\"3\"", 3));
        assertDoesNotThrow(() -> IfMatch.require("W/\"3\"", 3));
        assertDoesNotThrow(() -> IfMatch.require("3", 3));
        assertDoesNotThrow(() -> IfMatch.require("\"2\", \"3\"", 3));
    }

    @Test
    void missingIs428AndStaleOrWildcardIs412() {
        assertEquals(428, assertThrows(PreconditionRequiredException.class, () -> IfMatch.require(null, 3)).status());
        assertEquals(428, assertThrows(PreconditionRequiredException.class, () -> IfMatch.require("  ", 3)).status());
        assertEquals(412, assertThrows(PreconditionFailedException.class, () -> IfMatch.require("\"2\"", 3)).status());
        assertEquals(412, assertThrows(PreconditionFailedException.class, () -> IfMatch.require("*", 3)).status());
        assertEquals(412, assertThrows(PreconditionFailedException.class, () -> IfMatch.require("\"33\"", 3)).status());
    }
}
