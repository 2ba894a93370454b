package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.CommentRequest;
import dk.kk.boligsocial.evaluation.api.model.CommentResponse;
import dk.kk.boligsocial.evaluation.api.model.MeasurementRequest;
import dk.kk.boligsocial.evaluation.api.model.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.model.MeasurementUpdate;
import dk.kk.boligsocial.evaluation.api.model.ReviewRequest;
import dk.kk.boligsocial.evaluation.application.MeasurementService;
import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/v1/plans/{planId}/indicators/{indicatorId}/measurements")
@Tag(name = "Measurements", description = "Values reported per indicator and period, their correction, comments and"
        + " review by the municipality")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    private static final String PROBLEM = "application/problem+json";

    private final MeasurementService measurements;

    public MeasurementResource(MeasurementService measurements) {
        this.measurements = measurements;
    }

    @POST
    @RolesAllowed({EVALUATOR, BOLIGORGANISATION, KOMMUNE})
    @Operation(operationId = "reportMeasurement", summary = "Report a measurement",
            description = "By an evaluator, the plan's own housing organisation or the municipality; once a reporter is"
                    + " assigned to the indicator, only they or the municipality (403 otherwise). A value in the"
                    + " indicator's unit for a reporting period, REPORTED for review at once, or kept as a DRAFT with"
                    + " \"draft\": true. It counts once the municipality approves it. A locked period answers 409. By"
                    + " the indicator's kind: a value (VALUE), numerator and denominator (RATIO), or a narrative"
                    + " (QUALITATIVE); a number may carry a breakdown by the indicator's dimensions, whose parts must"
                    + " add up to the total for a COUNT or DKK value and a RATIO's numerator and denominator (422"
                    + " otherwise, rule parts-sum-to-total, and nothing is stored).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasurementRequest.class),
            examples = {@ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT_REQUEST),
                    @ExampleObject(name = "breakdown", value = ApiExamples.MEASUREMENT_BREAKDOWN),
                    @ExampleObject(name = "ratio", value = ApiExamples.MEASUREMENT_RATIO),
                    @ExampleObject(name = "narrative", value = ApiExamples.MEASUREMENT_NARRATIVE)}))
    @APIResponse(responseCode = "201", description = "Reported",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @APIResponse(responseCode = "400", description = "Invalid value for the indicator's unit, or not a period of the plan",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "403", description = "Not a reporter of this indicator, or the role may not report",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "notTheReporter", value = ApiExamples.NOT_THE_REPORTER)))
    @APIResponse(responseCode = "404", description = "No such plan or indicator in its framework", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The period is locked",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "locked", value = ApiExamples.LOCKED)))
    @APIResponse(responseCode = "422", description = "The breakdown's parts do not add up to the total",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "partsDoNotAddUp", value = ApiExamples.PARTS_DO_NOT_ADD_UP)))
    public Response report(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            MeasurementRequest body, @Context UriInfo uri) {
        MeasurementResponse measurement = measurements.report(planId, indicatorId, Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(measurement.id().toString()).build())
                .tag(ETags.entityTag(measurement.version())).entity(measurement).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listMeasurements", summary = "List the measurements of an indicator of the plan", description = "Oldest first, keyset-paginated, every status.")
    @APIResponse(responseCode = "200", description = "A page of measurements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MeasurementResponsePage"), examples = @ExampleObject(name = "page", value = ApiExamples.MEASUREMENT_PAGE)))
    @APIResponse(responseCode = "404", description = "No such plan or indicator in its framework", content = @Content(mediaType = PROBLEM))
    public Page<MeasurementResponse> list(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @BeanParam PageRequest page) {
        return measurements.list(planId, indicatorId, page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{measurementId}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getMeasurement", summary = "Get a measurement", description = "With its ETag, needed for the review.")
    @APIResponse(responseCode = "200", description = "The measurement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @APIResponse(responseCode = "404", description = "No such measurement", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId) {
        return withETag(measurements.get(planId, indicatorId, measurementId));
    }

    @PUT
    @Path("/{measurementId}")
    @RolesAllowed({EVALUATOR, BOLIGORGANISATION, KOMMUNE})
    @Operation(operationId = "updateMeasurement", summary = "Change a draft or correct a returned measurement",
            description = "By whoever may report the indicator: a new value and note for a DRAFT, or the correction of a"
                    + " RETURNED value. It stays as it is until reported (POST .../submission); a REPORTED or APPROVED"
                    + " value answers 409. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasurementUpdate.class),
            examples = @ExampleObject(name = "correction", value = ApiExamples.MEASUREMENT_UPDATE)))
    @APIResponse(responseCode = "200", description = "The changed measurement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @APIResponse(responseCode = "403", description = "Not a reporter of this indicator, or the role may not report",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "notTheReporter", value = ApiExamples.NOT_THE_REPORTER)))
    @UpdateResponses
    @APIResponse(responseCode = "422", description = "The breakdown's parts do not add up to the total",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "partsDoNotAddUp", value = ApiExamples.PARTS_DO_NOT_ADD_UP)))
    public Response update(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId,
            @Parameter(required = true, description = "The measurement's ETag as last read") @HeaderParam(IfMatch.HEADER) String ifMatch,
            MeasurementUpdate body) {
        return withETag(measurements.update(planId, indicatorId, measurementId, IfMatch.parse(ifMatch),
                Bodies.required(body)));
    }

    @POST
    @Path("/{measurementId}/submission")
    @RolesAllowed({EVALUATOR, BOLIGORGANISATION, KOMMUNE})
    @Operation(operationId = "submitMeasurement", summary = "Report a draft or a corrected measurement for review",
            description = "By whoever may report the indicator: a DRAFT, or a corrected RETURNED value, becomes REPORTED"
                    + " for the municipality's review, with who reported it and when; the latest review stays readable."
                    + " A REPORTED or APPROVED value, or a locked period, answers 409. Requires If-Match; no body.")
    @APIResponse(responseCode = "200", description = "The reported measurement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @APIResponse(responseCode = "403", description = "Not a reporter of this indicator, or the role may not report",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "notTheReporter", value = ApiExamples.NOT_THE_REPORTER)))
    @UpdateResponses
    public Response submit(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId,
            @Parameter(required = true, description = "The measurement's ETag as last read") @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return withETag(measurements.submit(planId, indicatorId, measurementId, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("/{measurementId}/comments")
    @RolesAllowed({KOMMUNE, EVALUATOR, BOLIGORGANISATION})
    @Operation(operationId = "addMeasurementComment", summary = "Comment on a measurement",
            description = "By the municipality, an evaluator or the plan's own housing organisation: a question about the"
                    + " value or its answer, in any status and period, locked or not. Comments are never changed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommentRequest.class),
            examples = @ExampleObject(name = "comment", value = ApiExamples.COMMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentResponse.class),
                    examples = @ExampleObject(name = "comment", value = ApiExamples.COMMENT)))
    @APIResponse(responseCode = "400", description = "No text, or too long",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such measurement", content = @Content(mediaType = PROBLEM))
    public Response comment(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId, CommentRequest body) {
        CommentResponse comment = measurements.comment(planId, indicatorId, measurementId, Bodies.required(body));
        return Response.status(Response.Status.CREATED).entity(comment).build();
    }

    @GET
    @RunOnVirtualThread
    @Path("/{measurementId}/comments")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listMeasurementComments", summary = "List the comments on a measurement",
            description = "The thread, oldest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of comments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommentResponsePage"),
                    examples = @ExampleObject(name = "page", value = ApiExamples.COMMENT_PAGE)))
    @APIResponse(responseCode = "404", description = "No such measurement", content = @Content(mediaType = PROBLEM))
    public Page<CommentResponse> comments(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId, @BeanParam PageRequest page) {
        return measurements.comments(planId, indicatorId, measurementId, page);
    }

    @POST
    @Path("/{measurementId}/review")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "reviewMeasurement", summary = "Review a measurement (APPROVED or RETURNED)",
            description = "By the municipality; a returned measurement needs a comment and does not count until it is"
                    + " corrected, reported again and approved. Who and when are recorded; an approval is announced"
                    + " (evaluation.measurement-approved.v1). Only a REPORTED measurement is reviewed, and four eyes:"
                    + " whoever created or reported it may not approve it (409, rule four-eyes); a locked period"
                    + " answers 409. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = {@ExampleObject(name = "approved", value = ApiExamples.APPROVAL),
                    @ExampleObject(name = "returned", value = ApiExamples.RETURN)}))
    @APIResponse(responseCode = "200", description = "The reviewed measurement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @APIResponse(responseCode = "409", description = "Not REPORTED, the approver created or reported it (four eyes), or the period is locked",
            content = @Content(mediaType = PROBLEM, examples = {@ExampleObject(name = "fourEyes", value = ApiExamples.FOUR_EYES),
                    @ExampleObject(name = "locked", value = ApiExamples.LOCKED)}))
    // UpdateResponses' answers but its 409, which the review has more to say about (two 409s would clash)
    @APIResponse(responseCode = "400", description = "Invalid body; every invalid field is named with the rule it breaks",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such plan, indicator or resource (or not the caller's organisation's)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match: someone changed it meanwhile", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Response review(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @PathParam("measurementId") UUID measurementId,
            @Parameter(required = true, description = "The measurement's ETag as last read") @HeaderParam(IfMatch.HEADER) String ifMatch,
            ReviewRequest body) {
        return withETag(measurements.review(planId, indicatorId, measurementId, IfMatch.parse(ifMatch),
                Bodies.required(body)));
    }

    private static Response withETag(MeasurementResponse measurement) {
        return Response.ok(measurement).tag(ETags.entityTag(measurement.version())).build();
    }
}
