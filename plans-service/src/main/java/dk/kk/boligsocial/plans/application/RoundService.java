package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import dk.kk.boligsocial.plans.api.model.RoundFrameValue;
import dk.kk.boligsocial.plans.api.model.RoundRequest;
import dk.kk.boligsocial.plans.api.model.RoundResponse;
import dk.kk.boligsocial.plans.domain.Round;
import dk.kk.boligsocial.plans.domain.RoundDefinition;
import dk.kk.boligsocial.plans.domain.RoundFrame;
import dk.kk.boligsocial.plans.domain.RoundRules;
import dk.kk.boligsocial.plans.persistence.RoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Funding rounds and their themes: plans-service owns them. The municipality opens and revises a round; each change
 * is announced in the same transaction (round.opened.v1, round.revised.v1) with the whole round, from which
 * funding-service and evaluation-service take their part.
 */
@ApplicationScoped
public class RoundService {

    static final String RESOURCE = "round";
    /** The shape of a round id ("2011-14"): what a cursor must decode to. */
    private static final Pattern ROUND_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,31}");

    private final RoundRepository rounds;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;

    public RoundService(RoundRepository rounds, Outbox outbox, AuditTrail audit, Caller caller, Timestamps timestamps) {
        this.rounds = rounds;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public RoundResponse create(RoundRequest request) {
        List<FieldError> errors = new ArrayList<>();
        RoundRequests.checkId(errors, request);
        RoundDefinition definition = RoundRequests.definition(errors, request);
        rounds.lockIdForCreation(request.id());
        if (rounds.findByIdOptional(request.id()).isPresent()) {
            throw new ConflictException("Round " + request.id() + " exists already; revise it with PUT /v1/rounds/"
                    + request.id(), Map.of("roundId", request.id()));
        }
        Round round = Round.open(request.id(), definition);
        rounds.persist(round);
        rounds.flush();
        Instant now = timestamps.now();
        var published = outbox.publish(round.id(), RoundEvents.opened(round, caller.subject(), now));
        audit.record("round.created", RESOURCE, round.id(), round.version(), published,
                new AuditTrail.Change(null, round.definition()));
        return view(round);
    }

    @Transactional
    public RoundResponse revise(String id, ExpectedVersion expected, RoundRequest request) {
        Round round = rounds.findForUpdate(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
        expected.require(round.version());
        List<FieldError> errors = new ArrayList<>();
        if (request.id() != null && !request.id().equals(id)) {
            errors.add(new FieldError("id", "cannot change: a round's id names it (" + id + ")"));
        }
        RoundDefinition definition = RoundRequests.definition(errors, request);
        RoundDefinition before = round.definition();
        if (definition.equals(before)) {
            // the round as it is: nothing to announce, and the ETag stays
            return view(round);
        }
        RoundRules.checkRevision(round, definition, rounds.themesInUse(id), rounds.hasPlans(id));
        round.revise(definition);
        rounds.flush();
        var published = outbox.publish(round.id(), RoundEvents.revised(round, caller.subject(), timestamps.now()));
        audit.record("round.revised", RESOURCE, round.id(), round.version(), published,
                new AuditTrail.Change(before, round.definition()));
        return view(round);
    }

    /** Rounds are ordered by id, so their cursor is the last id shown rather than a time-and-id position. */
    @Transactional
    public Page<RoundResponse> list(String limit, String cursor) {
        int size = PageRequest.of(limit, null).limit();
        List<Round> rows = rounds.page(cursor == null || cursor.isBlank() ? null : decode(cursor), size);
        boolean more = rows.size() > size;
        List<Round> shown = more ? rows.subList(0, size) : rows;
        return new Page<>(shown.stream().map(RoundService::view).toList(),
                more ? encode(shown.get(shown.size() - 1).id()) : null);
    }

    @Transactional
    public RoundResponse get(String id) {
        return rounds.findByIdOptional(id).map(RoundService::view)
                .orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    static RoundResponse view(Round round) {
        RoundFrame frame = round.frame();
        return new RoundResponse(round.id(), round.name(), round.description(), round.maxPlanYears(), round.currency(),
                round.themes().stream()
                        .map(t -> new RoundResponse.ThemeValue(t.code(), t.nameDa(), t.nameEn(), t.description(),
                                t.position()))
                        .toList(),
                round.opensOn(), round.firstYear(), round.lastYear(),
                new RoundFrameValue.Pool(frame.pool().name(), MoneyValue.dkk(frame.pool().capacity()),
                        frame.pool().years().stream()
                                .map(y -> new RoundFrameValue.PoolYear(y.year(), MoneyValue.dkk(y.capacity()))).toList()),
                new RoundFrameValue.CoFinancing(frame.coFinancing().housingOrganisationMatchRatio(),
                        frame.coFinancing().minimumLocalShare()),
                new RoundFrameValue.Reporting(frame.reporting().dueMonth(), frame.reporting().dueDay(),
                        frame.reporting().yearsAfter()),
                round.version());
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor this service made holds a round id; anything else is not a cursor. */
    private static String decode(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (ROUND_ID.matcher(id).matches()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like a well-encoded cursor that names no round id
        }
        throw new InvalidInputException(PageRequest.CURSOR, "is not a valid cursor; use the 'next' value of a previous page");
    }
}
