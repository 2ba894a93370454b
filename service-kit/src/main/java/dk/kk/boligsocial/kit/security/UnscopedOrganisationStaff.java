package dk.kk.boligsocial.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Organisation scoping fails closed: a {@code boligorganisation} token without a UUID in {@code org_id} keeps its
 * subject but loses every role, so every endpoint (all of them name their roles) answers 403 instead of showing
 * every organisation's data or failing deeper down. The identity is marked so that the 403 can say why.
 */
@ApplicationScoped
public class UnscopedOrganisationStaff implements SecurityIdentityAugmentor {

    /** Attribute set on an identity whose roles were taken away because its organisation is unknown. */
    public static final String MARK = "boligsocial.unscoped-organisation-staff";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.BOLIGORGANISATION)
                || Caller.organisationClaim(identity).isPresent()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder withoutRoles = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(MARK, Boolean.TRUE)
                .setAnonymous(false);
        return Uni.createFrom().item(withoutRoles.build());
    }
}
