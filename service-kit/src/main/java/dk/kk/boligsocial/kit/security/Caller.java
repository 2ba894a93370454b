package dk.kk.boligsocial.kit.security;

import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who is calling, from the verified JWT: subject, roles ({@code groups}) and, for housing-organisation staff, the
 * organisation ({@code org_id}).
 *
 * <p>Organisation scoping: a caller with the {@code boligorganisation} role may only see and change data of the
 * organisation in its token, even if it also holds other roles; everybody else may see all organisations.
 * Someone else's data must answer 404 rather than 403, so that ids of other organisations' data are not confirmed:
 * {@link #requireVisible(Optional, Function, String, Object)} and {@link #requireAccess(UUID, String, Object)} do exactly
 * that, and every service uses them rather than writing the rule again.
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org_id";
    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The token's {@code sub} (its principal name if there is none); {@value #ANONYMOUS} without a token. */
    public String subject() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The {@code org_id} claim; empty if absent or not a UUID. */
    public Optional<UUID> organisationId() {
        return identity.isAnonymous() ? Optional.empty() : organisationClaim(identity);
    }

    /** The {@code org_id} claim of a token-based identity; empty if there is none or it is not a UUID. */
    static Optional<UUID> organisationClaim(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(ORGANISATION_CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    public boolean isHousingOrganisation() {
        return hasRole(Roles.BOLIGORGANISATION);
    }

    /**
     * Whether the caller may see data owned by {@code orgId}: any authenticated caller may, except housing-organisation
     * staff, who may only see their own organisation's.
     */
    public boolean mayAccessOrganisation(UUID orgId) {
        if (identity.isAnonymous()) {
            return false;
        }
        if (isHousingOrganisation()) {
            return orgId != null && organisationId().map(orgId::equals).orElse(false);
        }
        return true;
    }

    /** @throws ResourceNotFoundException (404) if the caller may not see data of {@code orgId} */
    public void requireAccess(UUID orgId, String resource, Object id) {
        if (!mayAccessOrganisation(orgId)) {
            throw new ResourceNotFoundException(resource, id);
        }
    }

    /**
     * The row, if it exists and the caller may see it; otherwise 404, the same answer for "no such row" and "another
     * organisation's row".
     *
     * @param organisationOf the housing organisation that owns the row
     * @throws ResourceNotFoundException (404) naming {@code resource} and {@code id}
     */
    public <T> T requireVisible(Optional<T> row, Function<? super T, UUID> organisationOf, String resource, Object id) {
        return row.filter(value -> mayAccessOrganisation(organisationOf.apply(value)))
                .orElseThrow(() -> new ResourceNotFoundException(resource, id));
    }
}
