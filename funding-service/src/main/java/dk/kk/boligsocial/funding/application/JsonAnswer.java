package dk.kk.boligsocial.funding.application;

/** A response body kept ready as JSON, with the version its ETag names. */
public record JsonAnswer(String json, long version) {
}
