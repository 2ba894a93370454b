package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.Leverage;
import dk.kk.boligsocial.client.funding.model.MoneyValue;
import dk.kk.boligsocial.client.funding.model.PoolResponse;
import dk.kk.boligsocial.client.funding.model.RoundReport;
import dk.kk.boligsocial.demo.DemoData.Plan;
import dk.kk.boligsocial.demo.PlansApi.PlanState;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the demo story through the services' public APIs and continues from wherever an earlier load stopped:
 * organisations are found by CVR, areas by name, plans by title, and each plan is moved on from its current status
 * towards its demo status. funding-service and evaluation-service are optional; without them their part is skipped.
 *
 * <p>Order matters for the pool: the plan that is withdrawn is prequalified and released first, so the six plans
 * that stay use the 30 mio. kr. exactly; every prequalification waits for its reservation before the next one.
 */
final class DemoLoader {

    private final PlansApi plans;
    private final Optional<FundingApi> funding;
    private final Optional<EvaluationApi> evaluation;
    private final PrintStream out;
    private final Map<Plan, PlanState> states = new LinkedHashMap<>();

    DemoLoader(PlansApi plans, Optional<FundingApi> funding, Optional<EvaluationApi> evaluation, PrintStream out) {
        this.plans = plans;
        this.funding = funding;
        this.evaluation = evaluation;
        this.out = out;
    }

    void load() {
        plans.requireRound();
        new Round2015(plans.roundsAsKommune(), out).ensure();
        Map<String, UUID> organisations = new LinkedHashMap<>();
        int newOrganisations = plans.ensureOrganisations(organisations);
        Map<String, UUID> areas = new LinkedHashMap<>();
        int newAreas = plans.ensureAreas(organisations, areas);
        int newPlans = 0;
        for (Plan plan : DemoData.PLANS) {
            UUID organisationId = organisations.get(plan.organisation());
            Optional<PlanState> existing = plans.find(plan, organisationId);
            if (existing.isEmpty()) {
                newPlans++;
            }
            states.put(plan, existing.orElseGet(() -> plans.create(plan, organisationId,
                    plan.areas().stream().map(areas::get).toList())));
        }
        out.printf("housing organisations: %d (%d new), housing areas: %d (%d new), plans: %d (%d new)%n",
                organisations.size(), newOrganisations, areas.size(), newAreas, states.size(), newPlans);

        List<Plan> order = new ArrayList<>(DemoData.PLANS);
        order.sort(Comparator.comparing(p -> p.target() != DemoStatus.WITHDRAWN));
        int decisions = 0;
        for (Plan plan : order) {
            decisions += advance(plan, DemoStatus.PREQUALIFIED);
        }
        for (Plan plan : order) {
            decisions += advance(plan, DemoStatus.ACTIVE);
        }
        evaluationWork();
        for (Plan plan : order) {
            decisions += advance(plan, DemoStatus.COMPLETED);
        }
        out.printf("lifecycle decisions taken: %d%n", decisions);
        summary();
    }

    /** Moves the plan along its path up to {@code limit} (or its own end, if that comes first); answers the steps taken. */
    private int advance(Plan plan, DemoStatus limit) {
        List<DemoStatus> path = plan.target().path();
        PlanState state = states.get(plan);
        int position = path.indexOf(state.status());
        if (position < 0) {
            throw new DemoException("plan '" + plan.title() + "' is " + state.status() + ", off its demo path " + path
                    + "; drop the demo data (see README) and load again");
        }
        // side paths (rejected, withdrawn) go all the way at once: the pool must be free again before the others
        int last = plan.target().onMainLine() && path.contains(limit) ? path.indexOf(limit) : path.size() - 1;
        int steps = 0;
        while (position < last) {
            DemoStatus next = path.get(position + 1);
            state = plans.decide(plan, state, next);
            states.put(plan, state);
            afterDecision(plan, state.id(), next);
            position++;
            steps++;
        }
        return steps;
    }

    /** Waits for the other services' reactions, so the next step sees the pool as the story needs it. */
    private void afterDecision(Plan plan, UUID planId, DemoStatus reached) {
        switch (reached) {
            case PREQUALIFIED -> funding.ifPresent(f -> f.awaitState(planId, Set.of(FundingState.RESERVED)));
            case WITHDRAWN -> funding.ifPresent(f -> f.awaitState(planId, Set.of(FundingState.RELEASED)));
            case GRANTED -> {
                funding.ifPresent(f -> f.awaitState(planId, Set.of(FundingState.COMMITTED)));
                evaluation.ifPresent(e -> e.awaitFramework(planId));
            }
            case COMPLETED -> evaluation.ifPresent(e -> e.awaitFinalEvaluationDue(planId));
            default -> {
            }
        }
    }

    private void evaluationWork() {
        if (evaluation.isEmpty()) {
            return;
        }
        EvaluationApi e = evaluation.get();
        int values = 0;
        int approved = 0;
        int midterm = 0;
        int variant = 0;
        for (Map.Entry<Plan, PlanState> entry : states.entrySet()) {
            Plan plan = entry.getKey();
            if (!plan.target().isGranted()) {
                continue;
            }
            UUID planId = entry.getValue().id();
            values += e.planTargets(planId, variant);
            if (plan.target() == DemoStatus.ACTIVE || plan.target() == DemoStatus.COMPLETED) {
                approved += e.reportMeasurements(planId, variant);
            }
            if (plan.target() == DemoStatus.ACTIVE && variant == 1 && e.midtermEvaluation(planId, plan)) {
                midterm++;
            }
            variant++;
        }
        out.printf("evaluation: %d baselines and targets set, %d measurements approved, %d midterm evaluation added%n",
                values, approved, midterm);
    }

    private void summary() {
        Map<DemoStatus, Integer> byStatus = new LinkedHashMap<>();
        states.values().forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
        out.println("plans by status: " + byStatus);
        funding.ifPresent(f -> {
            RoundReport report = f.roundReport();
            PoolResponse pool = report.getPool();
            Leverage leverage = report.getLeverage();
            out.printf("pool %s: capacity %s, reserved %s, committed %s, available %s (utilisation %s)%n",
                    pool.getName(), kr(pool.getCapacity()), kr(pool.getReserved()),
                    kr(pool.getCommitted()), kr(pool.getAvailable()), plain(pool.getUtilisation()));
            out.printf("leverage: %s plans worth %s on %s municipal co-financing = %s%n",
                    leverage.getPlans(), kr(leverage.getPlanVolume()),
                    kr(leverage.getMunicipalCoFinancing()), plain(leverage.getRatio()));
        });
    }

    private static String kr(MoneyValue money) {
        return String.format("%,.2f kr.", money.getAmount());
    }

    /** A ratio as the service wrote it ("null" where it has none), never in exponent notation. */
    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
