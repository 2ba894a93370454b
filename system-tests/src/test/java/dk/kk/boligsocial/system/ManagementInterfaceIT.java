package dk.kk.boligsocial.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged services, in their production configuration: health and metrics only on the management port, no
 * Swagger UI, the OpenAPI document on the API's port, and health answers without text.
 */
class ManagementInterfaceIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BoligsocialSystem system = BoligsocialSystem.get();

    @Test
    void healthAndMetricsAreServedOnTheManagementPortAndNotOnTheApisPort() throws Exception {
        for (ServiceProcess service : system.services()) {
            for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
                assertEquals(404, get(service.baseUri() + path).statusCode(), service.module() + ": " + path + " on the API's port");
            }
            assertEquals(200, get(service.managementUri() + "/q/health/live").statusCode(), service.module());
            HttpResponse<String> metrics = get(service.managementUri() + "/q/metrics");
            assertEquals(200, metrics.statusCode(), service.module());
            assertTrue(metrics.body().contains("boligsocial_outbox_backlog"), service.module() + ": the outbox gauge is scraped");
        }
    }

    @Test
    void healthAnswersCarryNamesStatusesAndNumbersButNoText() throws Exception {
        for (ServiceProcess service : system.services()) {
            HttpResponse<String> ready = get(service.managementUri() + "/q/health");
            assertEquals(200, ready.statusCode(), service.module());
            JsonNode checks = new ObjectMapper().readTree(ready.body()).get("checks");
            assertTrue(checks.size() >= 3, service.module() + ": " + ready.body());
            for (JsonNode check : checks) {
                JsonNode data = check.path("data");
                data.fields().forEachRemaining(field -> assertTrue(field.getValue().isNumber() || field.getValue().isBoolean(),
                        service.module() + ": " + check.get("name") + " shows text: " + field));
            }
        }
    }

    @Test
    void swaggerUiIsNotServedButTheOpenApiDocumentIs() throws Exception {
        for (ServiceProcess service : system.services()) {
            assertEquals(404, get(service.baseUri() + "/q/swagger-ui").statusCode(), service.module());
            assertEquals(404, get(service.baseUri() + "/q/swagger-ui/index.html").statusCode(), service.module());
            assertEquals(404, get(service.managementUri() + "/q/swagger-ui").statusCode(), service.module());
            assertEquals(200, get(service.baseUri() + "/q/openapi").statusCode(), service.module());
        }
    }

    private static HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
