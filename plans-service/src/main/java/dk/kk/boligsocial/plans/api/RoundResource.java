package dk.kk.boligsocial.plans.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.plans.api.model.ApiExamples;
import dk.kk.boligsocial.plans.api.model.RoundRequest;
import dk.kk.boligsocial.plans.api.model.RoundResponse;
import dk.kk.boligsocial.plans.application.RoundService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    private static final String PROBLEM = "application/problem+json";

    private final RoundService rounds;

    public RoundResource(RoundService rounds) {
        this.rounds = rounds;
    }

    @GET
    @RunOnVirtualThread
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
    @RunOnVirtualThread
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "Get a round with its themes and frame",
            description = "The round (pulje) with its themes (code, position, Danish and English name, description),"
                    + " its years and the frame it sets for funding and evaluation: the municipal co-financing pool,"
                    + " the co-financing rule and the reporting rule. With its ETag (the version), needed for PUT.")
    @APIResponse(responseCode = "200", description = "The round",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoundResponse.class),
                    examples = @ExampleObject(name = "round", value = ApiExamples.ROUND)))
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(mediaType = PROBLEM))
    public Response get(@Parameter(example = "2011-14") @PathParam("id") String id) {
        return withETag(rounds.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "createRound", summary = "Open a round",
            description = "Opens a funding round with its themes, years and frame (pool, co-financing rule, reporting"
                    + " rule). By the municipality. Emits round.opened.v1 (funding-service creates the pool and the rule,"
                    + " evaluation-service the themes and the reporting rule). Answers 201 with Location and ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoundRequest.class),
            examples = @ExampleObject(name = "round", value = ApiExamples.ROUND_REQUEST)))
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RoundResponse.class),
                    examples = @ExampleObject(name = "round", value = ApiExamples.ROUND)))
    @APIResponse(responseCode = "400", description = "Invalid round; every invalid field is named",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "409", description = "A round with this id exists", content = @Content(mediaType = PROBLEM))
    public Response create(RoundRequest body, @Context UriInfo uri) {
        RoundResponse round = rounds.create(Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(round.id()).build())
                .tag(ETags.entityTag(round.version())).entity(round).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "reviseRound", summary = "Revise a round",
            description = "Replaces the round's definition (id unchanged). Once plans exist in the round nothing they"
                    + " were checked against may become stricter: a theme a plan has picked stays, maxPlanYears may not"
                    + " shrink, opensOn may not move later, the years may not shrink (409 naming what). Emits"
                    + " round.revised.v1; a PUT that changes nothing emits nothing and keeps the ETag. Requires If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoundRequest.class),
            examples = @ExampleObject(name = "round", value = ApiExamples.ROUND_REQUEST)))
    @APIResponse(responseCode = "200", description = "The revised round",
            headers = @Header(name = "ETag", description = "The round's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoundResponse.class),
                    examples = @ExampleObject(name = "round", value = ApiExamples.ROUND)))
    @APIResponse(responseCode = "400", description = "Invalid round; every invalid field is named",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The round's plans forbid the change (e.g. dropping a theme a plan picked)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "themeInUse", value = ApiExamples.ROUND_CONFLICT)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response revise(@Parameter(example = "2015-18") @PathParam("id") String id,
            @Parameter(required = true, description = "The round's ETag as last read, e.g. \"0\"; a stale one answers 412, none 428")
            @HeaderParam("If-Match") String ifMatch, RoundRequest body) {
        return withETag(rounds.revise(id, IfMatch.parse(ifMatch), Bodies.required(body)));
    }

    private static Response withETag(RoundResponse round) {
        return Response.ok(round).tag(ETags.entityTag(round.version())).build();
    }
}
