package dk.kk.boligsocial.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the local broker holds besides its data: the topics (created up front, the broker creates none on its own),
 * the users (SCRAM-SHA-512) and what each may do (ACLs; everything not granted is denied). {@link #boligsocial()}
 * is Boligsocial's: each service writes only its own topic, reads only what it consumes with its own consumer group,
 * and writes the dead-letter topic of what it consumes; integrators only read. The broker's own user
 * {@value #ADMIN} is its super user and logs in with PLAIN; nobody else does.
 */
public final class KafkaTopology {

    /** The broker's super user: inter-broker traffic, the controller, and creating users, topics and ACLs. */
    public static final String ADMIN = "admin";
    /** Reads the three event topics (and only those), in consumer groups whose names start with its name. */
    public static final String INTEGRATOR = "integrator";
    public static final String PLANS_SERVICE = "plans-service";
    public static final String FUNDING_SERVICE = "funding-service";
    public static final String EVALUATION_SERVICE = "evaluation-service";

    public static final String PLANS = "boligsocial.plans";
    public static final String FUNDING = "boligsocial.funding";
    public static final String EVALUATIONS = "boligsocial.evaluations";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Longer than any outage a consumer is expected to sit out; consumers keep processed ids longer (30 days). */
    public static final Duration EVENT_RETENTION = Duration.ofDays(7);
    /** Dead letters wait for an operator, who may be on holiday. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);
    public static final int PARTITIONS = 3;

    /** A topic created with its partitions and retention before any client connects. */
    public record Topic(String name, int partitions, Duration retention) {
        public Topic {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(retention, "retention");
        }
    }

    /**
     * One ACL: {@code User:<principal>} may do {@code operation} on the resource.
     *
     * @param resourceType {@code TOPIC} or {@code GROUP}
     * @param patternType  {@code LITERAL} or {@code PREFIXED}
     * @param operation    e.g. {@code READ}, {@code WRITE}
     */
    public record Grant(String principal, String resourceType, String patternType, String resource, String operation) {
    }

    private final List<Topic> topics;
    private final Set<String> users;
    private final List<Grant> grants;

    private KafkaTopology(List<Topic> topics, Set<String> users, List<Grant> grants) {
        this.topics = List.copyOf(topics);
        this.users = Set.copyOf(users);
        this.grants = List.copyOf(grants);
    }

    /** Boligsocial's topics, users and ACLs. */
    public static KafkaTopology boligsocial() {
        List<Topic> topics = new ArrayList<>();
        for (String topic : List.of(PLANS, FUNDING, EVALUATIONS)) {
            topics.add(new Topic(topic, PARTITIONS, EVENT_RETENTION));
            topics.add(new Topic(topic + DEAD_LETTER_SUFFIX, PARTITIONS, DEAD_LETTER_RETENTION));
        }
        List<Grant> grants = new ArrayList<>();
        writes(grants, PLANS_SERVICE, PLANS);
        for (String consumer : List.of(FUNDING_SERVICE, EVALUATION_SERVICE)) {
            reads(grants, consumer, PLANS, consumer);
            writes(grants, consumer, PLANS + DEAD_LETTER_SUFFIX);
        }
        // the co-financing gate: plans-service hears what funding decided (issue 13)
        reads(grants, PLANS_SERVICE, FUNDING, PLANS_SERVICE);
        writes(grants, PLANS_SERVICE, FUNDING + DEAD_LETTER_SUFFIX);
        // kroner per outcome: evaluation-service keeps each plan's money from funding's events (issue 15), in a group
        // of its own so that its plan events' group keeps one member per instance
        reads(grants, EVALUATION_SERVICE, FUNDING, EVALUATION_SERVICE + ".portfolio");
        writes(grants, EVALUATION_SERVICE, FUNDING + DEAD_LETTER_SUFFIX);
        writes(grants, FUNDING_SERVICE, FUNDING);
        writes(grants, EVALUATION_SERVICE, EVALUATIONS);
        for (String topic : List.of(PLANS, FUNDING, EVALUATIONS)) {
            grants.add(new Grant(INTEGRATOR, "TOPIC", "LITERAL", topic, "READ"));
        }
        grants.add(new Grant(INTEGRATOR, "GROUP", "PREFIXED", INTEGRATOR, "READ"));
        Set<String> users = new LinkedHashSet<>(List.of(PLANS_SERVICE, FUNDING_SERVICE, EVALUATION_SERVICE, INTEGRATOR));
        return new KafkaTopology(topics, users, grants);
    }

    /** This topology with more topics (for tests of libraries that use topics of their own), written by the super user. */
    public KafkaTopology withTopics(String... names) {
        List<Topic> more = new ArrayList<>(topics);
        for (String name : names) {
            more.add(new Topic(name, PARTITIONS, EVENT_RETENTION));
        }
        return new KafkaTopology(more, users, grants);
    }

    public List<Topic> topics() {
        return topics;
    }

    /** The SCRAM users; {@link #ADMIN} is not among them. */
    public Set<String> users() {
        return users;
    }

    public List<Grant> grants() {
        return grants;
    }

    private static void writes(List<Grant> grants, String principal, String topic) {
        grants.add(new Grant(principal, "TOPIC", "LITERAL", topic, "WRITE"));
    }

    private static void reads(List<Grant> grants, String principal, String topic, String group) {
        grants.add(new Grant(principal, "TOPIC", "LITERAL", topic, "READ"));
        grants.add(new Grant(principal, "GROUP", "LITERAL", group, "READ"));
    }
}
