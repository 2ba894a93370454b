package dk.kk.boligsocial.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to ask the local identity provider for: a token for {@code subject} with {@code roles} (claim {@code groups}),
 * a housing organisation ({@code org_id}, may be null), for {@code audiences}. {@code lifetime} and {@code issuedAt}
 * are null for the provider's own (an hour from now); tests set them to ask for tokens a service must refuse.
 *
 * <p>Sent as form parameters of a {@code client_credentials} request; {@link BoligsocialTokenCallback} reads them.
 */
public record LocalTokenRequest(String subject, Set<String> roles, String organisationId, List<String> audiences,
                                Duration lifetime, Instant issuedAt) {

    static final String SUBJECT = "subject";
    static final String ROLES = "roles";
    static final String ORGANISATION = "org_id";
    static final String AUDIENCES = "audiences";
    static final String LIFETIME_SECONDS = "lifetime_seconds";
    static final String ISSUED_AT = "issued_at";

    public LocalTokenRequest {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        audiences = List.copyOf(audiences);
    }

    /** A token of an hour for every service. */
    public static LocalTokenRequest of(String subject, Set<String> roles, String organisationId) {
        return new LocalTokenRequest(subject, roles, organisationId, Audiences.ALL, null, null);
    }

    public LocalTokenRequest forAudiences(List<String> only) {
        return new LocalTokenRequest(subject, roles, organisationId, only, lifetime, issuedAt);
    }

    public LocalTokenRequest living(Duration newLifetime) {
        return new LocalTokenRequest(subject, roles, organisationId, audiences, newLifetime, issuedAt);
    }

    public LocalTokenRequest issuedAt(Instant when) {
        return new LocalTokenRequest(subject, roles, organisationId, audiences, lifetime, when);
    }

    /** The request's form parameters, in order, besides grant type and client credentials. */
    List<String[]> parameters() {
        List<String[]> parameters = new ArrayList<>();
        parameters.add(new String[] {SUBJECT, subject});
        // OAuth 2.0 forbids a parameter twice: lists are space-separated, as scope is
        parameters.add(new String[] {ROLES, String.join(" ", roles.stream().sorted().toList())});
        if (organisationId != null) {
            parameters.add(new String[] {ORGANISATION, organisationId});
        }
        parameters.add(new String[] {AUDIENCES, String.join(" ", audiences)});
        if (lifetime != null) {
            parameters.add(new String[] {LIFETIME_SECONDS, Long.toString(lifetime.toSeconds())});
        }
        if (issuedAt != null) {
            parameters.add(new String[] {ISSUED_AT, Long.toString(issuedAt.getEpochSecond())});
        }
        return parameters;
    }
}
