package dk.kk.boligsocial.kit.api;

import java.util.List;
import java.util.Map;

/** 422: well-formed and valid field by field, but the content as a whole cannot be processed (e.g. a period ending before it starts). */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String detail) {
        super(422, ProblemTypes.UNPROCESSABLE, "Unprocessable request", detail);
    }

    public UnprocessableException(String detail, List<FieldError> errors, Map<String, Object> extensions) {
        super(422, ProblemTypes.UNPROCESSABLE, "Unprocessable request", detail, errors, extensions);
    }
}
