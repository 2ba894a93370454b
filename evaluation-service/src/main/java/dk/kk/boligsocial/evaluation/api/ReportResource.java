package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse;
import dk.kk.boligsocial.evaluation.application.ReportService;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.web.CsvTable;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/reports")
@Tag(name = "Reports", description = "Portfolio reports across plans")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RunOnVirtualThread
    @Path("/themes")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getThemeReport", summary = "Progress by theme across the plans of a round",
            description = "Per theme of the round: plans, indicators on and off track (the latest approved value against"
                    + " that period's target) and without data, average progress, and the ratings of each plan's latest"
                    + " submitted evaluation. Computed in SQL. A housing organisation sees its own plans only. With"
                    + " include=indicators also each catalogue indicator's approved actuals per period rolled up across"
                    + " the plans, in total and per dimension value: counts and amounts summed (SUM), RATIO percentages"
                    + " weighted by their denominators (WEIGHTED), other percentages and scores averaged (MEAN). With"
                    + " `Accept: text/csv` those roll-ups as a spreadsheet (JSON stays the default and wins ties).")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "The report, one row per theme of the round in the round's order;"
            + " with `Accept: text/csv` one row per catalogue indicator and period, followed by one per dimension value",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeReportResponse.class),
                    examples = @ExampleObject(name = "report", value = ApiExamples.THEME_REPORT)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "table", value = ApiExamples.THEME_REPORT_TABLE))})
    public Response themes(
            @Context HttpHeaders headers,
            @Parameter(required = true, description = "The round", example = "2011-14") @QueryParam("roundId") String roundId,
            @Parameter(description = "indicators: add the catalogue indicators' roll-ups (indicators); absent: themes only",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"indicators"})) @QueryParam("include") String include) {
        if (include != null && !include.equals("indicators")) {
            throw new InvalidInputException("include", "must be indicators, or be left out");
        }
        if (CsvTable.preferred(headers)) {
            // the spreadsheet is the indicators' roll-ups, with or without include
            return reports.table(roundId).ok("theme-report-" + roundId + ".csv");
        }
        return Response.ok(reports.themes(roundId, include != null), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
