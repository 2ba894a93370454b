package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.Problem;
import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return builder(problem).build();
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** The reason phrase of a status, as the {@code title} of problems without a more specific one. */
    public static String reasonPhrase(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR ? "Client Error" : "Error";
        };
    }
}
