package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dk.kk.boligsocial.kit.api.SafeText;

import java.io.IOException;

/**
 * Every JSON string a service reads, wherever it sits in a request body (a field, a list element, a nested record),
 * goes through {@link SafeText}: a control character or a broken surrogate is a 400 naming the field, before
 * validation or the database ever sees it.
 */
final class SafeTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && !SafeText.isSafeText(value)) {
            throw new UnsafeText(parser, value, String.class);
        }
        return value;
    }

    /** Jackson's failure for a string that is well-formed JSON but not acceptable text. */
    static final class UnsafeText extends InvalidFormatException {

        UnsafeText(JsonParser parser, String value, Class<?> targetType) {
            super(parser, "text with a control character or an unpaired surrogate", value, targetType);
        }
    }
}
