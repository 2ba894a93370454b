package dk.kk.boligsocial.evaluation;

import static dk.kk.boligsocial.evaluation.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A granted plan as an IATI 2.03 activity: checked against the standard's required elements and attributes, the
 * schema's order of an activity's children, and the codelists' values, with the money funding-service announces on
 * boligsocial.funding and the results kept here.
 */
@QuarkusTest
class IatiExportTest {

    private static final KafkaTopic FUNDING = KafkaTopic.named("boligsocial.funding");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The IATI 2.03 schema's sequence of iati-activity's children. */
    private static final List<String> ACTIVITY_ORDER = List.of("iati-identifier", "reporting-org", "title",
            "description", "participating-org", "other-identifier", "activity-status", "activity-date", "contact-info",
            "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag",
            "country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type",
            "default-finance-type", "default-aid-type", "default-tied-status", "budget", "planned-disbursement",
            "capital-spend", "transaction", "document-link", "related-activity", "legacy-data", "conditions", "result",
            "crs-add", "fss");
    private static final List<String> BUDGET_ORDER = List.of("period-start", "period-end", "value");
    private static final List<String> TRANSACTION_ORDER = List.of("transaction-type", "transaction-date", "value",
            "description", "provider-org", "receiver-org", "disbursement-channel", "sector", "recipient-country",
            "recipient-region", "flow-type", "finance-type", "aid-type", "tied-status");
    private static final List<String> RESULT_ORDER = List.of("title", "description", "document-link", "reference",
            "indicator");
    private static final List<String> INDICATOR_ORDER = List.of("title", "description", "document-link", "reference",
            "baseline", "period");
    private static final List<String> PERIOD_ORDER = List.of("period-start", "period-end", "target", "actual");

