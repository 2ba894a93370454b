package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.Leverage;
import dk.kk.boligsocial.client.funding.model.MoneyValue;
import dk.kk.boligsocial.client.funding.model.PoolResponse;
import dk.kk.boligsocial.client.funding.model.RoundReport;
import dk.kk.boligsocial.client.funding.model.SourceYear;
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
    private final Optional<PortfolioSummary> portfolio;
    private final PrintStream out;
    private final Map<Plan, PlanState> states = new LinkedHashMap<>();

    DemoLoader(PlansApi plans, Optional<FundingApi> funding, Optional<EvaluationApi> evaluation,
            Optional<PortfolioSummary> portfolio, PrintStream out) {
        this.plans = plans;
        this.funding = funding;
        this.evaluation = evaluation;
        this.portfolio = portfolio;
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

        // the withdrawn plan's reservation is released before the others are made; the plan the pool refuses comes last
        List<Plan> order = new ArrayList<>(DemoData.PLANS);
        order.sort(Comparator.comparing((Plan p) -> p.target() != DemoStatus.WITHDRAWN).thenComparing(Plan::poolRefuses));
        int decisions = 0;
        for (Plan plan : order) {
            decisions += advance(plan, DemoStatus.PREQUALIFIED);
        }
        // autumn 2011, before the committee approves: what the six grants would do to the pool, tried without booking
        // (once, in the load that prequalified them)
        if (decisions > 0) {
            funding.ifPresent(f -> new PoolProofDemo(f, out).simulateAutumn2011());
        }
        int revisions = 0;
        for (Plan plan : order) {
            if (plan.revised()) {
                PlanState before = states.get(plan);
                PlanState after = plans.reviseInDialogue(plan, before);
                states.put(plan, after);
                revisions += after.equals(before) ? 0 : 1;
            }
        }
        out.printf("revised in the dialogue with LBF: %d plan%s%n", revisions, revisions == 1 ? "" : "s");
        for (Plan plan : order) {
            decisions += advance(plan, DemoStatus.ACTIVE);
        }
        coFinancingGate();
        moneyAfterTheGrant();
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
            case PREQUALIFIED -> funding.ifPresent(f -> {
                if (plan.poolRefuses()) {
                    out.printf("co-financing of '%s' refused by funding-service: %s%n", plan.title(), f.awaitRefusal(planId));
                } else {
                    f.awaitState(planId, Set.of(FundingState.RESERVED));
                }
            });
            case WITHDRAWN -> funding.ifPresent(f -> f.awaitState(planId, Set.of(FundingState.RELEASED)));
            case GRANTED -> {
                funding.ifPresent(f -> f.awaitState(planId, Set.of(FundingState.COMMITTED)));
                evaluation.ifPresent(e -> e.awaitFramework(planId));
            }
            case COMPLETED -> {
                // the close-out: what was committed and not paid goes back, the municipal part to the pool
                funding.ifPresent(f -> f.awaitState(planId, Set.of(FundingState.CLOSED)));
                evaluation.ifPresent(e -> e.submitFinalEvaluation(planId, plan));
            }
            default -> {
            }
        }
    }

    /** The plan the full pool refused stays prequalified: approving it answers 409 until it has money or an override. */
    private void coFinancingGate() {
        if (funding.isEmpty()) {
            return;
        }
        for (Map.Entry<Plan, PlanState> entry : states.entrySet()) {
            if (entry.getKey().poolRefuses()) {
                PlanState state = entry.getValue();
                if (state.status() == DemoStatus.PREQUALIFIED) {
                    out.printf("approval of '%s' stopped by the co-financing gate: %s%n", entry.getKey().title(),
                            plans.approvalStoppedByGate(state));
                }
            }
        }
    }

    /** Disbursements planned, approved, paid and corrected, and the amendment, as the municipality recorded them. */
    private void moneyAfterTheGrant() {
        if (funding.isEmpty()) {
            return;
        }
        FundingApi f = funding.get();
        int amended = 0;
        for (DemoData.Amendment amendment : DemoData.AMENDMENTS) {
            amended += f.amend(states.get(DemoData.plan(amendment.plan())).id(), amendment) ? 1 : 0;
        }
        int recorded = 0;
        for (DemoData.Payment payment : DemoData.PAYMENTS) {
            recorded += f.disburse(states.get(DemoData.plan(payment.plan())).id(), payment) ? 1 : 0;
        }
        out.printf("money after the grant: %d disbursement%s recorded, %d grant amendment%s%n", recorded,
                recorded == 1 ? "" : "s", amended, amended == 1 ? "" : "s");
    }

    private void evaluationWork() {
        if (evaluation.isEmpty()) {
            return;
        }
        EvaluationApi e = evaluation.get();
        int values = 0;
        int approved = 0;
        int midterm = 0;
        int narratives = 0;
        int corrected = 0;
        int variant = 0;
        int active = 0;
        for (Map.Entry<Plan, PlanState> entry : states.entrySet()) {
            Plan plan = entry.getKey();
            if (!plan.target().isGranted()) {
                continue;
            }
            UUID planId = entry.getValue().id();
            e.residents(planId, residents(plan));
            values += e.planTargets(planId, variant);
            if (plan.target() == DemoStatus.COMPLETED) {
                // the completed plan has values for every year of its period
                approved += e.reportMeasurements(planId, variant, DemoData.PLAN_YEARS, false);
            }
            if (plan.target() == DemoStatus.ACTIVE) {
                // the first active plan reports its counts per age group, gender and housing area, and tells how its
                // residents take part as a narrative; the second has a value returned and corrected
                approved += e.reportMeasurements(planId, variant, EvaluationApi.MEASURED_YEARS, active == 0);
                if (active == 0) {
                    narratives += e.narratives(planId, plan);
                }
                if (active == 1 && e.returnedAndCorrected(planId, variant)) {
                    corrected++;
                }
                active++;
            }
            if (plan.target() == DemoStatus.ACTIVE && variant == 1 && e.midtermEvaluation(planId, plan)) {
                midterm++;
            }
            variant++;
        }
        out.printf("evaluation: %d baselines and targets set, %d measurements approved (one plan's per age group, gender"
                + " and housing area), %d narratives approved, %d value returned and corrected, %d midterm evaluation"
                + " added; %d indicator-periods overdue%n", values, approved, narratives, corrected, midterm, e.overdue());
    }

    /** The residents of the plan's housing areas. */
    private static int residents(Plan plan) {
        return DemoData.AREAS.stream().filter(a -> plan.areas().contains(a.key()))
                .mapToInt(DemoData.Area::residents).sum();
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
            Leverage atGrant = report.getLeverageAtGrant();
            out.printf("leverage as granted: %s plans worth %s on %s municipal co-financing = %s%n",
                    atGrant.getPlans(), kr(atGrant.getPlanVolume()),
                    kr(atGrant.getMunicipalCoFinancing()), plain(atGrant.getRatio()));
            out.printf("leverage today: %s plans worth %s on %s municipal co-financing = %s%n",
                    leverage.getPlans(), kr(leverage.getPlanVolume()),
                    kr(leverage.getMunicipalCoFinancing()), plain(leverage.getRatio()));
            MoneyValue paid = report.getBySource().stream()
                    .filter(s -> s.getSource() == dk.kk.boligsocial.client.funding.model.BudgetSource.MUNICIPALITY)
                    .map(SourceYear::getDisbursed).findFirst().orElse(null);
            out.printf("municipal money paid %s, returned to the pool %s, due but unpaid %s%n",
                    paid == null ? "0.00 kr." : kr(paid), kr(report.getReturnedToPool()), kr(report.getDueButUnpaid()));
            // money beside results: evaluation-service books funding's events; all sources' payments, as funding has them
            BigDecimal paidAll = report.getBySource().stream().map(s -> s.getDisbursed().getAmount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            portfolio.ifPresent(p -> {
                p.print(p.await(paidAll), out);
                states.entrySet().stream().filter(e -> e.getKey().target() == DemoStatus.COMPLETED).findFirst()
                        .ifPresent(e -> p.printIati(e.getValue().id(), e.getKey().title(), out));
            });
            // the ledger's hash chain, recomputed by funding-service: the pool never held more than its capacity
            new PoolProofDemo(f, out).printProof();
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
