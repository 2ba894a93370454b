package dk.kk.boligsocial.kit.api;

/** 412: the client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", detail);
    }
}
