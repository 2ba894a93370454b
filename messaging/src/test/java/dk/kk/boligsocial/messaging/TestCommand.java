package dk.kk.boligsocial.messaging;

/** Data of the events the test consumer receives: what its effect should do. */
public record TestCommand(String action, String note) {
}
