package dk.kk.boligsocial.plans;

import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against one fresh PostgreSQL database and one real Kafka broker,
 * started once for the whole run (the resources are global, so the application starts once). The broker
 * runs with authentication and ACLs, and the service logs in as plans-service: its tests also prove that its
 * grants suffice (and no more is granted than the production topology gives it).
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.USER, value = "plans-service"))
public final class PlansTestResources {

    private PlansTestResources() {
    }
}
