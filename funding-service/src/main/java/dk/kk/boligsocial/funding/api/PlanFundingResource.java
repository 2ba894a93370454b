package dk.kk.boligsocial.funding.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.funding.api.model.ApiExamples;
import dk.kk.boligsocial.funding.api.model.DisbursementRequest;
import dk.kk.boligsocial.funding.api.model.DisbursementResponse;
import dk.kk.boligsocial.funding.api.model.PlanFundingResponse;
import dk.kk.boligsocial.funding.application.PlanFundingService;
import dk.kk.boligsocial.kit.idempotency.IdempotencyKeys;
import dk.kk.boligsocial.kit.idempotency.Outcome;
import dk.kk.boligsocial.kit.web.Bodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/plans/{planId}")
@Tag(name = "Plan funding", description = "One plan's money: reservations, commitments, disbursements, rule checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanFundingResource {

    private final PlanFundingService funding;
    private final IdempotencyKeys idempotency;

    public PlanFundingResource(PlanFundingService funding, IdempotencyKeys idempotency) {
        this.funding = funding;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/funding")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getPlanFunding", summary = "A plan's money",
            description = "Funding state, budget, ledger sums by source and year (reserved, committed, disbursed,"
                    + " remaining), the co-financing rule checks, refusal reasons and every ledger entry with the plan"
                    + " event (ce_id) or request that caused it. A housing organisation sees only its own plans.")
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

    @POST
    @Path("/disbursements")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "recordDisbursement", summary = "Record a disbursement (udbetaling)",
            description = "Pays out of the plan's commitment for one source and year; never more than what remains of"
                    + " it (409 with the figures). Accepts Idempotency-Key: a replay answers the first answer, the"
                    + " same key with another body 422. Emits funding.disbursed.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DisbursementRequest.class),
            examples = @ExampleObject(name = "disbursement", value = ApiExamples.DISBURSEMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = @ExampleObject(name = "disbursement", value = ApiExamples.DISBURSEMENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid disbursement; every invalid field is named",
            content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "Funding knows no such plan", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "409", description = "More than what remains of the commitment",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "overCommitment", value = ApiExamples.OVER_COMMITMENT)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "keyReused", value = ApiExamples.KEY_REUSED)))
    public Response disburse(@PathParam("planId") UUID planId,
            @Parameter(description = PoolResource.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
            DisbursementRequest body, @Context UriInfo uri) {
        DisbursementRequest request = Bodies.required(body);
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            DisbursementResponse disbursement = funding.disburse(planId, request);
            return new Outcome(201, disbursement,
                    uri.getAbsolutePathBuilder().path(disbursement.id().toString()).build(), null);
        }).toResponse();
    }

    @GET
    @Path("/disbursements/{disbursementId}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getDisbursement", summary = "Get a disbursement", description = "With what now remains of its commitment.")
    @APIResponse(responseCode = "200", description = "The disbursement",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = @ExampleObject(name = "disbursement", value = ApiExamples.DISBURSEMENT_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such disbursement of this plan", content = @Content(mediaType = PoolResource.PROBLEM))
    public DisbursementResponse disbursement(@PathParam("planId") UUID planId,
            @PathParam("disbursementId") UUID disbursementId) {
        return funding.disbursement(planId, disbursementId);
    }
}
