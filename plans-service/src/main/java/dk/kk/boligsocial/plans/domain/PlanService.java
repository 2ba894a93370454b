package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.BudgetLineValue;
import dk.kk.boligsocial.plans.api.HistoryEntry;
import dk.kk.boligsocial.plans.api.PlanRequest;
import dk.kk.boligsocial.plans.api.PlanResponse;
import dk.kk.boligsocial.plans.persistence.HousingAreaRepository;
import dk.kk.boligsocial.plans.persistence.HousingOrganisationRepository;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.plans.persistence.PlanDecisionRepository;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import dk.kk.boligsocial.plans.persistence.RoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Creating, revising, finding and listing plans; decisions are in {@link PlanDecisions}. */
@ApplicationScoped
public class PlanService {

    static final String RESOURCE = "plan";

    private final PlanRepository plans;
    private final RoundRepository rounds;
    private final HousingOrganisationRepository organisations;
    private final HousingAreaRepository areas;
    private final PlanDecisionRepository decisions;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public PlanService(PlanRepository plans, RoundRepository rounds, HousingOrganisationRepository organisations,
            HousingAreaRepository areas, PlanDecisionRepository decisions, AuditTrail audit, Caller caller,
            Clock clock) {
        this.plans = plans;
        this.rounds = rounds;
        this.organisations = organisations;
        this.areas = areas;
        this.decisions = decisions;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        Round round = requireRound(request.roundId());
        UUID organisationId = requireOrganisation(request.housingOrganisationId());
        PlanContent content = content(request);
        validate(content, round, organisationId);
        Instant now = now();
        Plan plan = new Plan(round.id(), organisationId, content, now);
        plans.persist(plan);
        plans.flush();
        decisions.persist(PlanDecision.of(PlanDecision.CREATION, plan.id())
                .transition(null, PlanStatus.DRAFT)
                .by(caller.subject(), caller.organisationId().orElse(null), now)
                .planVersion(plan.version())
                .build());
        audit.record("plan.created", RESOURCE, plan.id().toString(), plan.version());
        return Views.plan(plan);
    }

    @Transactional
    public PlanResponse revise(UUID id, String ifMatch, PlanRequest request) {
        Plan plan = PlanAccess.forUpdate(plans, caller, id, ifMatch);
        List<FieldError> fixed = new java.util.ArrayList<>();
        if (request.roundId() != null && !request.roundId().equals(plan.roundId())) {
            fixed.add(new FieldError("roundId", "cannot be changed; the plan belongs to round " + plan.roundId()));
        }
        if (request.housingOrganisationId() != null
                && !request.housingOrganisationId().equals(plan.housingOrganisationId())) {
            fixed.add(new FieldError("housingOrganisationId", "cannot be changed"));
        }
        if (!fixed.isEmpty()) {
            throw new InvalidInputException(fixed);
        }
        PlanAccess.requireEditable(plan);
        Round round = rounds.findById(plan.roundId());
        PlanContent content = content(request);
        validate(content, round, plan.housingOrganisationId());
        plan.revise(content, now());
        plans.flush();
        audit.record("plan.revised", RESOURCE, plan.id().toString(), plan.version());
        return Views.plan(plan);
    }

    @Transactional
    public PlanResponse get(UUID id) {
        return Views.plan(PlanAccess.visible(plans, caller, id));
    }

    @Transactional
    public Page<PlanResponse> list(PlanFilter filter, PageRequest page) {
        KeysetQuery query = KeysetQuery.by("createdAt", page);
        if (filter.status() != null) {
            query.where("status = :status", "status", filter.status());
        }
        if (filter.roundId() != null) {
            query.where("roundId = :roundId", "roundId", filter.roundId());
        }
        if (filter.theme() != null) {
            query.where(":theme member of themes", "theme", filter.theme());
        }
        if (filter.housingOrganisationId() != null) {
            query.where("housingOrganisationId = :org", "org", filter.housingOrganisationId());
        }
        if (caller.isHousingOrganisation()) {
            query.where("housingOrganisationId = :own", "own", caller.organisationId().orElseThrow());
        }
        List<Plan> rows = plans.page(query);
        return Page.fromLookahead(rows, page, p -> new Cursor(p.createdAt(), p.id()), p -> Views.plan(p));
    }

    @Transactional
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        PlanAccess.visible(plans, caller, id);
        List<PlanDecision> rows = decisions.history(id, KeysetQuery.by("decidedAt", page));
        return Page.fromLookahead(rows, page, d -> new Cursor(d.decidedAt(), d.id()), d -> Views.history(d));
    }

    private Round requireRound(String roundId) {
        if (roundId == null || roundId.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("roundId", "is required")));
        }
        Round round = rounds.findById(roundId);
        if (round == null) {
            throw new InvalidInputException(List.of(new FieldError("roundId", "no such round: " + roundId)));
        }
        return round;
    }

    private UUID requireOrganisation(UUID organisationId) {
        if (organisationId == null) {
            throw new InvalidInputException(List.of(new FieldError("housingOrganisationId", "is required")));
        }
        if (!caller.mayAccessOrganisation(organisationId) || organisations.findById(organisationId) == null) {
            throw new InvalidInputException(List.of(new FieldError("housingOrganisationId",
                    "no such housing organisation")));
        }
        return organisationId;
    }

    private void validate(PlanContent content, Round round, UUID organisationId) {
        List<UUID> areaIds = content.housingAreaIds() == null ? List.of()
                : content.housingAreaIds().stream().filter(Objects::nonNull).toList();
        List<FieldError> errors = PlanRules.check(content, round, organisationId, areas.byIds(areaIds));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static PlanContent content(PlanRequest r) {
        List<BudgetRequestLine> budget = r.budget() == null ? null : r.budget().stream()
                .map(PlanService::line)
                .toList();
        List<PlannedActivity> activities = r.activities() == null ? List.of() : r.activities().stream()
                .map(a -> a == null ? null : new PlannedActivity(a.theme(), a.title(), a.description()))
                .toList();
        return new PlanContent(r.title(), r.housingAreaIds(), r.themes(), r.targetGroups(), r.periodStart(),
                r.periodEnd(), budget, activities);
    }

    private static BudgetRequestLine line(BudgetLineValue v) {
        if (v == null) {
            return null;
        }
        return new BudgetRequestLine(v.source(), v.year(), v.amount() == null ? null : v.amount().amount(),
                v.amount() == null ? null : v.amount().currency());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
