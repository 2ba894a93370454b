package dk.kk.boligsocial.kit.api;

import java.util.List;

/** 400 with the offending fields; for checks Bean Validation annotations cannot express. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(List<FieldError> errors) {
        super(400, ProblemTypes.VALIDATION, "Invalid request", describe(errors), errors, null);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String describe(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    }
}
