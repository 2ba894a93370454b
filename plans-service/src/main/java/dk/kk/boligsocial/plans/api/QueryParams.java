package dk.kk.boligsocial.plans.api;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Filters parsed by hand: JAX-RS answers an unconvertible query parameter with 404, but a filter
 * with a misspelt value is bad input (400 naming the parameter).
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldError(name, "must be one of "
                    + Arrays.toString(type.getEnumConstants()))));
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldError(name, "must be a UUID")));
        }
    }
}
