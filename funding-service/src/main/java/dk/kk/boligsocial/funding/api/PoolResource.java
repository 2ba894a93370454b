package dk.kk.boligsocial.funding.api;

import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;
import static dk.kk.boligsocial.kit.security.Roles.REVISOR;

import dk.kk.boligsocial.funding.api.model.ApiExamples;
import dk.kk.boligsocial.funding.api.model.PoolRequest;
import dk.kk.boligsocial.funding.api.model.PoolResponse;
import dk.kk.boligsocial.funding.api.model.LedgerEntryValue;
import dk.kk.boligsocial.funding.api.model.PoolProof;
import dk.kk.boligsocial.funding.application.PoolProofs;
import dk.kk.boligsocial.funding.application.PoolService;
import dk.kk.boligsocial.funding.application.PoolSimulations;
import dk.kk.boligsocial.funding.api.model.SimulationRequest;
import dk.kk.boligsocial.funding.api.model.SimulationResult;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.kit.idempotency.IdempotencyKeys;
import dk.kk.boligsocial.kit.idempotency.Outcome;
import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

@Path("/v1/pools")
@Tag(name = "Pools", description = "The rounds' municipal co-financing pools (medfinansieringspuljer)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {

    static final String PROBLEM = "application/problem+json";
    static final String IDEMPOTENCY_KEY = "Any unique string (e.g. a UUID); a repeated request with the same key and body"
            + " answers the first answer again without a second effect, with another body 422";

    private final PoolService pools;
    private final PoolProofs proofs;
    private final PoolSimulations simulations;
    private final IdempotencyKeys idempotency;

    public PoolResource(PoolService pools, PoolProofs proofs, PoolSimulations simulations,
            IdempotencyKeys idempotency) {
        this.pools = pools;
        this.proofs = proofs;
        this.simulations = simulations;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "createPool", summary = "Create a round's pool",
            description = "One pool per round, with a total capacity, optional capacities per year (adding up to no"
                    + " more than the total) and the round's co-financing rules. Accepts Idempotency-Key.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PoolRequest.class),
            examples = @ExampleObject(name = "pool", value = ApiExamples.POOL_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PoolResponse.class),
                    examples = @ExampleObject(name = "pool", value = ApiExamples.POOL_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid pool; every invalid field is named",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "409", description = "The round already has a pool",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "conflict", value = ApiExamples.POOL_CONFLICT)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "keyReused", value = ApiExamples.KEY_REUSED)))
    public Response create(@Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String key,
            PoolRequest body, @Context UriInfo uri) {
        PoolRequest request = Bodies.required(body);
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            PoolResponse pool = pools.create(request);
            return Outcome.created(pool, uri.getAbsolutePathBuilder().path(pool.id().toString()).build(), pool.version());
        }).toResponse();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, EVALUATOR, READER})
    @Operation(operationId = "listPools", summary = "List pools", description = "Oldest first, keyset-paginated, with their computed figures.")
    @APIResponse(responseCode = "200", description = "A page of pools",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PoolResponsePage"), examples = @ExampleObject(name = "page", value = ApiExamples.POOL_PAGE)))
    public Page<PoolResponse> list(
            @Parameter(description = "Only the pool of this round", example = "2011-14") @QueryParam("roundId") String roundId,
            @BeanParam PageRequest page) {
        return pools.list(roundId, page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}")
    @RolesAllowed({KOMMUNE, LBF, EVALUATOR, READER})
    @Operation(operationId = "getPool", summary = "Get a pool",
            description = "Capacity, per-year capacities, and reserved, committed, disbursed and available summed from"
                    + " the ledger.")
    @APIResponse(responseCode = "200", description = "The pool",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PoolResponse.class),
                    examples = @ExampleObject(name = "pool", value = ApiExamples.POOL_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such pool", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        PoolResponse pool = pools.get(id);
        return Response.ok(pool).tag(ETags.entityTag(pool.version())).build();
    }

    @POST
    @Path("/{id}/simulations")
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "createPoolSimulation", summary = "What-if simulation of the pool",
            description = "Applies hypothetical changes in order (add a plan with its budget; prequalify, grant or"
                    + " withdraw a plan; move a plan's municipal co-financing between years; change the co-financing"
                    + " rules, a year's or the total capacity) with the same code as real decisions, in a transaction"
                    + " that is always rolled back: nothing is written and no event is sent. Answers the pool's figures"
                    + " and the round's leverage before and after, and each change accepted or refused with its reasons"
                    + " and, for a refusal, the smallest changes that would make it pass. Holds the pool's row lock"
                    + " while it runs, as a real booking does.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SimulationRequest.class),
            examples = @ExampleObject(name = "autumn2011", value = ApiExamples.SIMULATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "What the changes would do; nothing was written",
            content = @Content(schema = @Schema(implementation = SimulationResult.class),
                    examples = @ExampleObject(name = "result", value = ApiExamples.SIMULATION_RESULT)))
    @APIResponse(responseCode = "400", description = "Invalid changes; every invalid field is named",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such pool, or a change names a plan funding does not know",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "A change names a plan of another round, or adds a plan that"
            + " exists", content = @Content(mediaType = PROBLEM))
    public SimulationResult simulate(@PathParam("id") UUID id, SimulationRequest body) {
        return simulations.simulate(id, Bodies.required(body));
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}/proof")
    @RolesAllowed({KOMMUNE, REVISOR})
    @Operation(operationId = "getPoolProof", summary = "The pool's proof from its raw ledger",
            description = "Recomputes the round's hash chain from the raw ledger entries (SHA-256 over each entry's"
                    + " canonical form and the hash before it, see the API guide) and replays what the pool held,"
                    + " entry by entry: the chain head, the number of entries, whether every entry checks out (else"
                    + " the first that does not), and the most the pool ever held in total and per year against the"
                    + " capacity. With ?asOf=yyyy-MM-dd: the chain up to the last entry recorded by the end of that day."
                    + " kommune and revisor.")
    @APIResponse(responseCode = "200", description = "The proof (also when it finds a break: verified false)",
            content = @Content(schema = @Schema(implementation = PoolProof.class),
                    examples = @ExampleObject(name = "proof", value = ApiExamples.POOL_PROOF)))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such pool", content = @Content(mediaType = PROBLEM))
    public PoolProof proof(@PathParam("id") UUID id,
            @Parameter(description = "The day the proof is as of (yyyy-MM-dd); default: the whole chain",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2014-12-31")
            @QueryParam("asOf") String asOf) {
        return proofs.proof(id, asOf == null ? null : date("asOf", asOf));
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}/ledger")
    @RolesAllowed({KOMMUNE, REVISOR})
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @Operation(operationId = "listPoolLedger", summary = "The pool's ledger, as chained",
            description = "Every ledger entry of the pool's round in chain order, with its position, previous hash"
                    + " and hash: the export that VerifyPoolChain (in the events jar) checks offline. JSON pages by"
                    + " default; with `Accept: text/csv` the whole ledger as one table. kommune and revisor.")
    @APIResponse(responseCode = "200", description = "A page of entries; with `Accept: text/csv`, every entry (no"
            + " paging: limit and cursor do not apply), the same columns as the JSON fields",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LedgerEntryValuePage"),
                    examples = @ExampleObject(name = "page", value = ApiExamples.LEDGER_PAGE)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "table", value = ApiExamples.LEDGER_TABLE))})
    @APIResponse(responseCode = "400", description = "limit or cursor invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such pool", content = @Content(mediaType = PROBLEM))
    public Response ledger(@PathParam("id") UUID id, @Context HttpHeaders headers, @BeanParam PageRequest page) {
        if (CsvTable.preferred(headers)) {
            return proofs.ledgerTable(id).ok("ledger-" + id + ".csv");
        }
        Page<LedgerEntryValue> entries = proofs.ledger(id, page);
        return Response.ok(entries, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldError(name, "must be a date, yyyy-MM-dd")));
        }
    }
}
