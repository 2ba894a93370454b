package dk.kk.boligsocial.funding.api;

import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;

import dk.kk.boligsocial.funding.api.model.AmendmentRequest;
import dk.kk.boligsocial.funding.api.model.AmendmentResponse;
import dk.kk.boligsocial.funding.api.model.ApiExamples;
import dk.kk.boligsocial.funding.application.AmendmentService;
import dk.kk.boligsocial.kit.idempotency.IdempotencyKeys;
import dk.kk.boligsocial.kit.idempotency.Outcome;
import dk.kk.boligsocial.kit.web.Bodies;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Amendments of a granted plan's municipal co-financing. Thin: the amendment is AmendmentService's. */
@Path("/v1/plans/{planId}/amendments")
@Tag(name = "Plan funding", description = "One plan's money: reservations, commitments, disbursements, rule checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmendmentResource {

    private final AmendmentService amendments;
    private final IdempotencyKeys idempotency;

    public AmendmentResource(AmendmentService amendments, IdempotencyKeys idempotency) {
        this.amendments = amendments;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "recordGrantAmendment", summary = "Amend a granted plan's municipal co-financing",
            description = "New municipal commitments per year (re-phasing years, or changing the amount), effective on"
                    + " decidedOn. Assessed as the grant was: the round's co-financing rules on the amended budget and"
                    + " the pool's capacity (total and per year) with the plan's current municipal commitments given"
                    + " back; no year may fall below what its disbursement schedule already holds. Accepted: the"
                    + " differences are booked (COMMITMENT_RELEASE, COMMITMENT) and funding.grant-amended.v1 is"
                    + " emitted. Refused: 409 with every reason and the rule checks, nothing booked. Accepts"
                    + " Idempotency-Key.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AmendmentRequest.class),
            examples = @ExampleObject(name = "rePhasing", value = ApiExamples.AMENDMENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "Amended",
            content = @Content(schema = @Schema(implementation = AmendmentResponse.class),
                    examples = @ExampleObject(name = "amended", value = ApiExamples.AMENDMENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid amendment; every invalid field is named",
            content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "Funding knows no such plan", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "409", description = "Refused (pool, co-financing rules, schedule), or the plan is not"
            + " granted", content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "refused", value = ApiExamples.AMENDMENT_REFUSED)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "keyReused", value = ApiExamples.KEY_REUSED)))
    public Response amend(@PathParam("planId") UUID planId,
            @Parameter(description = PoolResource.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
            AmendmentRequest body, @Context UriInfo uri) {
        AmendmentRequest request = Bodies.required(body);
        return idempotency.once(key, "POST " + uri.getPath(), request,
                () -> Outcome.ok(amendments.amend(planId, request))).toResponse();
    }
}
