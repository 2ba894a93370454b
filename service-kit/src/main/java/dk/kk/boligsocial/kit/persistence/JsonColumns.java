package dk.kk.boligsocial.kit.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.inject.Singleton;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How Hibernate writes and reads JSONB columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) in every service: with an
 * ObjectMapper of its own, not the one the HTTP API customises. Stored documents must stay readable when the API's
 * rules change, so unknown properties are ignored here (a field dropped from a record leaves old rows readable)
 * while the API rejects them; dates are ISO-8601 strings and amounts keep their exact decimal form.
 */
@Singleton
@JsonFormat
@PersistenceUnitExtension
public class JsonColumns implements FormatMapper {

    private final FormatMapper jackson = new JacksonJsonFormatMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return jackson.fromString(json, javaType, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return jackson.toString(value, javaType, options);
    }
}
