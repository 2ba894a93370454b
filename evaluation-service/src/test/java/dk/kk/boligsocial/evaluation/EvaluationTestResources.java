package dk.kk.boligsocial.evaluation;

import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this module runs against one fresh PostgreSQL database and one real Kafka broker,
 * started once for the whole run (the resources are global, so the application starts once).
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(LocalKafkaTestResource.class)
public final class EvaluationTestResources {

    private EvaluationTestResources() {
    }
}
