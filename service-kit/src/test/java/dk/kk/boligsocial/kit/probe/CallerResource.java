package dk.kk.boligsocial.kit.probe;

import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.security.Roles;
import dk.kk.boligsocial.kit.web.CorrelationId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Test-only: one endpoint per role, organisation scoping, and what the kit knows about the caller. */
@Path("/v1/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    public record CallerView(String subject, Set<String> roles, UUID organisationId, boolean housingOrganisation,
                             String correlationId) {
    }

    private final Caller caller;
    private final CorrelationId correlationId;

    public CallerResource(Caller caller, CorrelationId correlationId) {
        this.caller = caller;
        this.correlationId = correlationId;
    }

    @GET
    @Path("kommune")
    @RolesAllowed(Roles.KOMMUNE)
    public CallerView kommune() {
        return view();
    }

    @GET
    @Path("lbf")
    @RolesAllowed(Roles.LBF)
    public CallerView lbf() {
        return view();
    }

    @GET
    @Path("boligorganisation")
    @RolesAllowed(Roles.BOLIGORGANISATION)
    public CallerView boligorganisation() {
        return view();
    }

    @GET
    @Path("evaluator")
    @RolesAllowed(Roles.EVALUATOR)
    public CallerView evaluator() {
        return view();
    }

    @GET
    @Path("reader")
    @RolesAllowed(Roles.READER)
    public CallerView reader() {
        return view();
    }

    @GET
    @Path("organisations/{orgId}")
    @RolesAllowed({Roles.KOMMUNE, Roles.LBF, Roles.BOLIGORGANISATION, Roles.EVALUATOR, Roles.READER})
    public CallerView organisation(@PathParam("orgId") UUID orgId) {
        caller.requireAccess(orgId, "organisation", orgId);
        return view();
    }

    @GET
    @Path("public")
    @PermitAll
    @SecurityRequirementsSet
    public CallerView publicEndpoint() {
        return view();
    }

    private CallerView view() {
        return new CallerView(caller.subject(), new TreeSet<>(caller.roles()), caller.organisationId().orElse(null),
                caller.isHousingOrganisation(), correlationId.value());
    }
}
