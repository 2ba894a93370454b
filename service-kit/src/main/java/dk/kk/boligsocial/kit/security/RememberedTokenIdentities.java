package dk.kk.boligsocial.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens {@link VerifiedTokens} has verified before become identities at once, on the event loop.
 *
 * <p>smallrye-jwt verifies every token on a worker thread, because verifying may have to read the provider's JWKS over
 * the network. For a token already verified there is nothing to read: yet each request paid two thread hand-overs
 * (event loop → worker → event loop) and the context propagation around them, about a tenth of the CPU of a plan
 * read. This provider is asked first; it answers only for a remembered token and otherwise answers nothing, so that
 * smallrye-jwt's own validator verifies (and {@link VerifiedTokens} remembers) the token as before. The identity is
 * built as smallrye-jwt builds it: the token as principal and {@code quarkus.user}, its groups as roles, the
 * credential, the routing context; the augmentors then run on it as on any other.
 */
@ApplicationScoped
public class RememberedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    /** Ahead of smallrye-jwt's validator (the default priority, {@code SYSTEM_FIRST + 1}). */
    static final int PRIORITY = SYSTEM_FIRST + 100;

    private final VerifiedTokens tokens;

    public RememberedTokenIdentities(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return tokens.remembered(request.getToken().getToken())
                .map(token -> Uni.createFrom().item(identity(token, request)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    static SecurityIdentity identity(JsonWebToken token, TokenAuthenticationRequest request) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredential(request.getToken())
                .addRoles(token.getGroups())
                .addAttribute("quarkus.user", token);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return identity.build();
    }
}
