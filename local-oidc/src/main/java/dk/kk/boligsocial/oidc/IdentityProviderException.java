package dk.kk.boligsocial.oidc;

/** The local identity provider did not start, or did not answer as it should. */
public class IdentityProviderException extends RuntimeException {

    public IdentityProviderException(String message) {
        super(message);
    }

    public IdentityProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
