package dk.kk.boligsocial.kafka;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} its own broker on a free port, with authentication and ACLs as in production; tests
 * reach it through an {@link InjectLocalKafka} field. The application logs in as the user named by the init argument
 * {@value #USER} (its service name, e.g. {@code funding-service}, so its tests also prove that its ACLs suffice; the
 * super user {@value KafkaTopology#ADMIN} by default). The init argument {@value #TOPICS} adds topics (comma-separated)
 * to Boligsocial's. Test code finds every user's client settings in the directory named by
 * {@value #CLIENTS_DIR_PROPERTY} ({@code <user>.properties}).
 */
public class LocalKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String USER = "user";
    public static final String TOPICS = "topics";
    /** Configuration property naming the directory of the users' client settings. */
    public static final String CLIENTS_DIR_PROPERTY = "boligsocial.test.kafka.clients-dir";

    private LocalKafka kafka;
    private String user = KafkaTopology.ADMIN;
    private String[] topics = new String[0];

    @Override
    public void init(Map<String, String> initArgs) {
        user = initArgs.getOrDefault(USER, KafkaTopology.ADMIN);
        String extra = initArgs.getOrDefault(TOPICS, "");
        topics = extra.isBlank() ? new String[0]
                : Arrays.stream(extra.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    @Override
    public Map<String, String> start() {
        kafka = LocalKafka.start(KafkaTopology.boligsocial().withTopics(topics));
        Map<String, String> config = new HashMap<>();
        kafka.clientProperties(user).forEach((key, value) -> config.put("kafka." + key, value));
        config.put(CLIENTS_DIR_PROPERTY, kafka.clientsDir().toString());
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(kafka,
                new TestInjector.AnnotatedAndMatchesType(InjectLocalKafka.class, LocalKafka.class));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
