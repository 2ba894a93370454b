package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Filters and path values parsed by hand: JAX-RS answers an unconvertible parameter with 404, but a
 * misspelt value is bad input (400 naming the parameter and the rule).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant named by {@code value}, or null when the parameter is absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
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

    /** The UUID in {@code value}, or null when the parameter is absent. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldError(name, "must be a UUID")));
        }
    }

    /** A calendar year between 2000 and 2100, the span the services keep money and results for. */
    public static int year(String name, String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range year
        }
        throw new InvalidInputException(List.of(new FieldError(name, "must be a year between 2000 and 2100")));
    }
}
