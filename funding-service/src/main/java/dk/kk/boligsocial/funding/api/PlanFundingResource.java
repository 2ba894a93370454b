package dk.kk.boligsocial.funding.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.funding.api.model.ApiExamples;
import dk.kk.boligsocial.funding.api.model.PlanFundingResponse;
import dk.kk.boligsocial.funding.application.PlanFundingService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/plans/{planId}")
@Tag(name = "Plan funding", description = "One plan's money: reservations, commitments, disbursements, rule checks")
@Produces(MediaType.APPLICATION_JSON)
public class PlanFundingResource {

    private final PlanFundingService funding;

    public PlanFundingResource(PlanFundingService funding) {
        this.funding = funding;
    }

    @GET
    @RunOnVirtualThread
    @Path("/funding")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getPlanFunding", summary = "A plan's money",
            description = "Funding state, budget, ledger sums by source and year (reserved, committed, disbursed,"
                    + " remaining, commitments given back), the disbursement schedule by source and year (planned,"
                    + " approved, paid), the co-financing rule checks, refusal reasons and every ledger entry with the"
                    + " plan event (ce_id) or request that caused it. A housing organisation sees only its own plans.")
    @APIResponse(responseCode = "200", description = "The plan's funding",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanFundingResponse.class),
                    examples = @ExampleObject(name = "committed", value = ApiExamples.PLAN_FUNDING)))
    @APIResponse(responseCode = "404", description = "Funding knows no such plan (or not the caller's organisation's)",
            content = @Content(mediaType = PoolResource.PROBLEM))
    public Response get(@PathParam("planId") UUID planId) {
        // the body is kept ready as JSON (a PlanFundingResponse, see PlanFundingViews): written out as it is
        return funding.get(planId).ok();
    }
}
