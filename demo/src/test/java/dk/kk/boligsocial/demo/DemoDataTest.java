package dk.kk.boligsocial.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.demo.DemoData.BudgetLine;
import dk.kk.boligsocial.demo.DemoData.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo story must give the committee paper's figures, whatever the services do with it. */
class DemoDataTest {

    private static final BigDecimal MIO = new BigDecimal("1000000");

    @Test
    void plansThatReachThePoolAddUpToTheSeedsFigures() {
        List<Plan> pool = DemoData.poolPlans();
        assertEquals(mio(290), sum(pool, null), "plan volume");
        assertEquals(mio(30), sum(pool, "MUNICIPALITY"), "municipal co-financing = the whole pool");
        assertEquals(mio(30), sum(pool, "HOUSING_ORGANISATION"), "housing organisations' co-financing");
        assertEquals(new BigDecimal("9.67"), sum(pool, null).divide(sum(pool, "MUNICIPALITY"), 2, RoundingMode.HALF_UP));
    }

    @Test
    void municipalMoneyFillsEachPoolYearExactly() {
        for (int year : DemoData.POOL_YEARS) {
            BigDecimal inYear = DemoData.poolPlans().stream().flatMap(p -> p.budget().stream())
                    .filter(l -> l.source().equals("MUNICIPALITY") && l.year() == year)
                    .map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(mio(10), inYear, "municipal co-financing in " + year);
        }
    }

    @Test
    void everyPlanKeepsTheRoundsRules() {
        for (Plan plan : DemoData.PLANS) {
            assertTrue(plan.total("HOUSING_ORGANISATION").compareTo(plan.total("MUNICIPALITY")) >= 0,
                    plan.title() + ": housing organisation matches the municipality 1:1");
            Set<String> sourceYears = new HashSet<>();
            for (BudgetLine line : plan.budget()) {
                assertTrue(DemoData.PLAN_YEARS.contains(line.year()), plan.title() + ": year inside the period");
                assertTrue(!line.source().equals("MUNICIPALITY") || DemoData.POOL_YEARS.contains(line.year()),
                        plan.title() + ": municipal money only in the pool's years");
                assertTrue(line.amount().signum() > 0 && line.amount().scale() == 2, plan.title() + ": amount in øre");
                assertTrue(sourceYears.add(line.source() + line.year()), plan.title() + ": each source and year once");
            }
            assertTrue(plan.title().endsWith("(demo)"), plan.title());
            assertEquals(plan.themes().size(), plan.activities().size(), plan.title() + ": an activity per theme");
        }
    }

    @Test
    void everyLifecycleStatusIsShown() {
        Set<DemoStatus> shown = DemoData.PLANS.stream().map(Plan::target).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(DemoStatus.class), shown);
        for (DemoStatus status : DemoStatus.values()) {
            List<DemoStatus> path = status.path();
            assertEquals(DemoStatus.DRAFT, path.get(0));
            assertEquals(status, path.get(path.size() - 1));
        }
    }

    @Test
    void theRevisedPlanChangesOnlyWhatLbfPaysAndThePoolRefusesOnePlan() {
        List<Plan> revised = DemoData.PLANS.stream().filter(Plan::revised).toList();
        assertEquals(1, revised.size(), "one plan revised in the dialogue with LBF");
        Plan plan = revised.get(0);
        assertEquals(DemoStatus.APPROVED, plan.target(), "revised while prequalified, approved afterwards");
        assertEquals(plan.applied().stream().filter(l -> !l.source().equals("LBF")).toList(),
                plan.budget().stream().filter(l -> !l.source().equals("LBF")).toList(), "the pool's share is unchanged");
        List<Plan> refused = DemoData.PLANS.stream().filter(Plan::poolRefuses).toList();
        assertEquals(1, refused.size());
        assertEquals(DemoStatus.PREQUALIFIED, refused.get(0).target());
        assertTrue(DemoData.PLANS.stream().anyMatch(p -> p.areas().size() > 1 && p.target().isGranted()),
                "a granted plan covers two housing areas");
    }

    @Test
    void theMoneyAfterTheGrantGivesTheFiguresTheReadmeShows() {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        for (DemoData.Payment payment : DemoData.PAYMENTS) {
            Plan plan = DemoData.plan(payment.plan());
            assertTrue(plan.target().isGranted(), payment + " is for a granted plan");
            assertTrue(DemoData.POOL_YEARS.contains(payment.year()));
            if (payment.until() == DemoData.Step.PAID && payment.correctedBecause() == null) {
                paid = paid.add(payment.amount());
            } else if (payment.until() != DemoData.Step.PAID) {
                due = due.add(payment.amount());
            }
        }
        assertEquals(mio("13.6"), paid, "municipal money paid");
        assertEquals(mio("3"), due, "planned or approved for a year that has ended, never paid");
        // returned: the completed plan's 4 mio. less its 3.6 paid, and the amendment's 0.5
        Plan completed = DemoData.PLANS.stream().filter(p -> p.target() == DemoStatus.COMPLETED).findFirst().orElseThrow();
        BigDecimal completedPaid = DemoData.PAYMENTS.stream().filter(p -> p.plan().equals(completed.title())
                && p.until() == DemoData.Step.PAID && p.correctedBecause() == null)
                .map(DemoData.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amendedAway = BigDecimal.ZERO;
        for (DemoData.Amendment amendment : DemoData.AMENDMENTS) {
            Plan plan = DemoData.plan(amendment.plan());
            BigDecimal after = amendment.municipalByPoolYear().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            amendedAway = amendedAway.add(plan.total("MUNICIPALITY").subtract(after));
            for (int i = 0; i < DemoData.POOL_YEARS.size(); i++) {
                int year = DemoData.POOL_YEARS.get(i);
                BigDecimal ho = plan.budget().stream().filter(l -> l.source().equals("HOUSING_ORGANISATION")
                        && l.year() == year).map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertTrue(ho.compareTo(amendment.municipalByPoolYear().get(i)) >= 0, "the amendment keeps 1:1");
            }
        }
        assertEquals(mio("0.9"), completed.total("MUNICIPALITY").subtract(completedPaid).add(amendedAway),
                "returned to the pool");
    }

    @Test
    void organisationsHaveValidUniqueCvrsAndAreMarkedAsDemo() {
        Set<String> cvrs = new HashSet<>();
        for (DemoData.Organisation org : DemoData.ORGANISATIONS) {
            assertTrue(modulus11(org.cvr()), org.cvr() + " passes the modulus-11 check");
            assertTrue(cvrs.add(org.cvr()), org.cvr() + " is unique");
            assertTrue(org.name().endsWith("(demo)"), org.name());
        }
        for (DemoData.Area area : DemoData.AREAS) {
            assertTrue(area.name().endsWith("(demo)"), area.name());
        }
        assertTrue(!modulus11("20111403"), "the check itself rejects a mistyped digit");
    }

    private static boolean modulus11(String cvr) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += weights[i] * (cvr.charAt(i) - '0');
        }
        return cvr.matches("[1-9][0-9]{7}") && sum % 11 == 0;
    }

    private static BigDecimal sum(List<Plan> plans, String source) {
        return plans.stream().map(p -> p.total(source)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mio(String amount) {
        return new BigDecimal(amount).multiply(MIO).setScale(2);
    }

    private static BigDecimal mio(int amount) {
        return BigDecimal.valueOf(amount).multiply(MIO).setScale(2);
    }
}
