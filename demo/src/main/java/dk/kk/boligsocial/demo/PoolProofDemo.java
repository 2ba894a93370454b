package dk.kk.boligsocial.demo;

import dk.kk.boligsocial.client.funding.ApiClient;
import dk.kk.boligsocial.client.funding.ApiException;
import dk.kk.boligsocial.client.funding.api.PoolsApi;
import dk.kk.boligsocial.client.funding.api.ReportsApi;
import dk.kk.boligsocial.client.funding.model.ChangeOutcome;
import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.HighWater;
import dk.kk.boligsocial.client.funding.model.Leverage;
import dk.kk.boligsocial.client.funding.model.MoneyValue;
import dk.kk.boligsocial.client.funding.model.PlanAllocation;
import dk.kk.boligsocial.client.funding.model.PlanAllocationPage;
import dk.kk.boligsocial.client.funding.model.PoolProof;
import dk.kk.boligsocial.client.funding.model.PoolResponse;
import dk.kk.boligsocial.client.funding.model.SimulatedChange;
import dk.kk.boligsocial.client.funding.model.SimulatedChangeType;
import dk.kk.boligsocial.client.funding.model.SimulationOutcome;
import dk.kk.boligsocial.client.funding.model.SimulationReason;
import dk.kk.boligsocial.client.funding.model.SimulationRemedy;
import dk.kk.boligsocial.client.funding.model.SimulationRequest;
import dk.kk.boligsocial.client.funding.model.SimulationResult;
import dk.kk.boligsocial.client.funding.model.YearFigures;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issue 15 in the demo, through the generated funding client: the simulation the committee could have run in
 * autumn 2011, with the six plans prequalified and reserved, before approving them (their grants as they are, and the
 * same grants under a stricter 1:1.5 match rule, to see which would need more of the housing organisations and how
 * much), and the proof of the 2011-14 pool from its raw ledger. Nothing of the simulations is written.
 */
final class PoolProofDemo {

    private static final BigDecimal STRICTER_MATCH = new BigDecimal("1.5");

    private final PoolsApi pools;
    private final ReportsApi reports;
    private final PrintStream out;

    PoolProofDemo(FundingApi funding, PrintStream out) {
        ApiClient client = funding.asKommune();
        this.pools = new PoolsApi(client);
        this.reports = new ReportsApi(client);
        this.out = out;
    }

    /** Autumn 2011: the grants of the plans reserved in the pool, simulated before the committee approves them. */
    void simulateAutumn2011() {
        UUID pool = poolId();
        List<PlanAllocation> reserved = plans().stream().filter(p -> p.getState() == FundingState.RESERVED).toList();
        if (reserved.isEmpty()) {
            out.println("simulation: no plan of " + DemoData.ROUND + " is waiting for its grant; nothing to simulate");
            return;
        }
        List<SimulatedChange> grants = reserved.stream()
                .map(p -> new SimulatedChange().type(SimulatedChangeType.GRANT).planId(p.getPlanId())).toList();
        Map<UUID, String> titles = reserved.stream()
                .collect(Collectors.toMap(PlanAllocation::getPlanId, PlanAllocation::getTitle));

        SimulationResult asApplied = simulate(pool, grants);
        out.printf("simulation, autumn 2011: the grants of the %d prequalified plans, before the committee approves%n",
                grants.size());
        print(asApplied, titles);

        List<SimulatedChange> stricter = new ArrayList<>();
        stricter.add(new SimulatedChange().type(SimulatedChangeType.SET_RULES)
                .housingOrganisationMatchRatio(STRICTER_MATCH));
        stricter.addAll(grants);
        out.printf("simulation: the same grants if the housing organisations had to match 1:%s%n",
                STRICTER_MATCH.toPlainString());
        print(simulate(pool, stricter), titles);
    }

