package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.JsonAnswer;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import dk.kk.boligsocial.plans.api.model.BudgetLineValue;
import dk.kk.boligsocial.plans.api.model.HistoryEntry;
import dk.kk.boligsocial.plans.api.model.PlanRequest;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import dk.kk.boligsocial.plans.domain.BudgetLine;
import dk.kk.boligsocial.plans.domain.Decider;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanContent;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import dk.kk.boligsocial.plans.domain.PlanFilter;
import dk.kk.boligsocial.plans.domain.PlanRules;
import dk.kk.boligsocial.plans.domain.PlanStatus;
import dk.kk.boligsocial.plans.domain.PlanVersion;
import dk.kk.boligsocial.plans.domain.PlannedActivity;
import dk.kk.boligsocial.plans.domain.Round;
import dk.kk.boligsocial.plans.persistence.HousingAreaRepository;
import dk.kk.boligsocial.plans.persistence.HousingOrganisationRepository;
import dk.kk.boligsocial.plans.persistence.PlanDecisionRepository;
import dk.kk.boligsocial.plans.persistence.ListedAnswer;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import dk.kk.boligsocial.plans.persistence.PlanVersionRepository;
import dk.kk.boligsocial.plans.persistence.RoundRepository;
import dk.kk.boligsocial.plans.persistence.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Creating, revising, finding and listing plans; the lifecycle decisions are in {@link PlanDecisionService}. */
@ApplicationScoped
public class PlanService {

    static final String RESOURCE = "plan";

    private final PlanRepository plans;
    private final RoundRepository rounds;
    private final HousingOrganisationRepository organisations;
    private final HousingAreaRepository areas;
    private final PlanDecisionRepository decisions;
    private final PlanVersionRepository versions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;
    private final PlanAnswers answers;

    public PlanService(PlanRepository plans, RoundRepository rounds, HousingOrganisationRepository organisations,
            HousingAreaRepository areas, PlanDecisionRepository decisions, PlanVersionRepository versions,
            Outbox outbox, AuditTrail audit, Caller caller, Timestamps timestamps, PlanAnswers answers) {
        this.answers = answers;
        this.versions = versions;
        this.outbox = outbox;
        this.plans = plans;
        this.rounds = rounds;
        this.organisations = organisations;
        this.areas = areas;
        this.decisions = decisions;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        Round round = requireRound(request.roundId());
        UUID organisationId = requireOrganisation(request.housingOrganisationId());
        PlanContent content = content(request);
        validate(content, round, organisationId);
        Instant now = timestamps.now();
        Plan plan = new Plan(round.id(), organisationId, content, now);
        answers.keep(plan);
        plans.persist(plan);
        plans.flush();
        PlanDecision creation = PlanDecision.creationOf(plan, decider(caller), now);
        creation.takesEffectOn(EffectiveDates.dayOf(now));
        decisions.persist(creation);
        audit.record("plan.created", RESOURCE, plan.id().toString(), plan.version(), null,
                new AuditTrail.Change(null, AuditDocuments.content(plan)));
        return PlanViews.plan(plan);
    }

    @Transactional
    public PlanResponse revise(UUID id, ExpectedVersion expected, PlanRequest request) {
        Plan plan = caller.requireVisible(plans.findForUpdate(id), Plan::housingOrganisationId, RESOURCE, id);
        expected.require(plan.version());
        requireSameRoundAndOrganisation(plan, request);
        plan.requireEditable();
        Round round = rounds.findForPlan(plan.roundId()).orElseThrow();
        PlanContent content = content(request);
        validate(content, round, plan.housingOrganisationId());
        Decider by = decider(caller);
        Instant now = timestamps.now();
        Map<String, Object> before = AuditDocuments.content(plan);
        if (plan.contentVersion() == 1) {
            // the first revision: the plan as created becomes version 1 before its row is overwritten
            versions.persist(PlanVersion.first(plan, decisions.creationOf(plan.id()).orElse(null)));
        }
        PlanDecision revision = plan.revise(content, by, now);
        answers.keep(plan);
        plans.flush();
        versions.persist(PlanVersion.current(plan, by, now));
        revision.takesEffectOn(EffectiveDates.dayOf(now));
        decisions.persist(revision);
        // a draft's revisions are the application being written: nobody outside has seen the plan yet
        UUID published = plan.status() == PlanStatus.DRAFT ? null
                : outbox.publish(plan.id(), PlanEvents.revised(plan, revision));
        audit.record("plan.revised", RESOURCE, plan.id().toString(), plan.version(), published,
                new AuditTrail.Change(before, AuditDocuments.content(plan)));
        return PlanViews.plan(plan);
    }

