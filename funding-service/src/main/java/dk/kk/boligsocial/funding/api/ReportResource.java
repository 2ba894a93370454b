package dk.kk.boligsocial.funding.api;

import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.funding.api.model.ApiExamples;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.funding.api.model.PlanAllocation;
import dk.kk.boligsocial.funding.api.model.RoundReport;
import dk.kk.boligsocial.funding.application.ReportService;
import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/reports")
@Tag(name = "Reports", description = "Where a round's money stands")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RunOnVirtualThread
    @Path("/rounds/{roundId}")
    @RolesAllowed({KOMMUNE, LBF, EVALUATOR, READER})
    @Operation(operationId = "getRoundReport", summary = "Round report",
            description = "Totals by source and year (reserved, committed, disbursed), pool utilisation, leverage"
                    + " (total plan volume ÷ municipal co-financing over the plans holding money) and plans by funding"
                    + " state, computed in SQL. With ?asOf=yyyy-MM-dd the pool and the totals are as they stood at the"
                    + " end of that day: the ledger entries effective by then (each takes effect on its decision's"
                    + " decidedOn).")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "The report; with `Accept: text/csv` one row per source and year"
            + " (reserved, committed, disbursed, returned, the schedule's planned, approved, paid and due but unpaid,"
            + " and for municipal rows the pool's capacity and what is available in the year)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundReport.class),
                    examples = @ExampleObject(name = "report", value = ApiExamples.REPORT)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "table", value = ApiExamples.REPORT_TABLE))})
    @APIResponse(responseCode = "404", description = "Funding knows no pool and no plans of this round",
            content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = PoolResource.PROBLEM))
    public Response round(@PathParam("roundId") String roundId, @Context HttpHeaders headers,
            @Parameter(description = "The day the money figures are as of (yyyy-MM-dd); default now",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2011-12-31") @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null ? null : date("asOf", asOf);
        if (CsvTable.preferred(headers)) {
            return reports.roundTable(roundId, day).ok("round-" + roundId + (day == null ? "" : "-" + day) + ".csv");
        }
        return Response.ok(reports.round(roundId, day), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @RunOnVirtualThread
    @Path("/rounds/{roundId}/plans")
    @RolesAllowed({KOMMUNE, LBF, EVALUATOR, READER})
    @Operation(operationId = "listRoundPlanAllocations", summary = "Per-plan allocation of a round",
            description = "The round's plans, oldest first, keyset-paginated, each with its share of the money:"
                    + " municipal co-financing reserved and committed, committed and paid (every source, net of"
                    + " commitments given back and corrected payments), what it gave back to the pool, and its"
                    + " disbursement schedule (planned, approved, due but unpaid: planned or approved for a year"
                    + " before this one).")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "A page of plans with their money; with `Accept: text/csv` every"
            + " plan of the round (no paging: limit and cursor do not apply), one row per plan",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanAllocationPage"),
                    examples = @ExampleObject(name = "page", value = ApiExamples.PLAN_ALLOCATION_PAGE)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "table", value = ApiExamples.PLAN_ALLOCATION_TABLE))})
    @APIResponse(responseCode = "400", description = "limit or cursor invalid", content = @Content(mediaType = PoolResource.PROBLEM))
    @APIResponse(responseCode = "404", description = "Funding knows no pool and no plans of this round",
            content = @Content(mediaType = PoolResource.PROBLEM))
    public Response plans(@PathParam("roundId") String roundId, @Context HttpHeaders headers,
            @BeanParam PageRequest page) {
        if (CsvTable.preferred(headers)) {
            return reports.plansTable(roundId).ok("round-" + roundId + "-plans.csv");
        }
        Page<PlanAllocation> plans = reports.plans(roundId, page);
        return Response.ok(plans, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldError(name, "must be a date, yyyy-MM-dd")));
        }
    }
}
