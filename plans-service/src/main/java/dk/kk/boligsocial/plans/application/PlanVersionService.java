package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.model.ActivityValue;
import dk.kk.boligsocial.plans.api.model.BudgetLineValue;
import dk.kk.boligsocial.plans.api.model.PlanVersionResponse;
import dk.kk.boligsocial.plans.api.model.VersionChanges;
import dk.kk.boligsocial.plans.domain.BudgetLine;
import dk.kk.boligsocial.plans.domain.BudgetSource;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanVersion;
import dk.kk.boligsocial.plans.persistence.PlanDecisionRepository;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import dk.kk.boligsocial.plans.persistence.PlanVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reading a plan's versions and comparing two of them. A plan never revised stores no version: its version 1 is its
 * own row (and the creation entry of its history names who made it).
 */
@ApplicationScoped
public class PlanVersionService {

    static final String VERSION_RESOURCE = "plan version";

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanDecisionRepository decisions;
    private final Caller caller;

    public PlanVersionService(PlanRepository plans, PlanVersionRepository versions, PlanDecisionRepository decisions,
            Caller caller) {
        this.plans = plans;
        this.versions = versions;
        this.decisions = decisions;
        this.caller = caller;
    }

    @Transactional
    public Page<PlanVersionResponse> list(UUID id, PageRequest page) {
        Plan plan = visible(id);
        if (plan.contentVersion() == 1) {
            // one version only, the plan's own row; a cursor can only come from a page of stored versions
            return new Page<>(page.after().isEmpty() ? List.of(view(first(plan), 1)) : List.of(), null);
        }
        return Page.fromLookahead(versions.page(id, page), page, v -> new Cursor(v.recordedAt(), v.id()),
                v -> view(v, plan.contentVersion()));
    }

    @Transactional
    public PlanVersionResponse get(UUID id, int number) {
        Plan plan = visible(id);
        return view(version(plan, number), plan.contentVersion());
    }

    /**
     * @param from the version to compare with; {@code null} for the one before {@code number}
     * @throws InvalidInputException (400) if {@code from} names no version of the plan (or is missing for version 1)
     */
    @Transactional
    public VersionChanges changes(UUID id, int number, Integer from) {
        Plan plan = visible(id);
        PlanVersion to = version(plan, number);
        int fromNumber = from == null ? number - 1 : from;
        if (fromNumber < 1 || fromNumber > plan.contentVersion()) {
            throw new InvalidInputException(List.of(new FieldError("from", from == null
                    ? "version 1 has no version before it; name one with ?from="
                    : "no such version of the plan: " + from + " (it has 1 to " + plan.contentVersion() + ")")));
        }
        Map<String, Object> before = fields(version(plan, fromNumber));
        Map<String, Object> after = fields(to);
        List<VersionChanges.Change> changes = new ArrayList<>();
        List<String> keys = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(keys::add);
        keys.sort(Comparator.comparingInt(PlanVersionService::fieldOrder).thenComparing(Comparator.naturalOrder()));
        for (String key : keys) {
            Object was = before.get(key);
            Object is = after.get(key);
            if (!same(was, is)) {
                changes.add(new VersionChanges.Change(key, was, is));
            }
        }
        return new VersionChanges(plan.id(), fromNumber, number, changes);
    }

    private PlanVersion version(Plan plan, int number) {
        if (number < 1 || number > plan.contentVersion()) {
            throw new ResourceNotFoundException(VERSION_RESOURCE, plan.id() + "/versions/" + number);
        }
        if (plan.contentVersion() == 1) {
            return first(plan);
        }
        return versions.find(plan.id(), number)
                .orElseThrow(() -> new ResourceNotFoundException(VERSION_RESOURCE, plan.id() + "/versions/" + number));
    }

    private PlanVersion first(Plan plan) {
        return PlanVersion.first(plan, decisions.creationOf(plan.id()).orElse(null));
    }

    private Plan visible(UUID id) {
        return caller.requireVisible(plans.findByIdOptional(id), Plan::housingOrganisationId, PlanService.RESOURCE, id);
    }

    private static PlanVersionResponse view(PlanVersion v, int current) {
        BigDecimal total = v.budget().stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanVersionResponse(v.planId(), v.number(), v.number() == current, v.status(), v.recordedAt(),
                v.actor(), v.title(), v.housingAreaIds(), v.themes(), v.targetGroups(), v.periodStart(),
                v.periodEnd(),
                v.budget().stream().map(b -> new BudgetLineValue(b.source(), b.year(), MoneyValue.dkk(b.amount())))
                        .toList(),
                MoneyValue.dkk(total),
                v.activities().stream().map(a -> new ActivityValue(a.theme(), a.title(), a.description())).toList());
    }

    /** A version as field → value, the values as the API shows them. */
    private static Map<String, Object> fields(PlanVersion v) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", v.title());
        fields.put("periodStart", v.periodStart());
        fields.put("periodEnd", v.periodEnd());
        fields.put("housingAreaIds", v.housingAreaIds());
        fields.put("themes", v.themes());
        fields.put("targetGroups", v.targetGroups());
        fields.put("activities", v.activities().stream()
                .map(a -> new ActivityValue(a.theme(), a.title(), a.description())).toList());
        Map<BudgetSource, BigDecimal> bySource = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : v.budget()) {
            fields.put("budget." + line.source() + "." + line.year(), MoneyValue.dkk(line.amount()));
            bySource.merge(line.source(), line.amount(), BigDecimal::add);
            total = total.add(line.amount());
        }
        for (BudgetSource source : new TreeSet<>(bySource.keySet())) {
            fields.put("totalBudget." + source, MoneyValue.dkk(bySource.get(source)));
        }
        fields.put("totalBudget", MoneyValue.dkk(total));
        return fields;
    }

    private static int fieldOrder(String field) {
        List<String> order = List.of("title", "periodStart", "periodEnd", "housingAreaIds", "themes", "targetGroups",
                "activities");
        int index = order.indexOf(field);
        if (index >= 0) {
            return index;
        }
        return field.startsWith("budget.") ? order.size() : order.size() + 1;
    }

    /** Equal values; amounts compare by value (500000.00 and 500000.0 are the same money). */
    private static boolean same(Object a, Object b) {
        if (a instanceof MoneyValue x && b instanceof MoneyValue y) {
            return x.amount().compareTo(y.amount()) == 0 && Objects.equals(x.currency(), y.currency());
        }
        return Objects.equals(a, b);
    }
}
