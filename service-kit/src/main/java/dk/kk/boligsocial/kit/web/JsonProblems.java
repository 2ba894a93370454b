package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a Jackson failure to read a request body into a 400 problem naming the field. Jackson's own messages name
 * Java types, so every message here is written from scratch.
 */
final class JsonProblems {

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '([^']{1,200})'");

    private JsonProblems() {
    }

    /** Empty when the failure is the server's fault (a type Jackson cannot handle at all), which is a 500. */
    static Optional<Problem> of(JsonProcessingException e, String instance) {
        if (e instanceof InvalidDefinitionException) {
            return Optional.empty();
        }
        if (e instanceof JsonMappingException mapping) {
            FieldError error = new FieldError(FieldPaths.of(mapping.getPath()), message(mapping));
            return Optional.of(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    error.field() == null ? error.message() : "The request body has an invalid field", instance,
                    List.of(error), null));
        }
        if (e instanceof StreamReadException && duplicateKey(e).isPresent()) {
            FieldError error = new FieldError(duplicateKey(e).get(), "appears more than once in its object");
            return Optional.of(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    "The request body has an invalid field", instance, List.of(error), null));
        }
        if (e instanceof StreamReadException || e.getLocation() != null) {
            return Optional.of(new Problem(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                    "The request body is not well-formed JSON" + where(e.getLocation()), instance));
        }
        return Optional.of(new Problem(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                "The request body is not well-formed JSON", instance));
    }

    /** The key a parser with STRICT_DUPLICATE_DETECTION found twice; Jackson says which only in its message. */
    private static Optional<String> duplicateKey(JsonProcessingException e) {
        Matcher matcher = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof SafeTextDeserializer.UnsafeText) {
            return "must not contain control characters (other than tab and line breaks) or unpaired surrogates";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return expectation(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (isNullToken(mismatch)) {
                return "must not be null";
            }
            if (mismatch.getPath().isEmpty() && mismatch.getOriginalMessage() != null
                    && mismatch.getOriginalMessage().startsWith("Trailing token")) {
                return "unexpected content after the JSON value";
            }
            return expectation(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    /** Jackson reports a null for a primitive (FAIL_ON_NULL_FOR_PRIMITIVES) only through its message. */
    private static boolean isNullToken(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Cannot map `null` into type");
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "must be an integer";
        }
        if (type.isPrimitive() && type != boolean.class && type != char.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "must be a string";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be a date-time with offset (ISO 8601, e.g. 2012-01-01T00:00:00Z)";
        }
        if (type == LocalDateTime.class) {
            return "must be a date-time (ISO 8601)";
        }
        if (type == Year.class) {
            return "must be a year";
        }
        if (type == YearMonth.class) {
            return "must be a year and month (YYYY-MM)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has an invalid value";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
