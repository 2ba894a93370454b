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

    /**
     * The services' names in their consumer groups (BOLIGSOCIAL_INSTANCE_ID): a service started again after a kill
     * keeps its name, as a restarted container or systemd unit would; the second funding-service has its own.
     */
    static final String MEMBER = "a";
    static final String SECOND_MEMBER = "b";

    private static BoligsocialSystem instance;

    private final TestDatabase database;
    private final LocalKafka kafka;
    private final List<ServiceProcess> extra = new ArrayList<>();
    private ServiceProcess plans;
    private ServiceProcess funding;
    private ServiceProcess evaluation;
    private int fundingStarts;
    private int evaluationStarts;

    private BoligsocialSystem() {
        KAFKA_CLIENT_LOG.setLevel(Level.WARNING);
        long started = System.nanoTime();
        database = TestDatabase.create();
        kafka = LocalKafka.start();
        BrokerLogins.use(kafka);
        plans = ServiceProcess.start("plans-service", "plans-service", MEMBER, database.jdbcUrl(), kafka.bootstrapServers());
        funding = startFunding();
        evaluation = startEvaluation();
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

    /** The three services as started (funding's latest instance). */
    List<ServiceProcess> services() {
        return List.of(plans, funding, evaluation);
    }

    TestDatabase database() {
        return database;
    }

    /** SIGKILL funding-service; {@link #startFundingAgain()} brings up a new process on another port. */
    void killFunding() {
        funding.kill();
    }

    /** A new funding-service process under the killed one's name in the consumer group, once it is ready. */
    ServiceProcess startFundingAgain() {
        funding = startFunding().awaitReady();
        return funding;
    }

    /** SIGKILL evaluation-service; {@link #startEvaluationAgain()} brings up a new process on another port. */
    void killEvaluation() {
        evaluation.kill();
    }

    /** A new evaluation-service process under the killed one's name in the consumer group, once it is ready. */
    ServiceProcess startEvaluationAgain() {
        evaluation = startEvaluation().awaitReady();
        return evaluation;
    }

    /** Another funding-service instance in the same consumer group, on the same database; stopped by the caller. */
    ServiceProcess startSecondFunding() {
        ServiceProcess second = ServiceProcess.start("funding-service", "funding-service-b", SECOND_MEMBER, database.jdbcUrl(),
                kafka.bootstrapServers());
        extra.add(second);
        return second.awaitReady();
    }

    private ServiceProcess startFunding() {
        fundingStarts++;
        return ServiceProcess.start("funding-service", fundingStarts == 1 ? "funding-service" : "funding-service-" + fundingStarts,
                MEMBER, database.jdbcUrl(), kafka.bootstrapServers());
    }

    private ServiceProcess startEvaluation() {
        evaluationStarts++;
        return ServiceProcess.start("evaluation-service",
                evaluationStarts == 1 ? "evaluation-service" : "evaluation-service-" + evaluationStarts,
                MEMBER, database.jdbcUrl(), kafka.bootstrapServers());
    }

    private void close() {
        List<ServiceProcess> all = new ArrayList<>(extra);
        all.addAll(List.of(plans, funding, evaluation));
        all.parallelStream().forEach(ServiceProcess::stop);
        kafka.close();
        database.close();
    }
}
