package dk.kk.boligsocial.system;

import dk.kk.boligsocial.kafka.LocalKafka;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole system for the test JVM: a fresh database, a broker of its own and the three packaged services, started
 * once and shared by every system test (start-up is the expensive part); stopped, and the database dropped, when the
 * JVM ends.
 */
final class BoligsocialSystem {

    /** The test's own Kafka clients would print their whole configuration at INFO; held so the level sticks. */
    private static final Logger KAFKA_CLIENT_LOG = Logger.getLogger("org.apache.kafka");

    private static BoligsocialSystem instance;

    private final TestDatabase database;
    private final LocalKafka kafka;
    private final List<ServiceProcess> extra = new ArrayList<>();
    private ServiceProcess plans;
    private ServiceProcess funding;
    private ServiceProcess evaluation;
    private int fundingStarts;

    private BoligsocialSystem() {
        KAFKA_CLIENT_LOG.setLevel(Level.WARNING);
        long started = System.nanoTime();
        database = TestDatabase.create();
        kafka = LocalKafka.start();
        BrokerLogins.use(kafka);
        plans = ServiceProcess.start("plans-service", "plans-service", database.jdbcUrl(), kafka.bootstrapServers());
        funding = startFunding();
        evaluation = ServiceProcess.start("evaluation-service", "evaluation-service", database.jdbcUrl(), kafka.bootstrapServers());
        try {
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(plans::awaitReady),
                    CompletableFuture.runAsync(funding::awaitReady),
                    CompletableFuture.runAsync(evaluation::awaitReady)).join();
        } catch (RuntimeException e) {
            // a service that did not start would otherwise leave the others, the broker and the database behind
            close();
            throw e;
        }
        System.out.printf("system: database, broker %s and three services ready in %.1f s (logs in %s)%n",
                kafka.bootstrapServers(), (System.nanoTime() - started) / 1e9, ServiceProcess.LOGS);
    }

    static synchronized BoligsocialSystem get() {
        if (instance == null) {
            BoligsocialSystem system = new BoligsocialSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "boligsocial-system-stop"));
            instance = system;
        }
        return instance;
    }

    String plansUri() {
        return plans.baseUri();
    }

    String fundingUri() {
        return funding.baseUri();
    }

    String evaluationUri() {
        return evaluation.baseUri();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** SIGKILL funding-service; {@link #startFundingAgain()} brings up a new process on another port. */
    void killFunding() {
        funding.kill();
    }

    void startFundingAgain() {
        funding = startFunding().awaitReady();
    }

    /** Another funding-service instance in the same consumer group, on the same database; stopped by the caller. */
    ServiceProcess startSecondFunding() {
        ServiceProcess second = ServiceProcess.start("funding-service", "funding-service-b", database.jdbcUrl(),
                kafka.bootstrapServers());
        extra.add(second);
        return second.awaitReady();
    }

    private ServiceProcess startFunding() {
        fundingStarts++;
        return ServiceProcess.start("funding-service", fundingStarts == 1 ? "funding-service" : "funding-service-" + fundingStarts,
                database.jdbcUrl(), kafka.bootstrapServers());
    }

    private void close() {
        List<ServiceProcess> all = new ArrayList<>(extra);
        all.addAll(List.of(plans, funding, evaluation));
        all.parallelStream().forEach(ServiceProcess::stop);
        kafka.close();
        database.close();
    }
}
