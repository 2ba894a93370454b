package dk.kk.boligsocial.funding.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.funding.api.model.ApiExamples;
import dk.kk.boligsocial.funding.api.model.ApprovalRequest;
import dk.kk.boligsocial.funding.api.model.CorrectionRequest;
import dk.kk.boligsocial.funding.api.model.DisbursementRequest;
import dk.kk.boligsocial.funding.api.model.DisbursementResponse;
import dk.kk.boligsocial.funding.api.model.PaymentRequest;
import dk.kk.boligsocial.funding.application.DisbursementService;
import dk.kk.boligsocial.kit.idempotency.IdempotencyKeys;
import dk.kk.boligsocial.kit.idempotency.Outcome;
import dk.kk.boligsocial.kit.web.Bodies;
import io.smallrye.common.annotation.RunOnVirtualThread;
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

/** A plan's disbursement schedule: plan, approve, pay, correct. Thin: every step is DisbursementService's. */
@Path("/v1/plans/{planId}/disbursements")
@Tag(name = "Plan funding", description = "One plan's money: reservations, commitments, disbursements, rule checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementResource {

    private final DisbursementService disbursements;
    private final IdempotencyKeys idempotency;

    public DisbursementResource(DisbursementService disbursements, IdempotencyKeys idempotency) {
        this.disbursements = disbursements;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "recordDisbursement", summary = "Plan a disbursement, or record one paid (udbetaling)",
            description = "With status PLANNED puts a disbursement on the plan's schedule for one source and year, to"
                    + " be approved and paid later (no money moves, no event). Without a status (or PAID) plans,"
                    + " approves and pays it in one step, with an optional valueDate, and emits funding.disbursed.v1."
                    + " Either way what the schedule holds for that source and year (planned, approved and paid, not"
                    + " corrected) never exceeds the commitment there (409 with the figures). Accepts Idempotency-Key:"
                    + " a replay answers the first answer, the same key with another body 422.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DisbursementRequest.class),
            examples = {@ExampleObject(name = "paidAtOnce", value = ApiExamples.DISBURSEMENT_REQUEST),
                    @ExampleObject(name = "planned", value = ApiExamples.PLANNED_DISBURSEMENT_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = {@ExampleObject(name = "paid", value = ApiExamples.DISBURSEMENT_RESPONSE),
                            @ExampleObject(name = "planned", value = ApiExamples.PLANNED_DISBURSEMENT_RESPONSE)}))
    @APIResponse(responseCode = "400", description = "Invalid disbursement; every invalid field is named",
            content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "Funding knows no such plan", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "409", description = "More than what remains of the commitment beside the schedule,"
            + " or the plan's funding is closed out",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "overCommitment", value = ApiExamples.OVER_COMMITMENT)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "keyReused", value = ApiExamples.KEY_REUSED)))
    public Response record(@PathParam("planId") UUID planId,
            @Parameter(description = PoolResource.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
            DisbursementRequest body, @Context UriInfo uri) {
        DisbursementRequest request = Bodies.required(body);
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            DisbursementResponse disbursement = disbursements.record(planId, request);
            return new Outcome(201, disbursement,
                    uri.getAbsolutePathBuilder().path(disbursement.id().toString()).build(), null);
        }).toResponse();
    }

    @GET
    @RunOnVirtualThread
    @Path("/{disbursementId}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getDisbursement", summary = "Get a disbursement",
            description = "Where it stands on the schedule, with what now remains of its commitment.")
    @APIResponse(responseCode = "200", description = "The disbursement",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = @ExampleObject(name = "disbursement", value = ApiExamples.DISBURSEMENT_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such disbursement of this plan", content = @Content(mediaType = PoolResource.PROBLEM))
    public DisbursementResponse disbursement(@PathParam("planId") UUID planId,
            @PathParam("disbursementId") UUID disbursementId) {
        return disbursements.disbursement(planId, disbursementId);
    }

    @POST
    @Path("/{disbursementId}/approval")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "approveDisbursement", summary = "Approve a planned disbursement for payment",
            description = "The municipality's approval, effective on decidedOn (default today; not in the future, not"
                    + " before the grant). No money moves. Emits funding.disbursement-approved.v1.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = ApprovalRequest.class),
            examples = @ExampleObject(name = "approval", value = ApiExamples.APPROVAL_REQUEST)))
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = @ExampleObject(name = "disbursement", value = ApiExamples.DISBURSEMENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "decidedOn in the future or before the grant",
            content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such disbursement of this plan", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "409", description = "The disbursement is not PLANNED, or the plan's funding is closed out",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "wrongStatus", value = ApiExamples.WRONG_STATUS)))
    public DisbursementResponse approve(@PathParam("planId") UUID planId,
            @PathParam("disbursementId") UUID disbursementId, ApprovalRequest body) {
        return disbursements.approve(planId, disbursementId, body);
    }

    @POST
    @Path("/{disbursementId}/payment")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "recordDisbursementPayment", summary = "Pay an approved disbursement",
            description = "Books the payment in the ledger (DISBURSEMENT), effective on valueDate (default today; not"
                    + " in the future, not before the grant nor the approval). Emits funding.disbursed.v1. Accepts"
                    + " Idempotency-Key.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "payment", value = ApiExamples.PAYMENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "Paid",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = @ExampleObject(name = "disbursement", value = ApiExamples.DISBURSEMENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "valueDate in the future, or before the grant or the approval",
            content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such disbursement of this plan", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "409", description = "The disbursement is not APPROVED, the commitment no longer"
            + " carries it, or the plan's funding is closed out",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "wrongStatus", value = ApiExamples.WRONG_STATUS)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "keyReused", value = ApiExamples.KEY_REUSED)))
    public Response pay(@PathParam("planId") UUID planId, @PathParam("disbursementId") UUID disbursementId,
            @Parameter(description = PoolResource.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
            PaymentRequest body, @Context UriInfo uri) {
        PaymentRequest request = body == null ? new PaymentRequest(null) : body;
        return idempotency.once(key, "POST " + uri.getPath(), request,
                () -> Outcome.ok(disbursements.pay(planId, disbursementId, request))).toResponse();
    }

    @POST
    @Path("/{disbursementId}/correction")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "recordDisbursementCorrection", summary = "Correct a wrong payment",
            description = "Reverses the whole payment with a ledger entry of its own (DISBURSEMENT_REVERSAL, effective"
                    + " today); the payment's entry is never edited or deleted. The disbursement becomes CORRECTED and"
                    + " its amount is free again for a new, right disbursement. Emits funding.disbursement-corrected.v1."
                    + " Accepts Idempotency-Key.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CorrectionRequest.class),
            examples = @ExampleObject(name = "correction", value = ApiExamples.CORRECTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class),
                    examples = @ExampleObject(name = "corrected", value = ApiExamples.CORRECTED_DISBURSEMENT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "reason missing", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such disbursement of this plan", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "409", description = "The disbursement is not PAID, or the plan's funding is closed out",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "wrongStatus", value = ApiExamples.WRONG_STATUS)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
            content = @Content(mediaType = PoolResource.PROBLEM,
                    examples = @ExampleObject(name = "keyReused", value = ApiExamples.KEY_REUSED)))
    public Response correct(@PathParam("planId") UUID planId, @PathParam("disbursementId") UUID disbursementId,
            @Parameter(description = PoolResource.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
            CorrectionRequest body, @Context UriInfo uri) {
        CorrectionRequest request = Bodies.required(body);
        return idempotency.once(key, "POST " + uri.getPath(), request,
                () -> Outcome.ok(disbursements.correct(planId, disbursementId, request))).toResponse();
    }
}
