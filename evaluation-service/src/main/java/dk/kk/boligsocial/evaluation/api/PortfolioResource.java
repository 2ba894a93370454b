package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.PortfolioResponse;
import dk.kk.boligsocial.evaluation.api.model.RebuildResponse;
import dk.kk.boligsocial.evaluation.application.PortfolioRebuild;
import dk.kk.boligsocial.evaluation.application.PortfolioService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/portfolio")
@Tag(name = "Portfolio", description = "Kroner per outcome: money and results side by side")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    private final PortfolioService portfolio;
    private final PortfolioRebuild rebuild;

    public PortfolioResource(PortfolioService portfolio, PortfolioRebuild rebuild) {
        this.portfolio = portfolio;
        this.rebuild = rebuild;
    }

    @GET
    @RunOnVirtualThread
    @Path("/rounds/{roundId}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getPortfolio", summary = "Kroner per outcome across the granted plans of a round",
            description = "Each granted plan's money as funding-service announced it (committed and paid, all sources)"
                    + " split between its themes, each indicator's change since its baseline, and kroner per unit of"
                    + " improvement, by plan and across the round; every figure that lacks a part says which"
                    + " (moneyRule and unitRule state the arithmetic). A housing organisation sees its own plans only.")
    @APIResponse(responseCode = "200", description = "The portfolio of the round",
            content = @Content(schema = @Schema(implementation = PortfolioResponse.class),
                    examples = @ExampleObject(name = "portfolio", value = ApiExamples.PORTFOLIO)))
    public PortfolioResponse round(
            @Parameter(description = "The round", example = "2011-14") @PathParam("roundId") String roundId) {
        return portfolio.round(roundId);
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "replacePortfolioMoney", summary = "Rebuild the money side from boligsocial.funding",
            description = "Forgets the plans' money and reads boligsocial.funding again from offset 0 to its end,"
                    + " applying each event once as the live consumer does (events arriving meanwhile count once)."
                    + " For operators: after a restore of this service's database, or to prove the figures come from"
                    + " the events alone.")
    @APIResponse(responseCode = "200", description = "What the replay read and applied",
            content = @Content(schema = @Schema(implementation = RebuildResponse.class),
                    examples = @ExampleObject(name = "rebuilt", value = ApiExamples.REBUILD)))
    public RebuildResponse rebuild() {
        return rebuild.rebuild();
    }
}
