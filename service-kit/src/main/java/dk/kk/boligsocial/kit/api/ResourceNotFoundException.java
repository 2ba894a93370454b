package dk.kk.boligsocial.kit.api;

/**
 * 404. Also the answer when a housing organisation asks for another organisation's data: it must not learn
 * that the resource exists.
 */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String resource, Object id) {
        super(404, ProblemTypes.NOT_FOUND, "Resource not found", resource + " " + id + " does not exist");
    }
}
