package dk.kk.boligsocial.kit.api;

/** 428: an update or decision came without {@code If-Match}. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required", detail);
    }
}
