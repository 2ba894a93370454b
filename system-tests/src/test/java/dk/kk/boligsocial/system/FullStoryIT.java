package dk.kk.boligsocial.system;

import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.client.evaluation.api.EvaluationsApi;
import dk.kk.boligsocial.client.evaluation.api.FrameworksApi;
import dk.kk.boligsocial.client.evaluation.api.MeasurementsApi;
import dk.kk.boligsocial.client.evaluation.model.BaselineRequest;
import dk.kk.boligsocial.client.evaluation.model.EvaluationKind;
import dk.kk.boligsocial.client.evaluation.model.FrameworkResponse;
import dk.kk.boligsocial.client.evaluation.model.IndicatorDirection;
import dk.kk.boligsocial.client.evaluation.model.IndicatorUnit;
import dk.kk.boligsocial.client.evaluation.model.MeasurementRequest;
import dk.kk.boligsocial.client.evaluation.model.MeasurementResponse;
import dk.kk.boligsocial.client.evaluation.model.Outcome;
import dk.kk.boligsocial.client.evaluation.model.PlanIndicatorResponse;
import dk.kk.boligsocial.client.evaluation.model.ReviewRequest;
import dk.kk.boligsocial.client.evaluation.model.TargetRequest;
import dk.kk.boligsocial.client.funding.model.FundingState;
import dk.kk.boligsocial.client.funding.model.PlanFundingResponse;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One plan through its whole life, with funding-service and evaluation-service reacting to its events. */
class FullStoryIT {

    private static final String PREFIX = "dk.kk.boligsocial.";

    private final BoligsocialSystem system = BoligsocialSystem.get();
    private final Api api = new Api(system);

    @Test
    void aPlanFromApplicationToFinalEvaluation() {
        BigDecimal municipal = new BigDecimal("250000.00");
        UUID planId = api.createPlan("Helhedsplan Systemtestparken", municipal);
        api.submit(planId);
        api.prequalify(planId);

        PlanFundingResponse reserved = api.awaitFunding(planId, FundingState.RESERVED);
        assertAmount(municipal, reserved.getTotals().getReserved().getAmount());

        api.approve(planId);
        api.grant(planId);
        PlanFundingResponse committed = api.awaitFunding(planId, FundingState.COMMITTED);
        assertAmount(BigDecimal.ZERO, committed.getTotals().getReserved().getAmount());
        assertAmount(new BigDecimal("1500000.00"), committed.getTotals().getCommitted().getAmount());
        assertTrue(committed.getPositions().stream().map(p -> p.getSource().getValue()).toList()
                .containsAll(List.of("LBF", "MUNICIPALITY", "HOUSING_ORGANISATION")));

        FrameworkResponse framework = api.awaitFramework(planId);
        assertEquals(List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"), framework.getThemes());
        PlanIndicatorResponse indicator = framework.getIndicators().stream()
                .filter(i -> i.getUnit() == IndicatorUnit.PERCENT && i.getDirection() == IndicatorDirection.HIGHER_IS_BETTER)
                .findFirst().orElseThrow(() -> new AssertionError("no percentage indicator in " + framework));

        FrameworksApi frameworks = new FrameworksApi(api.evaluationClient(api.evaluator()));
        PlanIndicatorResponse withBaseline = Api.call("evaluation-service", () -> frameworks.setBaseline(
                indicator.getIndicatorId(), planId, "\"" + indicator.getVersion() + "\"",
                new BaselineRequest().value(new BigDecimal("40")).date(LocalDate.of(2011, 12, 31)).source("Systemtest")));
        Api.call("evaluation-service", () -> frameworks.setTarget(indicator.getIndicatorId(), planId, "2013",
                "\"" + withBaseline.getVersion() + "\"", new TargetRequest().value(new BigDecimal("50"))));
        MeasurementsApi reporter = new MeasurementsApi(api.evaluationClient(api.evaluator()));
        MeasurementResponse measurement = Api.call("evaluation-service", () -> reporter.reportMeasurement(
                indicator.getIndicatorId(), planId,
                new MeasurementRequest().year(2013).value(new BigDecimal("45")).note("Klubtælling")));
        MeasurementsApi reviewer = new MeasurementsApi(api.evaluationClient(api.kommune()));
        Api.call("evaluation-service", () -> reviewer.reviewMeasurement(indicator.getIndicatorId(), measurement.getId(),
                planId, "\"" + measurement.getVersion() + "\"", new ReviewRequest().outcome(Outcome.APPROVED)));
        FrameworksApi reading = new FrameworksApi(api.evaluationClient(api.reader()));
        PlanIndicatorResponse progress = Api.call("evaluation-service",
                () -> reading.getPlanIndicator(indicator.getIndicatorId(), planId));
        assertEquals(2013, progress.getActuals().get(0).getYear());
        assertAmount(new BigDecimal("0.5"), progress.getCurrent().getProgress());

        api.decide(planId, "activation", null, api.kommune());
        api.decide(planId, "completion", null, api.kommune());
        Api.await("framework COMPLETED", () -> "COMPLETED".equals(api.awaitFramework(planId).getStatus()) ? true : null);
        EvaluationsApi evaluations = new EvaluationsApi(api.evaluationClient(api.reader()));
        Api.await("final evaluation DUE", () -> Api.call("evaluation-service",
                () -> evaluations.listEvaluations(planId, null, EvaluationKind.FINAL, null)).getItems().stream()
                .anyMatch(evaluation -> "DUE".equals(evaluation.getStatus())) ? true : null);

        api.plans(api.reader()).get("/v1/plans/" + planId + "/history").then().statusCode(200)
                .body("items.decision", hasItems("creation", "submission", "prequalification", "approval", "grant",
                        "activation", "completion"));
        // the completion closes the plan's money out: nothing was paid, so all of it is released
        PlanFundingResponse closed = api.awaitFunding(planId, FundingState.CLOSED);
        assertAmount(BigDecimal.ZERO, closed.getTotals().getCommitted().getAmount());
        assertAmount(new BigDecimal("1500000.00"), closed.getTotals().getReleased().getAmount());
        List<String> fundingTypes = Topic.read(system.bootstrapServers(), "boligsocial.funding",
                e -> planId.toString().equals(e.key()), 3, Duration.ofSeconds(30)).stream().map(Topic.Event::type).toList();
        assertEquals(List.of(PREFIX + "funding.reserved.v1", PREFIX + "funding.committed.v1",
                PREFIX + "funding.closed-out.v1"), fundingTypes);
        List<String> evaluationTypes = Topic.read(system.bootstrapServers(), "boligsocial.evaluations",
                e -> planId.toString().equals(e.key()), 1, Duration.ofSeconds(30)).stream().map(Topic.Event::type).toList();
        assertEquals(PREFIX + "evaluation.framework-created.v1", evaluationTypes.get(0), "events: " + evaluationTypes);
    }

    /** The kinds of the plan's funding ledger entries, oldest first. */
    static List<String> ledgerKinds(PlanFundingResponse funding) {
        return funding.getHistory().stream().map(entry -> entry.getKind().getValue()).toList();
    }

    static void assertAmount(BigDecimal expected, Object actual) {
        assertNotNull(actual, "amount");
        assertEquals(0, expected.compareTo(new BigDecimal(actual.toString())), "expected " + expected + ", was " + actual);
    }
}
