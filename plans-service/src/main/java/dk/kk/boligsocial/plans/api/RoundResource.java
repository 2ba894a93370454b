package dk.kk.boligsocial.plans.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.plans.api.model.ApiExamples;
import dk.kk.boligsocial.plans.api.model.RoundResponse;
import dk.kk.boligsocial.plans.application.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/v1/rounds")
@Tag(name = "Rounds", description = "Funding rounds (puljer) and their themes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
public class RoundResource {

    private final RoundService rounds;

    public RoundResource(RoundService rounds) {
        this.rounds = rounds;
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List funding rounds", description = "Ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of rounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoundResponsePage"), examples = @ExampleObject(name = "rounds", value = "{\"items\": [" + ApiExamples.ROUND + "], \"next\": null}")))
    public Page<RoundResponse> list(
            @Parameter(description = "Maximum number of items on the page",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque position to continue from: the 'next' value of the previous page",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("cursor") String cursor) {
        return rounds.list(limit, cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "Get a round with its themes",
            description = "The round (pulje) with its themes: code, Danish and English name, description.")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(schema = @Schema(implementation = RoundResponse.class),
                    examples = @ExampleObject(name = "round", value = ApiExamples.ROUND)))
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(mediaType = "application/problem+json"))
    public RoundResponse get(@Parameter(example = "2011-14") @PathParam("id") String id) {
        return rounds.get(id);
    }
}
