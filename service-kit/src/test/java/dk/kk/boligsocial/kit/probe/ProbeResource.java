package dk.kk.boligsocial.kit.probe;

import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.UnprocessableException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.idempotency.IdempotencyKeys;
import dk.kk.boligsocial.kit.idempotency.Outcome;
import dk.kk.boligsocial.kit.security.Roles;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only resource exercising the kit the way a service uses it. */
@Path("/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private static final Map<UUID, ProbeView> PROBES = new ConcurrentHashMap<>();

    private final AuditTrail audit;
    private final IdempotencyKeys idempotency;

    public ProbeResource(AuditTrail audit, IdempotencyKeys idempotency) {
        this.audit = audit;
        this.idempotency = idempotency;
    }

    /** Creates a probe like {@link #create} but replays its first answer for a repeated Idempotency-Key. */
    @POST
    @Path("idempotent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KOMMUNE)
    public Response createOnce(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid ProbeRequest body,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), body, () -> {
            BigDecimal total = body.budget().stream().map(line -> line.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            ProbeView probe = new ProbeView(UUID.randomUUID(), body.title(), new Money(total, "DKK"), Instant.now(), 1);
            PROBES.put(probe.id(), probe);
            audit.record("probe.created-once", "probe", probe.id().toString(), probe.version());
            return Outcome.created(probe, URI.create("/v1/probes/" + probe.id()), probe.version());
        }).toResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KOMMUNE, Roles.BOLIGORGANISATION})
    @Transactional
    public Response create(@NotNull @Valid ProbeRequest body) {
        if (body.periodStart() != null && body.periodStart().getYear() < 2000) {
            throw new UnprocessableException("the period cannot start before 2000");
        }
        BigDecimal total = body.budget().stream().map(line -> line.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        ProbeView probe = new ProbeView(UUID.randomUUID(), body.title(), new Money(total, "DKK"), Instant.now(), 1);
        PROBES.put(probe.id(), probe);
        audit.record("probe.created", "probe", probe.id().toString(), probe.version());
        return Response.created(URI.create("/v1/probes/" + probe.id())).tag(ETags.entityTag(probe.version())).entity(probe).build();
    }

    @GET
    @RolesAllowed({Roles.KOMMUNE, Roles.LBF, Roles.BOLIGORGANISATION, Roles.EVALUATOR, Roles.READER})
    public Page<ProbeView> list(@BeanParam PageRequest page, @QueryParam("minYear") @Min(2000) Integer minYear) {
        List<ProbeView> ordered = new ArrayList<>(PROBES.values());
        ordered.sort(Comparator.comparing(ProbeView::createdAt).thenComparing(ProbeView::id));
        List<ProbeView> after = page.after()
                .map(cursor -> ordered.stream().filter(p -> isAfter(p, cursor)).toList())
                .orElse(ordered);
        return Page.fromLookahead(after.stream().limit(page.limit() + 1L).toList(), page,
                p -> new Cursor(p.createdAt(), p.id()), p -> p);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KOMMUNE, Roles.READER})
    public Response get(@PathParam("id") UUID id) {
        ProbeView probe = find(id);
        return Response.ok(probe).header("ETag", ETags.of(probe.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KOMMUNE)
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "409", description = "Declared by the operation without content")
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Rename body) {
        ProbeView probe = find(id);
        IfMatch.parse(ifMatch).require(probe.version());
        ProbeView renamed = new ProbeView(id, body.title(), probe.total(), probe.createdAt(), probe.version() + 1);
        PROBES.put(id, renamed);
        return Response.ok(renamed).tag(ETags.entityTag(renamed.version())).build();
    }

    public record Rename(@jakarta.validation.constraints.NotBlank String title) {
    }

    @POST
    @Path("audited")
    @RolesAllowed(Roles.KOMMUNE)
    @Transactional
    public Response audited(@QueryParam("resourceId") String resourceId, @QueryParam("fail") boolean fail) {
        audit.record("probe.audited", "probe", resourceId, 7);
        if (fail) {
            throw new ConflictException("probe is not in a state that allows this", Map.of(
                    "currentStatus", "GRANTED", "allowedDecisions", List.of("activation")));
        }
        return Response.noContent().build();
    }

    @POST
    @Path("audited-without-transaction")
    @RolesAllowed(Roles.KOMMUNE)
    public Response auditedWithoutTransaction() {
        audit.record("probe.audited", "probe", "x", 1);
        return Response.noContent().build();
    }

    @GET
    @Path("failure")
    @RolesAllowed(Roles.KOMMUNE)
    public String failure() {
        throw new IllegalStateException("secret internals of ProbeResource");
    }

    @GET
    @Path("teapot")
    @RolesAllowed(Roles.KOMMUNE)
    public String teapot() {
        throw new WebApplicationException("internal message", 429);
    }

    @GET
    @Path("invalid")
    @RolesAllowed(Roles.KOMMUNE)
    public String invalid() {
        throw new InvalidInputException("roundId", "unknown round");
    }

    @GET
    @Path("unannotated")
    public String unannotated() {
        return "nobody may see this";
    }

    private static boolean isAfter(ProbeView probe, Cursor cursor) {
        int byTime = probe.createdAt().compareTo(cursor.createdAt());
        return byTime > 0 || byTime == 0 && probe.id().compareTo(cursor.id()) > 0;
    }

    private static ProbeView find(UUID id) {
        ProbeView probe = PROBES.get(id);
        if (probe == null) {
            throw new ResourceNotFoundException("probe", id);
        }
        return probe;
    }
}
