package dk.kk.boligsocial.kit.security;

import java.util.Set;

/**
 * The roles in the {@code groups} claim. Every JAX-RS endpoint must name the roles it admits with
 * {@code @RolesAllowed}: the kit's defaults set {@code quarkus.security.jaxrs.deny-unannotated-endpoints=true},
 * so an endpoint without a security annotation answers 401/403 to everyone.
 */
public final class Roles {

    /** Municipal caseworkers. */
    public static final String KOMMUNE = "kommune";
    /** Landsbyggefonden caseworkers. */
    public static final String LBF = "lbf";
    /** Housing-organisation staff; limited to their own organisation (claim {@code org_id}). */
    public static final String BOLIGORGANISATION = "boligorganisation";
    public static final String EVALUATOR = "evaluator";
    /** Read-only integrations. */
    public static final String READER = "reader";
    /**
     * Auditors (revisorer): read the audit trail ({@code GET /v1/audit}) and, read-only, whatever a {@link #READER}
     * reads ({@link RevisorReads} gives them that role).
     */
    public static final String REVISOR = "revisor";

    public static final Set<String> ALL = Set.of(KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER, REVISOR);

    private Roles() {
    }
}
