package dk.kk.boligsocial.demo;

/** The demo data could not be loaded; the message says which call and why. */
final class DemoException extends RuntimeException {

    DemoException(String message) {
        super(message);
    }

    DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
