package dk.kk.boligsocial.kit.api;

import java.util.Map;

/**
 * 409: the request is valid but clashes with the resource's state, e.g. an illegal lifecycle transition or an
 * exhausted pool. {@code extensions} become top-level problem members ({@code currentStatus}, {@code allowedDecisions}).
 */
public class ConflictException extends ProblemException {

    public ConflictException(String detail, Map<String, Object> extensions) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail, null, extensions);
    }

    public ConflictException(String detail) {
        this(detail, Map.of());
    }
}
