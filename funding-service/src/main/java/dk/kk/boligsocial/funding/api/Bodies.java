package dk.kk.boligsocial.funding.api;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import java.util.List;

/** An empty body where one is required is bad input (400), not a server error. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
        }
        return body;
    }
}
