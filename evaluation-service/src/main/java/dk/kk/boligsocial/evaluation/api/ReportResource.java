package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse;
import dk.kk.boligsocial.evaluation.application.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Path("/themes")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getThemeReport", summary = "Progress by theme across the plans of a round",
            description = "Per theme of the round: plans, indicators on and off track (the latest approved value against"
                    + " that period's target) and without data, average progress, and the ratings of each plan's latest"
                    + " submitted evaluation. Computed in SQL. A housing organisation sees its own plans only.")
    @APIResponse(responseCode = "200", description = "The report, one row per theme of the round in the round's order",
            content = @Content(schema = @Schema(implementation = ThemeReportResponse.class),
                    examples = @ExampleObject(name = "report", value = ApiExamples.THEME_REPORT)))
    public ThemeReportResponse themes(
            @Parameter(required = true, description = "The round", example = "2011-14") @QueryParam("roundId") String roundId) {
        return reports.themes(roundId);
    }
}