    private static final Set<String> ACTIVITY_STATUS = Set.of("1", "2", "3", "4", "5", "6");
    private static final Set<String> ACTIVITY_DATE_TYPE = Set.of("1", "2", "3", "4");
    private static final Set<String> ORGANISATION_ROLE = Set.of("1", "2", "3", "4");
    private static final Set<String> ORGANISATION_TYPE = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40",
            "60", "70", "71", "72", "73", "80", "90");
    private static final Set<String> TRANSACTION_TYPE = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            "12", "13");
    private static final Set<String> BUDGET_TYPE = Set.of("1", "2");
    private static final Set<String> BUDGET_STATUS = Set.of("1", "2");
    private static final Set<String> RESULT_TYPE = Set.of("1", "2", "3", "9");
    private static final Set<String> INDICATOR_MEASURE = Set.of("1", "2", "3", "4", "5");

    @Test
    void aGrantedPlanIsAnIatiActivityInTheStandardsOrderWithItsMoneyAndResults() throws Exception {
        UUID organisation = UUID.randomUUID();
        Api.TestPlan plan = Api.grantedPlan(organisation, Api.THEMES);
        Api.setBaseline(plan.id(), Api.YOUTH_LEISURE_JOBS, "10.00");
        Api.setTarget(plan.id(), Api.YOUTH_LEISURE_JOBS, 2013, "25.00");
        String measurement = Api.reported(plan.id(), Api.YOUTH_LEISURE_JOBS, 2013, "30.00");
        Api.review(plan.id(), Api.YOUTH_LEISURE_JOBS, measurement, "APPROVED", null).then().statusCode(200);

        // committed 8 mio. (LBF 3 + municipality 1 in 2012 and in 2013); 2013's municipal part amended to 0.5 mio.;
        // 1 mio. paid, and 0.5 mio. paid by mistake and corrected
        publish(EventType.FUNDING_COMMITTED, plan, Map.of("causationEventId", UUID.randomUUID().toString(),
                "basis", "RESERVATION", "commitments", List.of(line("LBF", 2012, "3000000.00"),
                        line("LBF", 2013, "3000000.00"), line("MUNICIPALITY", 2012, "1000000.00"),
                        line("MUNICIPALITY", 2013, "1000000.00")),
                "municipalCommitted", money("2000000.00"), "reservationReleased", money("2000000.00"),
                "committedAt", "2011-12-15T10:00:00Z"));
        publish(EventType.FUNDING_GRANT_AMENDED, plan, Map.of("amendmentId", UUID.randomUUID().toString(),
                "reference", "TMU 2013-06-03", "previous", List.of(line("MUNICIPALITY", 2012, "1000000.00"),
                        line("MUNICIPALITY", 2013, "1000000.00")),
                "amended", List.of(line("MUNICIPALITY", 2012, "1000000.00"), line("MUNICIPALITY", 2013, "500000.00")),
                "totalAmended", money("1500000.00"), "ruleChecks", List.of(), "amendedBy", "test-kommune",
                "decidedOn", "2013-06-03", "amendedAt", "2013-06-03T10:00:00Z"));
        publish(EventType.FUNDING_DISBURSED, plan, disbursed(UUID.randomUUID(), "1000000.00"));
        UUID wrong = UUID.randomUUID();
        publish(EventType.FUNDING_DISBURSED, plan, disbursed(wrong, "500000.00"));
        publish(EventType.FUNDING_DISBURSEMENT_CORRECTED, plan, Map.ofEntries(
                Map.entry("disbursementId", wrong.toString()), Map.entry("reversalEntryId", UUID.randomUUID().toString()),
                Map.entry("source", "LBF"), Map.entry("year", 2012), Map.entry("amount", money("500000.00")),
                Map.entry("reason", "Forkert beløb"), Map.entry("remainingCommitment", money("2000000.00")),
                Map.entry("correctedBy", "test-kommune"), Map.entry("correctedAt", "2012-04-01T10:00:00Z")));

        // 4 grant lines, 1 amendment line, 2 payments and a correction
        Await.until(Duration.ofSeconds(30), () -> children(activity(iati(plan, Tokens.reader())), "transaction").size() == 8);
        Response response = iati(plan, Tokens.boligorganisation(organisation));
        response.then().statusCode(200).contentType("application/xml");
        Document document = parse(response);
        Element root = document.getDocumentElement();
        assertEquals("iati-activities", root.getTagName());
        assertEquals("2.03", root.getAttribute("version"));
        assertFalse(root.getAttribute("generated-datetime").isBlank());
        List<Element> activities = children(root, "iati-activity");
        assertEquals(1, activities.size());
        Element activity = activities.get(0);

        // the schema's order, and the required parts
        assertInOrder(activity, ACTIVITY_ORDER);
        assertEquals("DK-CVR-64942212-" + plan.id(), text(only(activity, "iati-identifier")));
        assertEquals("DKK", activity.getAttribute("default-currency"));
        Element reporting = only(activity, "reporting-org");
        assertEquals("DK-CVR-64942212", reporting.getAttribute("ref"));
        assertCode(reporting, "type", ORGANISATION_TYPE);
        assertNarrative(reporting);
        assertNarrative(only(activity, "title"));
        assertNarrative(only(activity, "description"));
        List<Element> participants = children(activity, "participating-org");
        assertEquals(3, participants.size());
        for (Element participant : participants) {
            assertCode(participant, "role", ORGANISATION_ROLE);
            if (participant.hasAttribute("type")) {
                assertCode(participant, "type", ORGANISATION_TYPE);
            }
            assertNarrative(participant);
        }
        assertEquals(List.of("1", "1", "4"), participants.stream().map(p -> p.getAttribute("role")).toList());
        assertTrue(text(participants.get(2)).contains(organisation.toString()), "the implementer named by its id");
        assertEquals("2", code(only(activity, "activity-status")), "implementation while ACTIVE");
        assertCode(only(activity, "activity-status"), "code", ACTIVITY_STATUS);
        Map<String, String> dates = new HashMap<>();
        for (Element date : children(activity, "activity-date")) {
            assertCode(date, "type", ACTIVITY_DATE_TYPE);
            dates.put(date.getAttribute("type"), date.getAttribute("iso-date"));
        }
        assertEquals(Map.of("1", "2012-01-01", "3", "2015-12-31"), dates);
        assertEquals("DK", only(activity, "recipient-country").getAttribute("code"));
        Element sector = only(activity, "sector");
        assertEquals("1", sector.getAttribute("vocabulary"));
        assertFalse(sector.getAttribute("code").isBlank());

        // a budget per year of the commitments: as granted (type 1), and revised (type 2) where amended
        Map<String, BigDecimal> budgets = new LinkedHashMap<>();
        for (Element budget : children(activity, "budget")) {
            assertInOrder(budget, BUDGET_ORDER);
            assertCode(budget, "type", BUDGET_TYPE);
            assertCode(budget, "status", BUDGET_STATUS);
            assertEquals("2", budget.getAttribute("status"), "committed");
            String start = only(budget, "period-start").getAttribute("iso-date");
            assertEquals(start.substring(0, 4) + "-12-31", only(budget, "period-end").getAttribute("iso-date"));
            budgets.put(budget.getAttribute("type") + "/" + start, amount(budget));
        }
        assertAmounts(Map.of("1/2012-01-01", "4000000.00", "1/2013-01-01", "4000000.00", "2/2013-01-01", "3500000.00"),
                budgets);

        // every commitment and payment as announced: the corrected payment beside its negative reversal
        List<BigDecimal> commitments = new ArrayList<>();
        List<BigDecimal> disbursements = new ArrayList<>();
        for (Element transaction : children(activity, "transaction")) {
            assertInOrder(transaction, TRANSACTION_ORDER);
            Element type = only(transaction, "transaction-type");
            assertCode(type, "code", TRANSACTION_TYPE);
            assertFalse(only(transaction, "transaction-date").getAttribute("iso-date").isBlank());
            (code(type).equals("2") ? commitments : disbursements).add(amount(transaction));
        }
        assertEquals(List.of("3000000.00", "3000000.00", "1000000.00", "1000000.00", "-500000.00"),
                commitments.stream().map(BigDecimal::toPlainString).sorted(IatiExportTest::byValueDescending).toList());
        assertEquals(List.of("1000000.00", "500000.00", "-500000.00"),
                disbursements.stream().map(BigDecimal::toPlainString).sorted(IatiExportTest::byValueDescending).toList());
        assertEquals(0, new BigDecimal("7500000.00").compareTo(commitments.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));

        // a result per theme, its indicators with baseline, periods, target and the approved actual
        List<Element> results = children(activity, "result");
        assertEquals(2, results.size());
        Element jobs = null;
        for (Element result : results) {
            assertInOrder(result, RESULT_ORDER);
            assertCode(result, "type", RESULT_TYPE);
            assertNarrative(only(result, "title"));
            assertFalse(children(result, "indicator").isEmpty());
            for (Element indicator : children(result, "indicator")) {
                assertInOrder(indicator, INDICATOR_ORDER);
                assertCode(indicator, "measure", INDICATOR_MEASURE);
                assertNarrative(only(indicator, "title"));
                for (Element baseline : children(indicator, "baseline")) {
                    assertFalse(baseline.getAttribute("year").isBlank());
                }
                for (Element period : children(indicator, "period")) {
                    assertInOrder(period, PERIOD_ORDER);
                    assertFalse(only(period, "period-start").getAttribute("iso-date").isBlank());
                    assertFalse(only(period, "period-end").getAttribute("iso-date").isBlank());
                }
                if (text(only(indicator, "description")).contains("YOUTH_LEISURE_JOBS")) {
                    jobs = indicator;
                }
            }
        }
        assertNotNull(jobs, "the indicator with an approved value");
        assertEquals("1", jobs.getAttribute("measure"), "a count is a unit measure");
        assertEquals("1", jobs.getAttribute("ascending"));
        Element baseline = only(jobs, "baseline");
        assertEquals("2011", baseline.getAttribute("year"));
        assertEquals(0, new BigDecimal("10.00").compareTo(new BigDecimal(baseline.getAttribute("value"))));
        Element year2013 = children(jobs, "period").stream()
                .filter(p -> only(p, "period-start").getAttribute("iso-date").equals("2013-01-01")).findFirst().orElseThrow();
        assertEquals("2013-12-31", only(year2013, "period-end").getAttribute("iso-date"));
        assertEquals(0, new BigDecimal("25.00").compareTo(new BigDecimal(only(year2013, "target").getAttribute("value"))));
        assertEquals(0, new BigDecimal("30.00").compareTo(new BigDecimal(only(year2013, "actual").getAttribute("value"))));
        // a percentage indicator of the same theme is measured as one
        assertTrue(elements(activity, "indicator").stream().anyMatch(i -> i.getAttribute("measure").equals("2")));

        // every value in kroner, every country Denmark
        for (Element value : elements(activity, "value")) {
            assertEquals("DKK", value.getAttribute("currency"));
            assertFalse(value.getAttribute("value-date").isBlank());
        }
        for (Element country : elements(activity, "recipient-country")) {
            assertEquals("DK", country.getAttribute("code"));
        }

        // completed: finalisation; once funding has closed the money (the unspent 2013 commitments released): closed
        Api.publishCompleted(plan);
        Await.until(Duration.ofSeconds(30), () -> "3".equals(code(only(activity(iati(plan, Tokens.reader())), "activity-status"))));
        publish(EventType.FUNDING_CLOSED_OUT, plan, Map.of("causationEventId", UUID.randomUUID().toString(),
                "cause", "PLAN_COMPLETED", "released", List.of(line("LBF", 2013, "3000000.00"),
                        line("MUNICIPALITY", 2013, "500000.00")),
                "returnedToPool", money("500000.00"), "totalPaid", money("1000000.00"),
                "closedAt", "2016-02-01T10:00:00Z"));
        Await.until(Duration.ofSeconds(30), () -> "4".equals(code(only(activity(iati(plan, Tokens.reader())), "activity-status"))));
        Element closed = activity(iati(plan, Tokens.kommune()));
        assertInOrder(closed, ACTIVITY_ORDER);
        assertEquals(2, children(closed, "transaction").stream()
                .filter(t -> code(only(t, "transaction-type")).equals("2") && amount(t).signum() < 0
                        && only(t, "transaction-date").getAttribute("iso-date").equals("2016-02-01")).count(),
                "the released commitments as negative commitments");
        assertTrue(children(closed, "activity-date").stream().anyMatch(d -> d.getAttribute("type").equals("4")),
                "the actual end");
    }

    @Test
    void aQualitativeIndicatorIsAQualitativeMeasureWithItsApprovedNarrative() {
        Api.TestPlan plan = Api.grantedPlan();
        UUID indicator = UUID.fromString(as(Tokens.kommune()).body(Map.of("own", Map.of("code", "IATI_"
                        + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000), "roundId", "2011-14",
                        "theme", Api.THEMES.get(0), "nameDa", "Beboernes fortælling", "nameEn", "Residents' story",
                        "direction", "HIGHER_IS_BETTER", "description", "Planens egen.", "kind", "QUALITATIVE")))
                .post("/v1/plans/" + plan.id() + "/indicators").then().statusCode(201).extract().path("indicatorId"));
        String path = Api.indicatorPath(plan.id(), indicator);
        String id = as(Tokens.evaluator()).body(Map.of("year", 2013, "narrative", "Beboerrådet mødes nu hver måned."))
                .post(path + "/measurements").then().statusCode(201).extract().path("id");
        Api.review(plan.id(), indicator, id, "APPROVED", null).then().statusCode(200);

        Element story = elements(activity(iati(plan, Tokens.reader())), "indicator").stream()
                .filter(i -> text(only(i, "description")).contains("IATI_")).findFirst().orElseThrow();
        assertEquals("5", story.getAttribute("measure"));
        assertFalse(story.hasAttribute("ascending"), "no direction for a qualitative measure");
        assertTrue(children(story, "baseline").isEmpty());
        Element year2013 = children(story, "period").stream()
                .filter(p -> only(p, "period-start").getAttribute("iso-date").equals("2013-01-01")).findFirst().orElseThrow();
        Element actual = only(year2013, "actual");
        assertFalse(actual.hasAttribute("value"));
        assertEquals("Beboerrådet mødes nu hver måned.", text(only(only(actual, "comment"), "narrative")));
    }

    @Test
    void anotherOrganisationsPlanAndAnUnknownPlanAreNotFoundAndTheFrameworksReadersSeeIt() {
        Api.TestPlan plan = Api.grantedPlan();
        iati(plan, Tokens.boligorganisation(UUID.randomUUID())).then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.reader()).accept("application/xml").get("/v1/plans/" + UUID.randomUUID() + "/iati").then()
                .statusCode(404).contentType("application/problem+json");
        io.restassured.RestAssured.given().accept("application/xml").get("/v1/plans/" + plan.id() + "/iati").then()
                .statusCode(401);
        iati(plan, Tokens.lbf()).then().statusCode(200).contentType("application/xml");
        iati(plan, Tokens.evaluator()).then().statusCode(200);
        iati(plan, Tokens.boligorganisation(plan.organisationId())).then().statusCode(200);
    }

    private static Response iati(Api.TestPlan plan, String token) {
        return as(token).accept("application/xml").get("/v1/plans/" + plan.id() + "/iati");
    }

    private static Element activity(Response response) {
        try {
            return only(parse(response).getDocumentElement(), "iati-activity");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Document parse(Response response) throws Exception {
        assertEquals(200, response.statusCode(), response.asString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
    }

    /** Each child's name is one of {@code order}, and they come in that order (repeats next to each other). */
    private static void assertInOrder(Element parent, List<String> order) {
        int last = -1;
        for (Element child : children(parent, null)) {
            int at = order.indexOf(child.getTagName());
            assertTrue(at >= 0, child.getTagName() + " is no child of " + parent.getTagName());
            assertTrue(at >= last, child.getTagName() + " out of order in " + parent.getTagName());
            last = at;
        }
    }

    private static void assertCode(Element element, String attribute, Set<String> codelist) {
        assertTrue(element.hasAttribute(attribute), element.getTagName() + "@" + attribute + " missing");
        assertTrue(codelist.contains(element.getAttribute(attribute)),
                element.getTagName() + "@" + attribute + "=" + element.getAttribute(attribute) + " not in its codelist");
    }

    private static void assertNarrative(Element element) {
        List<Element> narratives = children(element, "narrative");
        assertFalse(narratives.isEmpty(), element.getTagName() + " without a narrative");
        assertFalse(text(narratives.get(0)).isBlank());
    }

    private static void assertAmounts(Map<String, String> expected, Map<String, BigDecimal> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, value) -> assertEquals(0, new BigDecimal(value).compareTo(actual.get(key)), key));
    }

    private static int byValueDescending(String a, String b) {
        return new BigDecimal(b).compareTo(new BigDecimal(a));
    }

    private static String code(Element element) {
        return element.getAttribute("code");
    }

    private static BigDecimal amount(Element parent) {
        Element value = only(parent, "value");
        assertEquals("DKK", value.getAttribute("currency"));
        return new BigDecimal(text(value));
    }

    private static String text(Element element) {
        return element.getTextContent().trim();
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one " + name + " in " + parent.getTagName());
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Map<String, Object> disbursed(UUID id, String amount) {
        return Map.of("disbursementId", id.toString(), "source", "LBF", "year", 2012, "amount", money(amount),
                "reference", "Udbetaling 2012", "remainingCommitment", money("0.00"), "disbursedBy", "test-kommune",
                "disbursedAt", "2012-03-01T10:00:00Z");
    }

    private static void publish(EventType type, Api.TestPlan plan, Map<String, Object> fields) throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("planId", plan.id().toString());
        payload.put("roundId", "2011-14");
        payload.put("housingOrganisationId", plan.organisationId().toString());
        payload.putAll(fields);
        FUNDING.publish(plan.id().toString(), type.type(), "/funding-service", JSON.writeValueAsString(payload));
    }

    private static Map<String, Object> line(String source, int year, String amount) {
        return Map.of("source", source, "year", year, "amount", money(amount));
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "DKK");
    }
}
