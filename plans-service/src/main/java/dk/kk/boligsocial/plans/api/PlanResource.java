package dk.kk.boligsocial.plans.api;

import dk.kk.boligsocial.kit.web.QueryParams;
import dk.kk.boligsocial.kit.web.Bodies;
import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.model.ApiExamples;
import dk.kk.boligsocial.plans.api.model.DecisionRequests;
import dk.kk.boligsocial.plans.api.model.HistoryEntry;
import dk.kk.boligsocial.plans.api.model.PlanRequest;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import dk.kk.boligsocial.plans.application.PlanDecisionService;
import dk.kk.boligsocial.plans.application.PlanService;
import dk.kk.boligsocial.plans.domain.PlanFilter;
import dk.kk.boligsocial.plans.domain.PlanStatus;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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

@Path("/v1/plans")
@Tag(name = "Plans", description = "Boligsociale helhedsplaner and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String IF_MATCH = "The plan's ETag as last read, e.g. \"3\"; a stale one answers 412, none 428";

    private final PlanService plans;
    private final PlanDecisionService decisions;
    private final OptionalBodyReader bodies;

    public PlanResource(PlanService plans, PlanDecisionService decisions, OptionalBodyReader bodies) {
        this.plans = plans;
        this.decisions = decisions;
        this.bodies = bodies;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed({KOMMUNE, BOLIGORGANISATION})
    @Operation(operationId = "createPlan", summary = "Create a plan (DRAFT)",
            description = "Creates a plan of a round for a lead housing organisation. A housing organisation may"
                    + " create plans only for itself. Answers 201 with Location and ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = "draft", value = ApiExamples.PLAN_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid plan; every invalid field is named",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    public Response create(PlanRequest body, @Context UriInfo uri) {
        PlanResponse plan = plans.create(Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .tag(ETags.entityTag(plan.version())).entity(plan).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listPlans", summary = "List plans",
            description = "Newest last, keyset-paginated. A housing organisation sees only its own plans.")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "A page of plans; with `Accept: text/csv`, every plan the filters"
            + " select (no paging: limit and cursor do not apply) as a spreadsheet, one row per plan, the requested"
            + " budget summed per source",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanResponsePage"), examples = @ExampleObject(name = "page", value = ApiExamples.PLAN_PAGE)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "table", value = ApiExamples.PLAN_TABLE))})
    public Response list(
            @Context HttpHeaders headers,
            @Parameter(description = "Only plans in this status", schema = @Schema(implementation = PlanStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only plans with this theme code", example = "SUNDHED") @QueryParam("theme") String theme,
            @Parameter(description = "Only plans of this round", example = "2011-14") @QueryParam("roundId") String roundId,
            @Parameter(description = "Only plans of this lead housing organisation", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("housingOrganisationId") String housingOrganisationId,
            @BeanParam PageRequest page) {
        PlanFilter filter = new PlanFilter(QueryParams.enumValue(PlanStatus.class, "status", status), theme, roundId,
                QueryParams.uuid("housingOrganisationId", housingOrganisationId));
        if (CsvTable.preferred(headers)) {
            return plans.table(filter).ok("plans.csv");
        }
        // a page of PlanResponse, assembled from the answers kept ready (see PlanAnswers): written out as it is
        return Response.ok(plans.list(filter, page), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getPlan", summary = "Get a plan", description = "With its ETag (the version), needed for updates and decisions.")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such plan (or not the caller's organisation's)",
            content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        // the body is kept ready as JSON (a PlanResponse, see PlanAnswers): written out as it is
        return plans.get(id).ok();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{id}")
    @RolesAllowed({KOMMUNE, BOLIGORGANISATION})
    @Operation(operationId = "revisePlan", summary = "Revise a plan",
            description = "Replaces the plan's content while it is DRAFT or PREQUALIFIED (worked out in dialogue"
                    + " after prequalification). roundId and housingOrganisationId cannot change. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The revised plan",
            headers = @Header(name = "ETag", description = "The plan's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The plan cannot be changed in its status",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "conflict", value = ApiExamples.CONFLICT)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response revise(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch, PlanRequest body) {
        return withETag(plans.revise(id, IfMatch.parse(ifMatch), Bodies.required(body)));
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}/history")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listPlanHistory", summary = "History of a plan", description = "Creation and every decision, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HistoryEntryPage"), examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    public Page<HistoryEntry> history(@PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        return plans.history(id, page);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/submission")
    @RolesAllowed({KOMMUNE, BOLIGORGANISATION})
    @Operation(operationId = "submitPlan", summary = "Submit for prequalification (DRAFT → SUBMITTED)",
            description = "The application for LBF's prequalification, with the municipality's recommendation."
                    + " By the municipality or the plan's own housing organisation. Emits plan.submitted.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequests.Submission.class),
            examples = @ExampleObject(name = "submission", value = ApiExamples.SUBMISSION)))
    @DecisionResponses
    public Response submit(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequests.Submission body) {
        return withETag(decisions.submit(id, IfMatch.parse(ifMatch), body));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/prequalification")
    @RolesAllowed(LBF)
    @Operation(operationId = "prequalifyPlan", summary = "LBF's prequalification (SUBMITTED → PREQUALIFIED or REJECTED)",
            description = "By LBF. A rejection needs a reason. Emits plan.prequalified.v1 (with the whole plan) or"
                    + " plan.rejected.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequests.Prequalification.class),
            examples = {@ExampleObject(name = "prequalified", value = ApiExamples.PREQUALIFICATION),
                    @ExampleObject(name = "rejected", value = ApiExamples.REJECTION)}))
    @DecisionResponses
    public Response prequalify(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequests.Prequalification body) {
        return withETag(decisions.prequalify(id, IfMatch.parse(ifMatch), body));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/approval")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "approvePlan", summary = "Political approval (PREQUALIFIED → APPROVED)",
            description = "The plan, prepared in dialogue, approved by the committee. Emits plan.approved.v1."
                    + " A plan whose co-financing funding-service REFUSED answers 409 naming the refusal reasons"
                    + " (refusalReasons), unless the body carries coFinancingOverride with a reason.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequests.Approval.class),
            examples = @ExampleObject(name = "approval", value = ApiExamples.APPROVAL)))
    @DecisionResponses
    public Response approve(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequests.Approval body) {
        return withETag(decisions.approve(id, IfMatch.parse(ifMatch), body));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/grant")
    @RolesAllowed(LBF)
    @Operation(operationId = "grantPlan", summary = "LBF's grant, støttetilsagn (APPROVED → GRANTED)",
            description = "With LBF's granted amount. Emits plan.granted.v1 with the granted amounts per source and year."
                    + " A plan whose co-financing funding-service REFUSED answers 409 naming the refusal reasons"
                    + " (refusalReasons), unless the body carries coFinancingOverride with a reason.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequests.Grant.class),
            examples = @ExampleObject(name = "grant", value = ApiExamples.GRANT)))
    @DecisionResponses
    public Response grant(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequests.Grant body) {
        return withETag(decisions.grant(id, IfMatch.parse(ifMatch), body));
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "activatePlan", summary = "Start the plan (GRANTED → ACTIVE)", description = "Body optional. Emits plan.activated.v1.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequests.Note.class),
            examples = @ExampleObject(name = "note", value = ApiExamples.NOTE)))
    @DecisionResponses
    @Consumes(MediaType.WILDCARD)
    public Response activate(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String body) throws JsonProcessingException {
        return withETag(decisions.activate(id, IfMatch.parse(ifMatch), note(body)));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "completePlan", summary = "Complete the plan (ACTIVE → COMPLETED)",
            description = "Body optional. Emits plan.completed.v1; the final evaluation becomes due.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequests.Note.class),
            examples = @ExampleObject(name = "note", value = ApiExamples.NOTE)))
    @DecisionResponses
    @Consumes(MediaType.WILDCARD)
    public Response complete(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String body) throws JsonProcessingException {
        return withETag(decisions.complete(id, IfMatch.parse(ifMatch), note(body)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({KOMMUNE, BOLIGORGANISATION})
    @Operation(operationId = "withdrawPlan", summary = "Withdraw the plan (any state before GRANTED, except REJECTED → WITHDRAWN)",
            description = "By the municipality or the plan's own housing organisation, with a reason. Emits"
                    + " plan.withdrawn.v1; funding releases its reservation.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequests.Withdrawal.class),
            examples = @ExampleObject(name = "withdrawal", value = ApiExamples.WITHDRAWAL)))
    @DecisionResponses
    public Response withdraw(@PathParam("id") UUID id, @Parameter(required = true, description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequests.Withdrawal body) {
        return withETag(decisions.withdraw(id, IfMatch.parse(ifMatch), body));
    }

    /** Activation and completion may come without a body: that is a note without reference. */
    private DecisionRequests.Note note(String body) throws JsonProcessingException {
        return bodies.read(body, DecisionRequests.Note.class, new DecisionRequests.Note(null, null));
    }

    private static Response withETag(PlanResponse plan) {
        return Response.ok(plan).tag(ETags.entityTag(plan.version())).build();
    }
}
