package dk.kk.boligsocial.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Runs in the broker's JVM next to the broker: once the broker answers, it makes the broker hold exactly what
 * {@code provisioning.properties} (written by {@link LocalKafka} from a {@link KafkaTopology}) describes, logged in
 * as the super user with PLAIN: the SCRAM-SHA-512 users with their passwords, the topics with their partitions and
 * retention, and the ACLs (ACLs not described are deleted). Then it logs in as one of the users and waits until that
 * user's grant is in force, so that a client that connects after the marker line never meets a half-provisioned
 * broker, and prints {@value #DONE_MARKER}. Idempotent: it runs on every start, against a fresh or a kept data
 * directory alike.
 * <p>
 * Like {@link BrokerProcessMain} this class is copied next to the broker's data, so it must stay a single class
 * file: no nested, anonymous or enum-switch classes.
 * <p>
 * {@code provisioning.properties}: {@code bootstrap.servers}, {@code admin.password}, {@code user.<name>=<password>},
 * {@code topic.<name>=<partitions>,<retention.ms>}, {@code acl.<n>=<principal> <TOPIC|GROUP> <LITERAL|PREFIXED>
 * <resource> <operation>}.
 */
final class BrokerProvisioning {

    static final String DONE_MARKER = "local-kafka: provisioned";
    static final String FAILED_MARKER = "local-kafka: provisioning failed";
    private static final long TIMEOUT_MILLIS = 60_000;
    private static final int SCRAM_ITERATIONS = 8192;

    private BrokerProvisioning() {
    }

    /** Provisions on a daemon thread; the broker JVM exits with 1 if that fails, so the parent sees the failure. */
    static void startInBackground(String provisioningFile) {
        Thread thread = new Thread(() -> {
            try {
                provision(load(Path.of(provisioningFile)));
            } catch (RuntimeException | InterruptedException e) {
                System.out.println(FAILED_MARKER + ": " + e);
                e.printStackTrace(System.out);
                System.out.flush();
                System.exit(1);
            }
        }, "local-kafka-provisioning");
        thread.setDaemon(true);
        thread.start();
    }

    private static void provision(Properties spec) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        RuntimeException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Admin admin = Admin.create(client(spec, "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule",
                    KafkaTopology.ADMIN, spec.getProperty("admin.password")))) {
                int users = upsertUsers(admin, spec);
                int topics = createTopics(admin, spec);
                int acls = replaceAcls(admin, spec);
                awaitGrantsInForce(spec);
                System.out.println(DONE_MARKER + ": " + users + " users, " + topics + " topics, " + acls + " ACLs");
                System.out.flush();
                return;
            } catch (RuntimeException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // the broker is still starting (or the metadata has not reached it yet): try again
                last = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the broker was not provisioned within " + TIMEOUT_MILLIS / 1000 + " s", last);
    }

    private static int upsertUsers(Admin admin, Properties spec) throws java.util.concurrent.ExecutionException,
            InterruptedException, java.util.concurrent.TimeoutException {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (String user : names(spec, "user.")) {
            upserts.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), spec.getProperty("user." + user)));
        }
        if (!upserts.isEmpty()) {
            admin.alterUserScramCredentials(upserts).all().get(10, TimeUnit.SECONDS);
        }
        return upserts.size();
    }

    private static int createTopics(Admin admin, Properties spec) throws java.util.concurrent.ExecutionException,
            InterruptedException, java.util.concurrent.TimeoutException {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, java.util.Collection<AlterConfigOp>> retentions = new HashMap<>();
        Set<String> topics = names(spec, "topic.");
        for (String topic : topics) {
            String[] partitionsAndRetention = spec.getProperty("topic." + topic).split(",");
            String retention = partitionsAndRetention[1].trim();
            if (existing.contains(topic)) {
                // a kept data directory: the topic stays, its retention follows the topology
                retentions.put(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry("retention.ms", retention), AlterConfigOp.OpType.SET)));
            } else {
                missing.add(new NewTopic(topic, Integer.parseInt(partitionsAndRetention[0].trim()), (short) 1)
                        .configs(Map.of("retention.ms", retention)));
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        }
        if (!retentions.isEmpty()) {
            admin.incrementalAlterConfigs(retentions).all().get(10, TimeUnit.SECONDS);
        }
        return topics.size();
    }

    private static int replaceAcls(Admin admin, Properties spec) throws java.util.concurrent.ExecutionException,
            InterruptedException, java.util.concurrent.TimeoutException {
        Set<AclBinding> wanted = new HashSet<>();
        for (String key : names(spec, "acl.")) {
            wanted.add(binding(spec.getProperty("acl." + key)));
        }
        List<AclBindingFilter> stale = new ArrayList<>();
        for (AclBinding present : admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS)) {
            if (!wanted.contains(present)) {
                stale.add(present.toFilter());
            }
        }
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(10, TimeUnit.SECONDS);
        }
        if (!wanted.isEmpty()) {
            admin.createAcls(wanted).all().get(10, TimeUnit.SECONDS);
        }
        return wanted.size();
    }

    /**
     * Users, topics and ACLs reach the broker through the metadata log, in the order they were written: once the
     * last ACL works for a user who logs in with SCRAM, everything before it is in force too.
     */
    private static void awaitGrantsInForce(Properties spec) throws java.util.concurrent.ExecutionException,
            InterruptedException, java.util.concurrent.TimeoutException {
        List<String> acls = new ArrayList<>(names(spec, "acl."));
        String lastTopicGrant = null;
        for (String key : acls) {
            String[] parts = spec.getProperty("acl." + key).trim().split("\\s+");
            if ("TOPIC".equals(parts[1]) && "LITERAL".equals(parts[2]) && spec.getProperty("user." + parts[0]) != null) {
                lastTopicGrant = spec.getProperty("acl." + key);
            }
        }
        if (lastTopicGrant == null) {
            return;
        }
        String[] parts = lastTopicGrant.trim().split("\\s+");
        String user = parts[0];
        try (Admin asUser = Admin.create(client(spec, "SCRAM-SHA-512",
                "org.apache.kafka.common.security.scram.ScramLoginModule", user, spec.getProperty("user." + user)))) {
            asUser.describeTopics(List.of(parts[3])).allTopicNames().get(10, TimeUnit.SECONDS);
        }
    }

    private static AclBinding binding(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 5) {
            throw new IllegalArgumentException("an ACL is '<principal> <TOPIC|GROUP> <LITERAL|PREFIXED> <resource> <operation>': "
                    + line);
        }
        return new AclBinding(
                new ResourcePattern(ResourceType.fromString(parts[1]), parts[3], PatternType.fromString(parts[2])),
                new AccessControlEntry("User:" + parts[0], "*", AclOperation.fromString(parts[4]), AclPermissionType.ALLOW));
    }

    private static Map<String, Object> client(Properties spec, String mechanism, String loginModule, String user,
            String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, spec.getProperty("bootstrap.servers"));
        config.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, mechanism);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, loginModule + " required username=\"" + user + "\" password=\"" + password + "\";");
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-kafka-provisioning");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return config;
    }

    private static Set<String> names(Properties spec, String prefix) {
        Set<String> names = new TreeSet<>();
        for (String key : spec.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                names.add(key.substring(prefix.length()));
            }
        }
        return names;
    }

    private static Properties load(Path file) {
        Properties spec = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            spec.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return spec;
    }
}
