package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.EvaluationRequest;
import dk.kk.boligsocial.evaluation.api.model.EvaluationResponse;
import dk.kk.boligsocial.evaluation.api.model.SubmissionRequest;
import dk.kk.boligsocial.evaluation.application.EvaluationService;
import dk.kk.boligsocial.evaluation.domain.EvaluationKind;
import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.kit.web.QueryParams;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/v1/plans/{planId}/evaluations")
@Tag(name = "Evaluations", description = "Baseline, midterm and final evaluations of a plan, rated per theme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final String PROBLEM = "application/problem+json";

    private final EvaluationService evaluations;

    public EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @RolesAllowed({KOMMUNE, EVALUATOR})
    @Operation(operationId = "createEvaluation", summary = "Submit a baseline or midterm evaluation",
            description = "A rating 1-5 and findings for every theme of the plan; the author is the caller. Each kind once"
                    + " per plan. The FINAL evaluation is opened when the plan is completed and submitted through its"
                    + " submission (409 here).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "midterm", value = ApiExamples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "evaluation", value = ApiExamples.EVALUATION)))
    @APIResponse(responseCode = "400", description = "Invalid assessments; every invalid field is named",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No framework for the plan", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The plan has this evaluation already, or it is the FINAL one",
            content = @Content(mediaType = PROBLEM))
    public Response create(@PathParam("planId") UUID planId, EvaluationRequest body, @Context UriInfo uri) {
        EvaluationResponse evaluation = evaluations.create(planId, Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(evaluation.id().toString()).build())
                .tag(ETags.entityTag(evaluation.version())).entity(evaluation).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listEvaluations", summary = "List the evaluations of a plan", description = "Oldest first, keyset-paginated; DUE ones included.")
    @APIResponse(responseCode = "200", description = "A page of evaluations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EvaluationResponsePage"), examples = @ExampleObject(name = "page", value = ApiExamples.EVALUATION_PAGE)))
    @APIResponse(responseCode = "404", description = "No framework for the plan", content = @Content(mediaType = PROBLEM))
    public Page<EvaluationResponse> list(@PathParam("planId") UUID planId,
            @Parameter(description = "Only evaluations of this kind", schema = @Schema(implementation = EvaluationKind.class)) @QueryParam("kind") String kind,
            @BeanParam PageRequest page) {
        return evaluations.list(planId, QueryParams.enumValue(EvaluationKind.class, "kind", kind), page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{evaluationId}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getEvaluation", summary = "Get an evaluation", description = "With its ETag, needed for the submission of a due evaluation.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "evaluation", value = ApiExamples.EVALUATION)))
    @APIResponse(responseCode = "404", description = "No such evaluation", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("planId") UUID planId, @PathParam("evaluationId") UUID evaluationId) {
        return withETag(evaluations.get(planId, evaluationId));
    }

    @POST
    @Path("/{evaluationId}/submission")
    @RolesAllowed({KOMMUNE, EVALUATOR})
    @Operation(operationId = "submitEvaluation", summary = "Submit a due evaluation",
            description = "Completes a DUE evaluation, such as the FINAL one opened when the plan was completed, with a"
                    + " rating and findings for every theme. Submitting the FINAL evaluation emits evaluation.completed.v1."
                    + " Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmissionRequest.class),
            examples = @ExampleObject(name = "submission", value = ApiExamples.SUBMISSION)))
    @APIResponse(responseCode = "200", description = "The submitted evaluation",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "evaluation", value = ApiExamples.EVALUATION)))
    @UpdateResponses
    public Response submit(@PathParam("planId") UUID planId, @PathParam("evaluationId") UUID evaluationId,
            @Parameter(required = true, description = "The evaluation's ETag as last read") @HeaderParam(IfMatch.HEADER) String ifMatch,
            SubmissionRequest body) {
        return withETag(evaluations.submit(planId, evaluationId, IfMatch.parse(ifMatch), Bodies.required(body)));
    }

    private static Response withETag(EvaluationResponse evaluation) {
        return Response.ok(evaluation).tag(ETags.entityTag(evaluation.version())).build();
    }
}
