package dk.kk.boligsocial.kit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid input: {@code field} is a path into the request, properties joined by dots and array indexes in
 * brackets ({@code budget[2].amount.amount}); for a query parameter it is the parameter name ({@code limit}).
 */
@Schema(name = "FieldError", requiredProperties = {"field", "message"}, description = "One invalid input field")
public record FieldError(
        @Schema(description = "Path of the field in the request body, or the query parameter name", examples = "budget[2].amount.amount")
        String field,
        @Schema(description = "What is wrong with it", examples = "must be greater than or equal to 0")
        String message) {
}
