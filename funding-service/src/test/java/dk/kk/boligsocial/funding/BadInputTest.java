package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a 400 problem+json naming the field, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Fixtures.CommittedPlan plan;

    private static Fixtures.CommittedPlan plan() {
        if (plan == null) {
            plan = Fixtures.committedPlan(Fixtures.newRound("10000000.00"));
        }
        return plan;
    }

    static Map<String, Object> validPool() {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", "bad-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Pulje");
        body.put("capacity", Fixtures.money("1000000.00"));
        body.put("years", List.of(Map.of("year", 2012, "capacity", Fixtures.money("500000.00"))));
        body.put("rules", Map.of("housingOrganisationMatchRatio", 1.0));
        return body;
    }

    static Map<String, Object> validDisbursement() {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "MUNICIPALITY");
        body.put("year", 2012);
        body.put("amount", Fixtures.money("100.00"));
        body.put("reference", "Udbetaling");
        return body;
    }

    static Stream<Arguments> brokenPools() {
        return Stream.of(
                raw("broken JSON", "{\"roundId\": ", null),
                raw("an array instead of an object", "[1]", null),
                raw("no body", "", ""),
                edited("unknown property", b -> b.put("colour", "red"), "colour"),
                edited("missing round", b -> b.remove("roundId"), "roundId"),
                edited("round with a space", b -> b.put("roundId", "2011 14"), "roundId"),
                edited("blank name", b -> b.put("name", " "), "name"),
                edited("zero capacity", b -> b.put("capacity", Fixtures.money("0")), "capacity.amount"),
                edited("three decimals", b -> b.put("capacity", Fixtures.money("1.005")), "capacity.amount"),
                edited("euros", b -> b.put("capacity", Map.of("amount", 5, "currency", "EUR")), "capacity.currency"),
                edited("amount as text", b -> b.put("capacity", Map.of("amount", "many", "currency", "DKK")), "capacity.amount"),
                edited("years over the total", b -> b.put("years", List.of(
                        Map.of("year", 2012, "capacity", Fixtures.money("600000.00")),
                        Map.of("year", 2013, "capacity", Fixtures.money("600000.00")))), "years"),
                edited("the same year twice", b -> b.put("years", List.of(
                        Map.of("year", 2012, "capacity", Fixtures.money("1.00")),
                        Map.of("year", 2012, "capacity", Fixtures.money("1.00")))), "years[1].year"),
                edited("year out of range", b -> b.put("years", List.of(
                        Map.of("year", 1999, "capacity", Fixtures.money("1.00")))), "years[0].year"),
                edited("share above one", b -> b.put("rules", Map.of("minimumLocalShare", 1.5)), "rules.minimumLocalShare"),
                edited("negative ratio", b -> b.put("rules", Map.of("housingOrganisationMatchRatio", -1)),
                        "rules.housingOrganisationMatchRatio"));
    }

    static Stream<Arguments> brokenDisbursements() {
        return Stream.of(
                raw("broken JSON", "{\"source\": \"LBF\"", null),
                dEdited("unknown source", b -> b.put("source", "BANK"), "source"),
                dEdited("missing source", b -> b.remove("source"), "source"),
                dEdited("year as text", b -> b.put("year", "2012x"), "year"),
                dEdited("missing year", b -> b.remove("year"), "year"),
                dEdited("negative amount", b -> b.put("amount", Fixtures.money("-1.00")), "amount.amount"),
                dEdited("missing amount", b -> b.remove("amount"), "amount"),
                dEdited("three decimals", b -> b.put("amount", Fixtures.money("0.001")), "amount.amount"),
                dEdited("blank reference", b -> b.put("reference", "  "), "reference"),
                dEdited("unknown property", b -> b.put("approvedBy", "me"), "approvedBy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPools")
    void aBrokenPoolIsA400NamingTheFieldAndNothingIsStored(String name, Object body, String field) throws Exception {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        long pools = Sql.count("select count(*) from pool");
        long audits = Sql.count("select count(*) from audit_record");

        var response = as(Tokens.kommune()).header("Idempotency-Key", UUID.randomUUID().toString()).body(json)
                .post("/v1/pools").then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(pools, Sql.count("select count(*) from pool"));
        assertEquals(audits, Sql.count("select count(*) from audit_record"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDisbursements")
    void aBrokenDisbursementIsA400NamingTheFieldAndNothingIsStored(String name, Object body, String field) throws Exception {
        UUID planId = plan().id();
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        long entries = Sql.count("select count(*) from ledger_entry");
        long keys = Sql.count("select count(*) from idempotency_key");

        var response = as(Tokens.kommune()).header("Idempotency-Key", UUID.randomUUID().toString()).body(json)
                .post("/v1/plans/" + planId + "/disbursements").then().statusCode(400)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(entries, Sql.count("select count(*) from ledger_entry"));
        assertEquals(keys, Sql.count("select count(*) from idempotency_key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void badQueryParametersAndKeysAre400(String name, String path, String field) {
        as(Tokens.kommune()).get(path).then().statusCode(400).body("errors.field", hasItem(field));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("limit too large", "/v1/pools?limit=500", "limit"),
                Arguments.of("limit not a number", "/v1/pools?limit=ten", "limit"),
                Arguments.of("foreign cursor", "/v1/pools?cursor=abc", "cursor"));
    }

    private static Arguments raw(String name, String json, String field) {
        return Arguments.of(name, json, field);
    }

    private static Arguments edited(String name, Consumer<Map<String, Object>> edit, String field) {
        Map<String, Object> body = validPool();
        edit.accept(body);
        return Arguments.of(name, body, field);
    }

    private static Arguments dEdited(String name, Consumer<Map<String, Object>> edit, String field) {
        Map<String, Object> body = validDisbursement();
        edit.accept(body);
        return Arguments.of(name, body, field);
    }
}
