package dk.kk.boligsocial.plans;

import static io.restassured.RestAssured.given;

import dk.kk.boligsocial.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives plans-service over HTTP the way a municipal system would, for the tests. */
public final class Api {

    private static final AtomicInteger CVR_SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", Tokens.bearer(token));
    }

    /** A fresh, valid CVR number (modulus 11), unique in this run. */
    public static String newCvr() {
        while (true) {
            String candidate = String.valueOf(20_000_000 + CVR_SEQUENCE.incrementAndGet() % 70_000_000);
            int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += weights[i] * (candidate.charAt(i) - '0');
            }
            if (sum % 11 == 0) {
                return candidate;
            }
        }
    }

    public static UUID createOrganisation() {
        String id = as(Tokens.kommune())
                .body(Map.of("name", "Testboligselskabet " + UUID.randomUUID(), "cvr", newCvr()))
                .post("/v1/housing-organisations")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID createArea(UUID organisationId) {
        String id = as(Tokens.kommune())
                .body(Map.of("name", "Testparken", "housingOrganisationId", organisationId.toString(),
                        "district", "Nørrebro", "dwellings", 560, "residents", 1700))
                .post("/v1/housing-areas")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A valid plan body for the 2011-14 round: four years, two themes, a budget with all three main sources. */
    public static Map<String, Object> planBody(UUID organisationId, UUID areaId) {
        List<Map<String, Object>> budget = new ArrayList<>();
        for (int year = 2012; year <= 2015; year++) {
            budget.add(line("LBF", year, "2500000.00"));
            budget.add(line("MUNICIPALITY", year, "500000.00"));
            budget.add(line("HOUSING_ORGANISATION", year, "500000.00"));
        }
        return Map.of(
                "title", "Helhedsplan for Testparken 2012-2015",
                "roundId", "2011-14",
                "housingOrganisationId", organisationId.toString(),
                "housingAreaIds", List.of(areaId.toString()),
                "themes", List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"),
                "targetGroups", List.of("Børn og unge 6-17 år", "Ledige 18-30 år"),
                "periodStart", "2012-01-01",
                "periodEnd", "2015-12-31",
                "budget", budget,
                "activities", List.of(
                        Map.of("theme", "BOERN_UNGE_FAMILIER", "title", "Fritidsjobformidling",
                                "description", "Unge hjælpes ud i fritidsjob."),
                        Map.of("theme", "BESKAEFTIGELSE_OG_UDDANNELSE", "title", "Jobcafé",
                                "description", "Opkvalificering af ledige beboere.")));
    }

    public static Map<String, Object> line(String source, int year, String amount) {
        return Map.of("source", source, "year", year,
                "amount", Map.of("amount", new BigDecimal(amount), "currency", "DKK"));
    }

    /** A new DRAFT plan of a new organisation with one area. */
    public static TestPlan draft() {
        UUID organisation = createOrganisation();
        UUID area = createArea(organisation);
        Response created = as(Tokens.kommune()).body(planBody(organisation, area)).post("/v1/plans");
        created.then().statusCode(201);
        return new TestPlan(UUID.fromString(created.path("id")), organisation, area);
    }

    public static String etag(UUID planId) {
        return as(Tokens.kommune()).get("/v1/plans/" + planId).then().statusCode(200).extract().header("ETag");
    }

    public static Response decide(UUID planId, String decision, Object body, String token) {
        RequestSpecification request = as(token).header("If-Match", etag(planId));
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/v1/plans/" + planId + "/" + decision);
    }

    /** The body and role of each decision, valid for a normal lifecycle. */
    public enum Step {
        SUBMISSION("submission", "SUBMITTED", Map.of("recommendation", "Kommunen anbefaler planen.")),
        PREQUALIFICATION("prequalification", "PREQUALIFIED",
                Map.of("outcome", "PREQUALIFIED", "reference", "LBF 2011-0457", "reason", "Opfylder kriterierne.")),
        REJECTION("prequalification", "REJECTED",
                Map.of("outcome", "REJECTED", "reference", "LBF 2011-0458", "reason", "Opfylder ikke kriterierne.")),
        APPROVAL("approval", "APPROVED",
                Map.of("committee", "Teknik- og Miljøudvalget", "meetingDate", "2011-10-24", "reference", "2011-22288")),
        GRANT("grant", "GRANTED", Map.of("reference", "LBF-tilsagn 2011-0457",
                "grantedAmount", Map.of("amount", new BigDecimal("10000000.00"), "currency", "DKK"))),
        ACTIVATION("activation", "ACTIVE", Map.of("reference", "Sekretariatet bemandet")),
        COMPLETION("completion", "COMPLETED", Map.of()),
        WITHDRAWAL("withdrawal", "WITHDRAWN", Map.of("reason", "Trukket tilbage."));

        public final String path;
        public final String resultingStatus;
        public final Map<String, Object> body;

        Step(String path, String resultingStatus, Map<String, Object> body) {
            this.path = path;
            this.resultingStatus = resultingStatus;
            this.body = body;
        }

        public String token() {
            return switch (this) {
                case PREQUALIFICATION, REJECTION, GRANT -> Tokens.lbf();
                default -> Tokens.kommune();
            };
        }
    }

    /** Takes the steps in order, each expected to succeed. */
    public static void take(UUID planId, Step... steps) {
        for (Step step : steps) {
            decide(planId, step.path, step.body, step.token()).then().statusCode(200);
        }
    }

    /** The steps that bring a new draft into a status. */
    public static Step[] stepsTo(String status) {
        return switch (status) {
            case "DRAFT" -> new Step[] {};
            case "SUBMITTED" -> new Step[] {Step.SUBMISSION};
            case "PREQUALIFIED" -> new Step[] {Step.SUBMISSION, Step.PREQUALIFICATION};
            case "REJECTED" -> new Step[] {Step.SUBMISSION, Step.REJECTION};
            case "APPROVED" -> new Step[] {Step.SUBMISSION, Step.PREQUALIFICATION, Step.APPROVAL};
            case "GRANTED" -> new Step[] {Step.SUBMISSION, Step.PREQUALIFICATION, Step.APPROVAL, Step.GRANT};
            case "ACTIVE" -> new Step[] {Step.SUBMISSION, Step.PREQUALIFICATION, Step.APPROVAL, Step.GRANT,
                    Step.ACTIVATION};
            case "COMPLETED" -> new Step[] {Step.SUBMISSION, Step.PREQUALIFICATION, Step.APPROVAL, Step.GRANT,
                    Step.ACTIVATION, Step.COMPLETION};
            case "WITHDRAWN" -> new Step[] {Step.WITHDRAWAL};
            default -> throw new IllegalArgumentException(status);
        };
    }

    public static TestPlan planIn(String status) {
        TestPlan plan = draft();
        take(plan.id(), stepsTo(status));
        return plan;
    }

    public record TestPlan(UUID id, UUID organisationId, UUID areaId) {
    }
}
