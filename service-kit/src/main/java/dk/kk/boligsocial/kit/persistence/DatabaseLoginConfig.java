package dk.kk.boligsocial.kit.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * How a service uses its database logins, under {@code boligsocial.database}. The logins themselves are Quarkus'
 * settings: {@code quarkus.flyway.username} owns the schema and migrates it, {@code quarkus.datasource.username} is
 * the login the service runs as, with only the rights {@link RuntimeLoginGrants} gives it.
 */
@ConfigMapping(prefix = "boligsocial.database")
public interface DatabaseLoginConfig {

    /**
     * Tables the runtime login may read and insert into but never change or delete from: the audit trail is
     * evidence, and the service that writes it must not be able to rewrite it.
     */
    @WithDefault("audit_record")
    Set<String> appendOnlyTables();

    /**
     * Start even when the runtime login is a superuser or owns the service's schema. Off: such a login could
     * rewrite the audit trail and reach every other service's data, so the service refuses to start with it.
     */
    @WithDefault("false")
    boolean allowPrivilegedLogin();
}
