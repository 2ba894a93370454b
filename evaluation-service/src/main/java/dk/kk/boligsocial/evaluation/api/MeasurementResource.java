package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.MeasurementRequest;
import dk.kk.boligsocial.evaluation.api.model.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.model.ReviewRequest;
import dk.kk.boligsocial.evaluation.application.MeasurementService;
import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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

@Path("/v1/plans/{planId}/indicators/{indicatorId}/measurements")
@Tag(name = "Measurements", description = "Values reported per indicator and period, and their review by the municipality")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    private static final String PROBLEM = "application/problem+json";

    private final MeasurementService measurements;

    public MeasurementResource(MeasurementService measurements) {
        this.measurements = measurements;
    }

    @POST
    @RolesAllowed({EVALUATOR, BOLIGORGANISATION})
    @Operation(operationId = "reportMeasurement", summary = "Report a measurement",
            description = "By an evaluator or the plan's own housing organisation: a value in the indicator's unit for a"
                    + " reporting period. It counts once the municipality approves it. A locked period answers 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasurementRequest.class),
            examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Reported",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @APIResponse(responseCode = "400", description = "Invalid value for the indicator's unit, or not a period of the plan",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such plan or indicator in its framework", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The period is locked",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "locked", value = ApiExamples.LOCKED)))
    public Response report(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            MeasurementRequest body, @Context UriInfo uri) {
        MeasurementResponse measurement = measurements.report(planId, indicatorId, Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(measurement.id().toString()).build())
                .tag(ETags.entityTag(measurement.version())).entity(measurement).build();
    }

    @GET
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

    @POST
    @Path("/{measurementId}/review")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "reviewMeasurement", summary = "Review a measurement (APPROVED or RETURNED)",
            description = "By the municipality; a returned measurement needs a comment and does not count. Who and when are"
                    + " recorded. A measurement is reviewed once; a locked period answers 409. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = {@ExampleObject(name = "approved", value = ApiExamples.APPROVAL),
                    @ExampleObject(name = "returned", value = ApiExamples.RETURN)}))
    @APIResponse(responseCode = "200", description = "The reviewed measurement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class),
                    examples = @ExampleObject(name = "measurement", value = ApiExamples.MEASUREMENT)))
    @UpdateResponses
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
