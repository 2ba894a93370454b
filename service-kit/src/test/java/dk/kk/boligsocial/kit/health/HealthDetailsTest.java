package dk.kk.boligsocial.kit.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class HealthDetailsTest {

    /** What SmallRye Health answered with the database and the broker away (texts as Agroal and Kafka write them). */
    private static final String DOWN = """
            {"status": "DOWN", "checks": [
              {"name": "Database connections health check", "status": "DOWN",
               "data": {"<default>": "Unable to execute the validation check for the default DataSource: FATAL: password authentication failed for user \\"plans_app\\""}},
              {"name": "outbox", "status": "DOWN",
               "data": {"backlog": 12, "oldestUnsentAgeSeconds": 40, "reason": "outbox table unreachable: ERROR: permission denied for table outbox_event"}},
              {"name": "SmallRye Reactive Messaging - readiness check", "status": "DOWN",
               "data": {"plans-in": "[KO] - Timeout expired while fetching topic metadata from kafka:9092", "paused": false}}
            ]}""";

    @Test
    void inProductionAChecksTextIsLeftOutAndItsNumbersAndFlagsStay() {
        JsonObject filtered = new HealthDetails(false).filter(read(DOWN));

        assertEquals(read("""
                {"status": "DOWN", "checks": [
                  {"name": "Database connections health check", "status": "DOWN"},
                  {"name": "outbox", "status": "DOWN", "data": {"backlog": 12, "oldestUnsentAgeSeconds": 40}},
                  {"name": "SmallRye Reactive Messaging - readiness check", "status": "DOWN", "data": {"paused": false}}
                ]}"""), filtered);
    }

    @Test
    void withDetailsSwitchedOnEverythingIsShown() {
        assertEquals(read(DOWN), new HealthDetails(true).filter(read(DOWN)));
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
