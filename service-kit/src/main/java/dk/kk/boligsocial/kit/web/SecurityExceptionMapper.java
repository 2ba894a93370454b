package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import dk.kk.boligsocial.kit.security.UnscopedOrganisationStaff;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication and authorisation failures. They reach JAX-RS only because authentication is lazy
 * ({@code quarkus.http.auth.proactive=false} in the kit's defaults): with proactive authentication an invalid
 * token would be refused by Vert.x before any mapper runs, without a problem body.
 */
public class SecurityExceptionMapper {

    static final String BEARER_CHALLENGE = "Bearer";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request.path(), "A bearer token is required", BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request.path(), "The bearer token is invalid or has expired", INVALID_TOKEN_CHALLENGE);
    }

    private final SecurityIdentity identity;

    public SecurityExceptionMapper(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        boolean unscoped = Boolean.TRUE.equals(identity.getAttribute(UnscopedOrganisationStaff.MARK));
        return ProblemResponses.of(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403, unscoped
                ? "A token with the boligorganisation role must name the caller's housing organisation: a UUID in org_id"
                : "The caller's roles do not allow this request", request.path()));
    }

    private static Response unauthorized(String instance, String detail, String challenge) {
        return ProblemResponses.builder(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401, detail, instance))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
