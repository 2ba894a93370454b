package dk.kk.boligsocial.evaluation.api;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * Filters and path years parsed by hand: JAX-RS answers an unconvertible parameter with 404, but a misspelt value
 * is bad input (400 naming the parameter).
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

    static int year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(List.of(new FieldError("year", "must be a year between 2000 and 2100")));
    }
}
