package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void roundTripsWithFullPrecisionAndIsUrlSafe() {
        Cursor cursor = new Cursor(Instant.parse("2012-03-04T05:06:07.123456Z"), UUID.randomUUID());
        String encoded = cursor.encode();
        assertFalse(encoded.matches(".*[+/=].*"), encoded);
        assertEquals(cursor, Cursor.decode(encoded));
        assertEquals(encoded, Cursor.encode(cursor.createdAt(), cursor.id()));
    }

    @Test
    void anythingElseIsA400OnTheCursorField() {
        for (String garbage : new String[] {"", "%%%", "djI", Cursor.encode(Instant.EPOCH, UUID.randomUUID()).substring(3)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Cursor.decode(garbage), garbage);
            assertEquals(400, e.status());
            assertEquals("cursor", e.errors().get(0).field());
        }
    }

    @Test
    void pageRequestDefaultsAndBounds() {
        assertEquals(50, PageRequest.of(null, null).limit());
        assertEquals(1, PageRequest.of("1", "").limit());
        assertEquals(200, PageRequest.of(" 200 ", null).limit());
        assertFalse(PageRequest.of("10", null).after().isPresent());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.of("201", null));
        assertEquals("limit", e.errors().get(0).field());
    }
}
