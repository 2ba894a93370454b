package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import java.util.List;

/** An empty body where one is required is bad input (400), not a server error. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldError("", "a JSON body is required")));
        }
        return body;
    }
}
