package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import dk.kk.boligsocial.kit.api.SafeText;

import java.io.IOException;
import java.util.UUID;

/**
 * Jackson trims ids, dates and enum names read from strings, and {@link String#trim()} drops every control character
 * at either end: {@code "2012-01-01\u0000"} would be read as a date. This puts {@link SafeText}'s rule in front of
 * those readers too, so a control character is a 400 wherever it is sent, not only in free text.
 */
final class ScalarTextGuard extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return guarded(description.getBeanClass()) ? new Guarded(deserializer) : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Guarded(deserializer);
    }

    private static boolean guarded(Class<?> type) {
        return type == UUID.class || type.getPackageName().equals("java.time");
    }

    private static final class Guarded extends DelegatingDeserializer {

        Guarded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guarded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !SafeText.isSafeToken(parser.getText())) {
                throw new SafeTextDeserializer.UnsafeText(parser, parser.getText(), handledType());
            }
            return super.deserialize(parser, context);
        }
    }
}
