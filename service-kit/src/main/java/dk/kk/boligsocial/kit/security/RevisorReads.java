package dk.kk.boligsocial.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A {@code revisor} reads, read-only, everything a {@code reader} reads: the role is added at authentication, so no
 * endpoint has to name the auditors beside the readers, and none that writes admits them. Runs before
 * {@link UnscopedOrganisationStaff}, which still takes every role from an unscoped housing-organisation token.
 */
@ApplicationScoped
public class RevisorReads implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.REVISOR) || identity.hasRole(Roles.READER)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER).build());
    }
}