    // Reads run without a transaction: one statement in autocommit, no BEGIN/COMMIT round trip.
    public JsonAnswer get(UUID id) {
        StoredAnswer stored = caller.requireVisible(plans.answer(id), StoredAnswer::housingOrganisationId, RESOURCE, id);
        return stored.isCurrent() ? PlanAnswers.ofCurrent(stored) : answers.render(visible(id));
    }

    /**
     * Every plan the filter selects (a housing organisation's caller: its own), oldest first, as a table for
     * spreadsheets: read from the kept answers a page of {@value PageRequest#MAX_LIMIT} at a time.
     */
    public CsvTable table(PlanFilter filter) {
        UUID onlyOrganisation = caller.isHousingOrganisation() ? caller.organisationId().orElseThrow() : null;
        PlanTable table = new PlanTable();
        String cursor = null;
        do {
            PageRequest page = PageRequest.of(String.valueOf(PageRequest.MAX_LIMIT), cursor);
            List<ListedAnswer> rows = plans.answerPage(filter, onlyOrganisation, page);
            List<ListedAnswer> shown = rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows;
            for (ListedAnswer row : shown) {
                table.add(row.isCurrent() ? answers.read(row.answer()) : PlanViews.plan(plans.findById(row.id())));
            }
            ListedAnswer last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            cursor = rows.size() > page.limit() ? new Cursor(last.createdAt(), last.id()).encode() : null;
        } while (cursor != null);
        return table.csv();
    }

    /** A page of plans as JSON, from the answers kept ready (a plan whose answer is not current is rendered). */
    public byte[] list(PlanFilter filter, PageRequest page) {
        UUID onlyOrganisation = caller.isHousingOrganisation() ? caller.organisationId().orElseThrow() : null;
        return Page.rawJson(Page.fromLookahead(plans.answerPage(filter, onlyOrganisation, page), page,
                p -> new Cursor(p.createdAt(), p.id()),
                p -> p.isCurrent() ? p.answer() : answers.render(plans.findById(p.id())).utf8()));
    }

    @Transactional
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        visible(id);
        return Page.fromLookahead(decisions.history(id, page), page, d -> new Cursor(d.decidedAt(), d.id()),
                PlanViews::history);
    }

    /** Who takes a decision now, for the plan's history. */
    static Decider decider(Caller caller) {
        return new Decider(caller.subject(), caller.organisationId().orElse(null));
    }

    private Plan visible(UUID id) {
        return caller.requireVisible(plans.findByIdOptional(id), Plan::housingOrganisationId, RESOURCE, id);
    }

    private static void requireSameRoundAndOrganisation(Plan plan, PlanRequest request) {
        List<FieldError> changed = new ArrayList<>();
        if (request.roundId() != null && !request.roundId().equals(plan.roundId())) {
            changed.add(new FieldError("roundId", "cannot be changed; the plan belongs to round " + plan.roundId()));
        }
        if (request.housingOrganisationId() != null
                && !request.housingOrganisationId().equals(plan.housingOrganisationId())) {
            changed.add(new FieldError("housingOrganisationId", "cannot be changed"));
        }
        if (!changed.isEmpty()) {
            throw new InvalidInputException(changed);
        }
    }

    private Round requireRound(String roundId) {
        if (roundId == null || roundId.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("roundId", "is required")));
        }
        Round round = rounds.findForPlan(roundId).orElse(null);
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
        List<BudgetLine.Unchecked> budget = r.budget() == null ? null : r.budget().stream()
                .map(PlanService::line)
                .toList();
        List<PlannedActivity> activities = r.activities() == null ? List.of() : r.activities().stream()
                .map(a -> a == null ? null : new PlannedActivity(a.theme(), a.title(), a.description()))
                .toList();
        return new PlanContent(r.title(), r.housingAreaIds(), r.themes(), r.targetGroups(), r.periodStart(),
                r.periodEnd(), budget, activities);
    }

    private static BudgetLine.Unchecked line(BudgetLineValue v) {
        if (v == null) {
            return null;
        }
        return new BudgetLine.Unchecked(v.source(), v.year(), v.amount() == null ? null : v.amount().amount(),
                v.amount() == null ? null : v.amount().currency());
    }
}
