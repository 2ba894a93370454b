package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.BaselineRequest;
import dk.kk.boligsocial.evaluation.api.model.DropRequest;
import dk.kk.boligsocial.evaluation.api.model.DueDateRequest;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorRequest;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.api.model.ReporterRequest;
import dk.kk.boligsocial.evaluation.api.model.TargetRequest;
import dk.kk.boligsocial.evaluation.application.FrameworkReader;
import dk.kk.boligsocial.evaluation.application.IatiActivity;
import dk.kk.boligsocial.evaluation.application.IndicatorBenchmarks;
import dk.kk.boligsocial.evaluation.application.IndicatorSelection;
import dk.kk.boligsocial.evaluation.application.PeriodLocking;
import dk.kk.boligsocial.evaluation.application.ReportingSchedule;
import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.QueryParams;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
@Tag(name = "Frameworks", description = "Each granted plan's evaluation framework: indicators, baselines, targets, periods, progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String IF_MATCH = "The plan indicator's ETag as last read, e.g. \"2\"; a stale one answers 412, none 428";

    private final FrameworkReader frameworks;
    private final IndicatorBenchmarks benchmarks;
    private final PeriodLocking periodLocking;
    private final ReportingSchedule schedule;
    private final IndicatorSelection selection;
    private final IatiActivity iati;

    public FrameworkResource(FrameworkReader frameworks, IndicatorBenchmarks benchmarks, PeriodLocking periodLocking,
            ReportingSchedule schedule, IndicatorSelection selection, IatiActivity iati) {
        this.iati = iati;
        this.schedule = schedule;
        this.selection = selection;
        this.frameworks = frameworks;
        this.benchmarks = benchmarks;
        this.periodLocking = periodLocking;
    }

    @GET
    @RunOnVirtualThread
    @Path("/framework")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getFramework", summary = "Get a plan's evaluation framework",
            description = "Created when the plan was granted: the catalogue indicators of its themes with baseline, targets per"
                    + " period, approved actuals and progress (with breakdowns by dimension value and narratives), and the"
                    + " reporting periods with their lock history. With `Accept: text/csv` a spreadsheet instead (JSON"
                    + " stays the default and wins ties).")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "The framework; with `Accept: text/csv` one row per indicator and"
            + " period (target, actual, progress, narrative), followed by one per dimension value of its breakdown",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class),
                    examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "table", value = ApiExamples.FRAMEWORK_TABLE))})
    @APIResponse(responseCode = "404", description = "No framework for the plan (not granted, or not the caller's organisation's)",
            content = @Content(mediaType = PROBLEM))
    public Response framework(@PathParam("planId") UUID planId, @Context HttpHeaders headers) {
        if (CsvTable.preferred(headers)) {
            return frameworks.table(planId).ok("framework-" + planId + ".csv");
        }
        // The stored document as it is, in bytes (its schema is FrameworkResponse, as documented above): no mapping,
        // decoding or encoding per read.
        return Response.ok(frameworks.get(planId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @RunOnVirtualThread
    @Path("/iati")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getIatiActivity", summary = "Get a granted plan as an IATI 2.03 activity",
            description = "An iati-activities file (version 2.03) with one iati-activity for the plan, its children in"
                    + " the standard's order: identifier (Københavns Kommune's DK-CVR-64942212 and the plan id),"
                    + " funders and implementer, status, planned dates, Denmark, sector 16010, a budget per year of the"
                    + " commitments, each commitment and disbursement funding-service announced (a corrected payment"
                    + " as a negative disbursement), and a result per theme with its indicators' baselines, targets and"
                    + " approved actuals per reporting year. The same visibility as the framework.")
    @Produces(MediaType.APPLICATION_XML)
    @APIResponse(responseCode = "200", description = "The IATI activity file",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "activity", value = ApiExamples.IATI_ACTIVITY)))
    @APIResponse(responseCode = "404", description = "No framework for the plan (not granted, or not the caller's organisation's)",
            content = @Content(mediaType = PROBLEM))
    public Response iati(@PathParam("planId") UUID planId) {
        return Response.ok(iati.export(planId), MediaType.APPLICATION_XML_TYPE).build();
    }

    @GET
    @RunOnVirtualThread
    @Path("/indicators/{indicatorId}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getPlanIndicator", summary = "Get one indicator of a plan's framework", description = "With its ETag, needed to set baseline and targets.")
    @APIResponse(responseCode = "200", description = "The plan indicator",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanIndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.PLAN_INDICATOR)))
    @APIResponse(responseCode = "404", description = "No such plan or indicator in its framework", content = @Content(mediaType = PROBLEM))
    public Response indicator(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId) {
        return withETag(frameworks.indicator(planId, indicatorId));
    }

    @POST
    @Path("/indicators")
    @RolesAllowed({KOMMUNE, EVALUATOR})
    @Operation(operationId = "addPlanIndicator", summary = "Add an indicator to the plan's framework",
            description = "While the framework is ACTIVE: a catalogue indicator of the plan's round and themes"
                    + " (indicatorId), or an indicator of the plan's own (own), which is not added to the catalogue or"
                    + " to other plans. It goes to the end of the framework. One already in the framework answers 409,"
                    + " as does a completed plan's framework.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanIndicatorRequest.class),
            examples = {@ExampleObject(name = "fromCatalogue", value = ApiExamples.PLAN_INDICATOR_REQUEST),
                    @ExampleObject(name = "own", value = ApiExamples.OWN_INDICATOR_REQUEST)}))
    @APIResponse(responseCode = "201", description = "The plan indicator",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlanIndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.PLAN_INDICATOR)))
    @APIResponse(responseCode = "400", description = "Neither or both of indicatorId and own, an indicator not of the"
            + " plan's round and themes, or an invalid own indicator",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "In the framework already, the code exists, or the framework is completed",
            content = @Content(mediaType = PROBLEM))
    public Response addIndicator(@PathParam("planId") UUID planId, PlanIndicatorRequest body, @Context UriInfo uri) {
        PlanIndicatorResponse indicator = selection.add(planId, Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(indicator.indicatorId().toString()).build())
                .tag(ETags.entityTag(indicator.version())).entity(indicator).build();
    }

    @POST
    @Path("/indicators/{indicatorId}/removal")
    @RolesAllowed({KOMMUNE, EVALUATOR})
    @Operation(operationId = "recordIndicatorRemoval", summary = "Drop an indicator from the plan's framework",
            description = "While the framework is ACTIVE, with a reason that the framework shows from then on"
                    + " (droppedIndicators). An indicator with measurements stays (409): its values are part of the"
                    + " plan's history. Requires If-Match (the plan indicator's ETag).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DropRequest.class),
            examples = @ExampleObject(name = "drop", value = ApiExamples.DROP)))
    @APIResponse(responseCode = "200", description = "The framework without the indicator",
            content = @Content(schema = @Schema(implementation = FrameworkResponse.class),
                    examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK)))
    @UpdateResponses
    public FrameworkResponse dropIndicator(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch, DropRequest body) {
        return selection.drop(planId, indicatorId, IfMatch.parse(ifMatch), Bodies.required(body));
    }

    @PUT
    @Path("/indicators/{indicatorId}/baseline")
    @RolesAllowed({KOMMUNE, EVALUATOR})
    @Operation(operationId = "setBaseline", summary = "Set the baseline of an indicator of the plan",
            description = "The value in the indicator's unit, the date it describes and its source. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BaselineRequest.class),
            examples = @ExampleObject(name = "baseline", value = ApiExamples.BASELINE)))
    @APIResponse(responseCode = "200", description = "The plan indicator",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanIndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.PLAN_INDICATOR)))
    @UpdateResponses
    public Response baseline(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch, BaselineRequest body) {
        return withETag(benchmarks.setBaseline(planId, indicatorId, IfMatch.parse(ifMatch), Bodies.required(body)));
    }

    @PUT
    @Path("/indicators/{indicatorId}/targets/{year}")
    @RolesAllowed({KOMMUNE, EVALUATOR})
    @Operation(operationId = "setTarget", summary = "Set the target of an indicator of the plan for a period",
            description = "The value in the indicator's unit the plan aims for by the end of that year, optionally broken"
                    + " down by the indicator's dimensions (for a COUNT or DKK indicator the parts of each dimension add"
                    + " up to the value, 422 otherwise); a QUALITATIVE indicator has none (400). Refused (409) while"
                    + " the period is locked. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TargetRequest.class),
            examples = @ExampleObject(name = "target", value = ApiExamples.TARGET)))
    @APIResponse(responseCode = "200", description = "The plan indicator",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanIndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.PLAN_INDICATOR)))
    @UpdateResponses
    @APIResponse(responseCode = "422", description = "The breakdown's parts do not add up to the target",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "partsDoNotAddUp", value = ApiExamples.PARTS_DO_NOT_ADD_UP)))
    public Response target(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @Parameter(description = "A reporting period (year) of the plan", example = "2013") @PathParam("year") String year,
            @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch, TargetRequest body) {
        return withETag(benchmarks.setTarget(planId, indicatorId, QueryParams.year("year", year),
                IfMatch.parse(ifMatch), Bodies.required(body)));
    }

    @PUT
    @Path("/indicators/{indicatorId}/reporter")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "setReporter", summary = "Assign the reporter of an indicator of the plan",
            description = "By the municipality: the one person (token subject) who reports the indicator's values from now"
                    + " on, besides the municipality; others who could report are refused (403). null clears the"
                    + " assignment. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReporterRequest.class),
            examples = @ExampleObject(name = "reporter", value = ApiExamples.REPORTER)))
    @APIResponse(responseCode = "200", description = "The plan indicator",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanIndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.PLAN_INDICATOR)))
    @UpdateResponses
    public Response reporter(@PathParam("planId") UUID planId, @PathParam("indicatorId") UUID indicatorId,
            @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch, ReporterRequest body) {
        return withETag(benchmarks.assignReporter(planId, indicatorId, IfMatch.parse(ifMatch), Bodies.required(body)));
    }

    @POST
    @Path("/periods/{year}/lock")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "lockPeriod", summary = "Lock a reporting period",
            description = "By the municipality, e.g. once the year's figures are approved: the period then takes no new"
                    + " measurements, reviews or targets (409). Recorded with who and when.")
    @APIResponse(responseCode = "200", description = "The period",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class),
                    examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD)))
    @APIResponse(responseCode = "404", description = "No such plan or period", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The period is locked already", content = @Content(mediaType = PROBLEM))
    public PeriodResponse lock(@PathParam("planId") UUID planId,
            @Parameter(description = "A reporting period (year) of the plan", example = "2012") @PathParam("year") String year) {
        return periodLocking.lock(planId, QueryParams.year("year", year));
    }

    @POST
    @Path("/periods/{year}/unlock")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "unlockPeriod", summary = "Unlock a reporting period", description = "By the municipality, e.g. to correct a figure. Recorded with who and when.")
    @APIResponse(responseCode = "200", description = "The period",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class),
                    examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD)))
    @APIResponse(responseCode = "404", description = "No such plan or period", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The period is not locked", content = @Content(mediaType = PROBLEM))
    public PeriodResponse unlock(@PathParam("planId") UUID planId,
            @Parameter(description = "A reporting period (year) of the plan", example = "2012") @PathParam("year") String year) {
        return periodLocking.unlock(planId, QueryParams.year("year", year));
    }

    @PUT
    @Path("/periods/{year}/due-date")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "setDueDate", summary = "Set the due date of a reporting period for the plan",
            description = "By the municipality: the date the period's figures are due for this plan, instead of the"
                    + " round's rule (e.g. 1 March after the year). Work queues and reminders follow it; a date moved"
                    + " later gets reminders of its own. Setting the date again changes nothing but who set it, so no"
                    + " If-Match is needed (as for locks). A locked period answers 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DueDateRequest.class),
            examples = @ExampleObject(name = "dueDate", value = ApiExamples.DUE_DATE)))
    @APIResponse(responseCode = "200", description = "The period",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class),
                    examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD)))
    @APIResponse(responseCode = "400", description = "No date, or one before the period or years after it",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such plan or period", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The period is locked",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "locked", value = ApiExamples.LOCKED)))
    public PeriodResponse dueDate(@PathParam("planId") UUID planId,
            @Parameter(description = "A reporting period (year) of the plan", example = "2012") @PathParam("year") String year,
            DueDateRequest body) {
        return schedule.setDueDate(planId, QueryParams.year("year", year), Bodies.required(body));
    }

    private static Response withETag(PlanIndicatorResponse indicator) {
        return Response.ok(indicator).tag(ETags.entityTag(indicator.version())).build();
    }
}