    /** The 2011-14 pool proves itself: its ledger's hash chain and what it held against its capacity, ever. */
    void printProof() {
        PoolProof proof;
        try {
            proof = pools.getPoolProof(poolId(), null);
        } catch (ApiException e) {
            throw failure("GET /v1/pools/{id}/proof", e);
        }
        out.printf("proof of pool %s: %d ledger entries, chain head %s, chain %s%n", proof.getRoundId(),
                proof.getEntries(), proof.getHead(), Boolean.TRUE.equals(proof.getVerified()) ? "intact"
                        : "BROKEN at entry " + proof.getFirstBreak().getPosition() + " ("
                                + proof.getFirstBreak().getEntryId() + "): " + proof.getFirstBreak().getProblem());
        List<HighWater> marks = new ArrayList<>(proof.getYears());
        marks.add(proof.getTotal());
        for (HighWater mark : marks) {
            out.printf("  %-5s most ever held %s of %s (after entry %s), holds now %s%s%n",
                    mark.getYear() == null ? "total" : mark.getYear(), kr(mark.getMaxHeld()), kr(mark.getCapacity()),
                    mark.getReachedAt(), kr(mark.getHeldNow()),
                    Boolean.TRUE.equals(mark.getWithinCapacity()) ? "" : "  OVER CAPACITY");
        }
        out.println("  never over capacity: " + proof.getWithinCapacity());
    }

    private void print(SimulationResult result, Map<UUID, String> titles) {
        for (ChangeOutcome change : result.getChanges()) {
            String what = change.getPlanId() == null ? String.valueOf(change.getType())
                    : change.getType() + " " + titles.getOrDefault(change.getPlanId(), change.getPlanId().toString());
            out.printf("  %-8s %s%n", change.getOutcome(), what);
            if (change.getOutcome() == SimulationOutcome.REFUSED) {
                for (SimulationReason reason : change.getReasons()) {
                    out.printf("           because %s: %s%n", reason.getCode(), reason.getMessage());
                }
                for (SimulationRemedy remedy : change.getRemedies()) {
                    out.printf("           would pass with %s: %s%n", remedy.getCode(), remedy.getMessage());
                }
            }
        }
        out.printf("  pool before: %s; after: %s%n", figures(result.getBefore()), figures(result.getAfter()));
        out.printf("  leverage before %s, after %s%n", ratio(result.getLeverageBefore()),
                ratio(result.getLeverageAfter()));
    }

    private SimulationResult simulate(UUID pool, List<SimulatedChange> changes) {
        try {
            return pools.createPoolSimulation(pool, new SimulationRequest().changes(changes));
        } catch (ApiException e) {
            throw failure("POST /v1/pools/{id}/simulations", e);
        }
    }

    private UUID poolId() {
        try {
            List<PoolResponse> found = pools.listPools(null, null, DemoData.ROUND).getItems();
            if (found.isEmpty()) {
                throw new DemoException("funding-service has no pool for round " + DemoData.ROUND);
            }
            return found.get(0).getId();
        } catch (ApiException e) {
            throw failure("GET /v1/pools?roundId=" + DemoData.ROUND, e);
        }
    }

    private List<PlanAllocation> plans() {
        List<PlanAllocation> all = new ArrayList<>();
        String cursor = null;
        try {
            do {
                PlanAllocationPage page = reports.listRoundPlanAllocations(DemoData.ROUND, cursor, 200);
                all.addAll(page.getItems());
                cursor = page.getNext();
            } while (cursor != null);
        } catch (ApiException e) {
            throw failure("GET /v1/reports/rounds/" + DemoData.ROUND + "/plans", e);
        }
        return all;
    }

    private static String figures(PoolResponse pool) {
        return pool.getYears().stream().map(PoolProofDemo::year).collect(Collectors.joining(", "));
    }

    private static String year(YearFigures y) {
        return y.getYear() + " reserved " + kr(y.getReserved()) + ", committed " + kr(y.getCommitted())
                + ", available " + kr(y.getAvailable());
    }

    private static String ratio(Leverage leverage) {
        return leverage.getRatio() == null ? "none" : leverage.getRatio().toPlainString() + " (" + leverage.getPlans()
                + " plans)";
    }

    private static String kr(MoneyValue money) {
        return money == null ? "-" : String.format("%,.2f kr.", money.getAmount());
    }

    private static DemoException failure(String what, ApiException e) {
        return new DemoException("funding-service: " + what + " answered " + e.getCode() + ": " + e.getResponseBody(), e);
    }
}
