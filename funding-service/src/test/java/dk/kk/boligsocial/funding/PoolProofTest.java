package dk.kk.boligsocial.funding;

import static dk.kk.boligsocial.funding.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.boligsocial.events.ledger.VerifyPoolChain;
import dk.kk.boligsocial.testkit.EventContract;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A pool that proves itself (issue 15): every ledger entry of a round is chained by the database as it is written,
 * the proof recomputes the chain and the pool's high-water marks from the raw entries, every funding event carries
 * the chain head, and the exported ledger checks out offline with VerifyPoolChain, or names the entry that was
 * changed behind the service's back.
 */
@QuarkusTest
class PoolProofTest {

    private static String poolOf(String round) {
        return as(Tokens.kommune()).get("/v1/pools?roundId=" + round).then().statusCode(200).extract().path("items[0].id");
    }

    private static Response proof(String pool) {
        return as(Tokens.kommune()).get("/v1/pools/" + pool + "/proof");
    }

    private static String[] verify(String export, String fileName, String... more) throws IOException {
        Path file = Files.createTempFile("ledger", fileName);
        Files.writeString(file, export, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[more.length + 1];
        args[0] = file.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        int code = VerifyPoolChain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        Files.delete(file);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8).strip()};
    }

    @Test
    void aCleanChainIsProvenAndItsHeadTravelsWithEveryEventAndChecksOutOffline() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        UUID plan = Fixtures.committedPlan(round).id();

        // 2 reservations; at the grant 2 releases and 6 commitments (LBF, municipality, housing organisation x 2 years)
        String head = proof(pool).then().statusCode(200)
                .body("roundId", is(round))
                .body("entries", is(10))
                .body("verified", is(true))
                .body("firstBreak", nullValue())
                .body("withinCapacity", is(true))
                .body("total.capacity.amount", Fixtures.exactly("10000000.00"))
                .body("total.maxHeld.amount", Fixtures.exactly("2000000.00"))
                .body("total.heldNow.amount", Fixtures.exactly("2000000.00"))
                .body("years.find { it.year == 2012 }.capacity.amount", Fixtures.exactly("5000000.00"))
                .body("years.find { it.year == 2012 }.maxHeld.amount", Fixtures.exactly("1000000.00"))
                .body("years.find { it.year == 2013 }.withinCapacity", is(true))
                .extract().path("head");

        List<ConsumerRecord<String, String>> events = Fixtures.FUNDING.recordsWithKey(plan.toString(), 2,
                Duration.ofSeconds(30));
        assertEquals("dk.kk.boligsocial.funding.committed.v1", KafkaTopic.header(events.get(1), "ce_type"));
        EventContract.assertValid("dk.kk.boligsocial.funding.committed.v1", events.get(1).value());
        JsonNode reserved = Fixtures.JSON.readTree(events.get(0).value());
        JsonNode committed = Fixtures.JSON.readTree(events.get(1).value());
        assertEquals(head, committed.get("chainHead").asText(), "the grant's event carries the head after its entries");
        List<String> hashes = as(Tokens.kommune()).get("/v1/pools/" + pool + "/ledger?limit=2").then().statusCode(200)
                .body("items[0].position", is(1))
                .body("items[0].previousHash", is("0".repeat(64)))
                .extract().path("items.hash");
        assertEquals(hashes.get(1), reserved.get("chainHead").asText(), "the reservation's head is its second entry");

        String json = as(Tokens.revisor()).get("/v1/pools/" + pool + "/ledger?limit=200").then().statusCode(200)
                .contentType("application/json").extract().asString();
        String csv = new String(given().header("Authorization", Tokens.bearer(Tokens.revisor())).accept("text/csv")
                .get("/v1/pools/" + pool + "/ledger").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray(), StandardCharsets.UTF_8);
        String[] fromJson = verify(json, ".json", "--expect-head", head);
        String[] fromCsv = verify(csv, ".csv", "--expect-head", head);
        assertEquals("0", fromJson[0], fromJson[1]);
        assertEquals("OK 10 entries, head " + head, fromJson[1]);
        assertEquals("0", fromCsv[0], fromCsv[1]);
    }

    @Test
    void aRowChangedInTheDatabaseIsReportedAtItsEntry() throws Exception {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        Fixtures.committedPlan(round);
        String head = proof(pool).then().statusCode(200).body("verified", is(true)).extract().path("head");
        String third = as(Tokens.kommune()).get("/v1/pools/" + pool + "/ledger?limit=3").then().statusCode(200)
                .extract().path("items[2].id");

        // what someone with write access to the table might do: lower a commitment, behind the service's back
        assertEquals(1, Sql.update("update ledger_entry set amount = amount - 1 where id = ?::uuid", third));

        proof(pool).then().statusCode(200)
                .body("verified", is(false))
                .body("entries", is(10))
                .body("firstBreak.position", is(3))
                .body("firstBreak.entryId", is(third))
                .body("head", is(head));
        String csv = new String(given().header("Authorization", Tokens.bearer(Tokens.kommune())).accept("text/csv")
                .get("/v1/pools/" + pool + "/ledger").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        String[] offline = verify(csv, ".csv", "--expect-head", head);
        assertEquals("1", offline[0]);
        assertTrue(offline[1].startsWith("BROKEN at entry 3 (" + third + ")"), offline[1]);
    }

    @Test
    void theProofAsOfADayBeforeTheFirstEntryIsEmptyAndBadInputIsAProblem() {
        String round = Fixtures.newRound("10000000.00", 2012, "5000000.00", 2013, "5000000.00");
        String pool = poolOf(round);
        Fixtures.committedPlan(round);

        as(Tokens.revisor()).get("/v1/pools/" + pool + "/proof?asOf=2011-12-31").then().statusCode(200)
                .body("asOf", is("2011-12-31"))
                .body("entries", is(0))
                .body("head", is("0".repeat(64)))
                .body("verified", is(true));
        as(Tokens.kommune()).get("/v1/pools/" + pool + "/proof?asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("asOf"));
        as(Tokens.kommune()).get("/v1/pools/" + UUID.randomUUID() + "/proof").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.lbf()).get("/v1/pools/" + pool + "/proof").then().statusCode(403);
        as(Tokens.boligorganisation(UUID.randomUUID())).get("/v1/pools/" + pool + "/ledger").then().statusCode(403);
    }
}
