package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.WorkResponse;
import dk.kk.boligsocial.evaluation.application.ReportingSchedule;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.kit.web.QueryParams;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/work")
@Tag(name = "Work", description = "What is to be reported, approved or chased, per the caller's role")
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    private final ReportingSchedule schedule;

    public WorkResource(ReportingSchedule schedule) {
        this.schedule = schedule;
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getWork", summary = "Get the caller's work queues",
            description = "Needs reporting, awaiting approval and overdue, as of today: an evaluator or housing"
                    + " organisation sees the indicators it may report, the municipality every value it may approve,"
                    + " lbf and readers everything. A housing organisation sees its own plans only.")
    @APIResponse(responseCode = "200", description = "The queues",
            content = @Content(schema = @Schema(implementation = WorkResponse.class),
                    examples = @ExampleObject(name = "work", value = ApiExamples.WORK)))
    @APIResponse(responseCode = "400", description = "planId is not a UUID, or limit is not 1-200",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    public WorkResponse work(
            @Parameter(description = "Only this plan's work") @QueryParam("planId") String planId,
            @Parameter(description = "Items per queue", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "50")) @QueryParam(PageRequest.LIMIT) String limit) {
        int checkedLimit = PageRequest.of(limit, null).limit();
        return schedule.work(QueryParams.uuid("planId", planId), checkedLimit);
    }
}
