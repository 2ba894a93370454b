package dk.kk.boligsocial.system;

import static dk.kk.boligsocial.system.FullStoryIT.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.boligsocial.client.evaluation.api.PortfolioApi;
import dk.kk.boligsocial.client.evaluation.model.PlanOutcome;
import dk.kk.boligsocial.client.evaluation.model.PortfolioResponse;
import dk.kk.boligsocial.client.funding.api.PoolsApi;
import dk.kk.boligsocial.client.funding.api.ReportsApi;
import dk.kk.boligsocial.client.funding.model.BudgetSource;
import dk.kk.boligsocial.client.funding.model.PoolProof;
import dk.kk.boligsocial.client.funding.model.RoundReport;
import dk.kk.boligsocial.demo.DemoMain;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo story of round 2011-14, loaded by the demo loader {@code ./run} uses into the packaged services (a system
 * of its own: the story needs the round's pool untouched), and read back through the public APIs: the seed's figures
 * as granted, and beside them what was paid, what is due and what came back to the pool. A second load adds nothing.
 */
class DemoIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal MIO = new BigDecimal("1000000");

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void theDemoTellsTheRoundWithTheSeedsFiguresAndASecondLoadAddsNothing() throws Exception {
        String first = load();
        assertTrue(first.contains("housing organisations: 4 (4 new), housing areas: 9 (9 new), plans: 11 (11 new)"), first);
        assertTrue(first.contains("IATI 2.03 activity of 'Helhedsplan Rødkløverparken 2012-2015 (demo)'"), first);

        RoundReport report = roundReport();
        // as granted: the seed's 290 mio. kr. of plans on the whole pool of 30 mio. kr.
        assertEquals(6L, report.getLeverageAtGrant().getPlans());
        assertAmount(mio("290"), report.getLeverageAtGrant().getPlanVolume().getAmount());
        assertAmount(mio("30"), report.getLeverageAtGrant().getMunicipalCoFinancing().getAmount());
        assertAmount(new BigDecimal("9.6667"), report.getLeverageAtGrant().getRatio());
        // beside it: paid, due and returned (the amendment's 0.5 and the completed plan's unspent 0.4)
        assertAmount(mio("13.6"), report.getBySource().stream().filter(s -> s.getSource() == BudgetSource.MUNICIPALITY)
                .findFirst().orElseThrow().getDisbursed().getAmount());
        assertAmount(mio("3"), report.getDueButUnpaid().getAmount());
        assertAmount(mio("0.9"), report.getReturnedToPool().getAmount());
        assertAmount(mio("9"), report.getPool().getReserved().getAmount());
        assertAmount(mio("20.1"), report.getPool().getCommitted().getAmount());
        assertAmount(mio("0.9"), report.getPool().getAvailable().getAmount());
        assertEquals(Map.of("RESERVED", 2L, "COMMITTED", 3L, "CLOSED", 1L, "RELEASED", 1L, "REFUSED", 1L), report.getPlansByState());
        // the pool proves itself: its ledger's chain is intact and it never held more than its capacity
        PoolProof proof = Api.call("funding-service", () -> new PoolsApi(api.fundingClient(api.kommune()))
                .getPoolProof(report.getPool().getId(), null));
        assertTrue(proof.getVerified(), "chain intact");
        assertTrue(proof.getWithinCapacity(), "never over-committed");

        // money beside results: evaluation-service booked every payment from funding's events
        PortfolioResponse portfolio = Api.call("evaluation-service", () -> new PortfolioApi(
                api.evaluationClient(api.reader())).getPortfolio("2011-14"));
        assertEquals(4L, portfolio.getPlans().stream().filter(PlanOutcome::getMoneyKnown).count());
        assertAmount(mio("13.6"), portfolio.getPlans().stream().map(p -> p.getPaid().getAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertTrue(portfolio.getIndicators().stream().anyMatch(i -> i.getPaidPerUnit() != null),
                "some indicator has kroner per unit across the round");

        Map<String, JsonPath> plans = plansByTitle();
        // decisions on the days they were taken
        JsonPath approved = history("Helhedsplan Rødkløverparken 2012-2015 (demo)", plans);
        assertEquals(List.of("2011-05-27", "2011-06-30", "2011-10-24", "2011-12-15", "2012-01-02", "2015-12-31"),
                approved.getList("items.findAll { it.decision != 'creation' }.decidedOn"));
        // a plan over two areas; the plan revised in the dialogue with LBF has a second version
        assertEquals(2, plans.get("Helhedsplan Havnegården 2012-2015 (demo)").getList("housingAreaIds").size());
        assertEquals(2, plans.get("Helhedsplan Lærkehøj 2012-2015 (demo)").getInt("contentVersion"));
        assertEquals("APPROVED", plans.get("Helhedsplan Lærkehøj 2012-2015 (demo)").getString("status"));
        // the plan the full pool refused stays prequalified, its refusal shown on the plan
        JsonPath refused = plans.get("Helhedsplan Kløvermarken Nord 2012-2015 (demo)");
        assertEquals("PREQUALIFIED", refused.getString("status"));
        assertEquals("REFUSED", refused.getString("coFinancing.state"));

        Map<String, Object> versions = versions(plans);
        ObjectNode before = withoutClock(roundReportJson());

        String second = load();
        assertTrue(second.contains("housing organisations: 4 (0 new), housing areas: 9 (0 new), plans: 11 (0 new)"), second);
        assertTrue(second.contains("revised in the dialogue with LBF: 0 plans"), second);
        assertTrue(second.contains("money after the grant: 0 disbursements recorded, 0 grant amendments"), second);
        assertTrue(second.contains("lifecycle decisions taken: 0"), second);
        assertEquals(versions, versions(plansByTitle()), "no plan changed");
        assertEquals(before, withoutClock(roundReportJson()), "no krone moved");
    }

    /** Runs the demo loader against the system under test; answers what it printed. */
    private String load() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DemoMain.run(new String[] {
                "--plans-service", system.plansUri(),
                "--funding-service", system.fundingUri(),
                "--evaluation-service", system.evaluationUri(),
                "--identity-provider", SystemIdentity.provider().issuer().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "the demo loaded: " + printed + err.toString(StandardCharsets.UTF_8));
        System.out.print(printed);
        return printed;
    }

    private RoundReport roundReport() {
        return Api.call("funding-service", () -> new ReportsApi(api.fundingClient(api.reader()))
                .getRoundReport("2011-14", null));
    }

    private ObjectNode roundReportJson() throws Exception {
        return (ObjectNode) JSON.readTree(io.restassured.RestAssured.given()
                .baseUri(system.fundingUri()).header("Authorization", "Bearer " + api.reader())
                .get("/v1/reports/rounds/2011-14").then().statusCode(200).extract().asString());
    }

    private static ObjectNode withoutClock(ObjectNode report) {
        report.remove("generatedAt");
        return report;
    }

    private Map<String, JsonPath> plansByTitle() {
        JsonPath page = api.plans(api.kommune()).get("/v1/plans?roundId=2011-14&limit=100").then().statusCode(200)
                .extract().jsonPath();
        Map<String, JsonPath> plans = new LinkedHashMap<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            String title = (String) item.get("title");
            if (title.endsWith("(demo)")) {
                plans.put(title, api.plans(api.kommune()).get("/v1/plans/" + item.get("id")).then().statusCode(200)
                        .extract().jsonPath());
            }
        }
        assertEquals(11, plans.size(), "the demo's plans: " + plans.keySet());
        return plans;
    }

    private JsonPath history(String title, Map<String, JsonPath> plans) {
        return api.plans(api.kommune()).get("/v1/plans/" + plans.get(title).getString("id") + "/history")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> versions(Map<String, JsonPath> plans) {
        Map<String, Object> versions = new LinkedHashMap<>();
        plans.forEach((title, plan) -> versions.put(title, plan.get("version")));
        return versions;
    }

    private static BigDecimal mio(String amount) {
        return new BigDecimal(amount).multiply(MIO);
    }

}
