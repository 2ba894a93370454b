package dk.kk.boligsocial.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI document is what the code serves; other teams build on the committed one. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void theServedDocumentMatchesTheCommittedOne() {
        OpenApiContract.assertMatchesCommitted(Path.of("src/main/openapi/openapi.json"));
    }

    @Test
    void everyOperationIsDocumentedForTheTeamsThatBuildOnIt() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("summary")) {
                    missing.add(name + ": summary");
                }
                if (!operation.has("tags") || operation.get("tags").isEmpty()) {
                    missing.add(name + ": tags");
                }
                if (!operation.has("security") && !doc.has("security")) {
                    missing.add(name + ": security requirement");
                }
                JsonNode responses = operation.get("responses");
                if (!responses.has("200") && !responses.has("201")) {
                    missing.add(name + ": success response");
                }
                for (String code : List.of("401", "403", "500")) {
                    if (!responses.has(code)) {
                        missing.add(name + ": response " + code);
                    }
                }
                if (path.getKey().contains("{") && !responses.has("404")) {
                    missing.add(name + ": response 404");
                }
                if (operation.has("requestBody")) {
                    if (!responses.has("400")) {
                        missing.add(name + ": response 400");
                    }
                    if (!operation.get("requestBody").toString().contains("\"examples\"")) {
                        missing.add(name + ": request example");
                    }
                }
                String success = responses.has("200") ? "200" : "201";
                if (!responses.get(success).toString().contains("example")) {
                    missing.add(name + ": response example");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(operations >= 17, "all operations are in the document: " + operations);
    }
}
