package dk.kk.boligsocial.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server.properties of a single-node KRaft broker that is also its own controller, with authentication and
 * authorisation switched on: clients log in with SASL/SCRAM-SHA-512 on the client listener, the broker's own super
 * user {@value KafkaTopology#ADMIN} with PLAIN (from this file, so it needs no user in the metadata log: the broker
 * can create the SCRAM users itself, see {@code BrokerProvisioning}); the StandardAuthorizer denies whatever no ACL
 * grants, and no topic is created on first use.
 */
record BrokerConfig(int port, int controllerPort, Path logDir, String adminPassword) {

    static final String HOST = "localhost";
    static final String CLIENT_MECHANISM = "SCRAM-SHA-512";
    static final String ADMIN_MECHANISM = "PLAIN";

    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "CLIENT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "CLIENT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", "CLIENT");
        p.put("controller.listener.names", "CONTROLLER");

        // who may log in, and how
        String adminLogin = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + KafkaTopology.ADMIN
                + "\" password=\"" + adminPassword + "\" user_" + KafkaTopology.ADMIN + "=\"" + adminPassword + "\";";
        p.put("listener.name.client.sasl.enabled.mechanisms", CLIENT_MECHANISM + "," + ADMIN_MECHANISM);
        p.put("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.client.plain.sasl.jaas.config", adminLogin);
        p.put("sasl.mechanism.inter.broker.protocol", ADMIN_MECHANISM);
        p.put("listener.name.controller.sasl.enabled.mechanisms", ADMIN_MECHANISM);
        p.put("listener.name.controller.plain.sasl.jaas.config", adminLogin);
        p.put("sasl.mechanism.controller.protocol", ADMIN_MECHANISM);
        // and what they may do: only what an ACL grants
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + KafkaTopology.ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
        // a static voter set stores no endpoints in the metadata log, so the controller port may
        // differ from one start to the next while the data directory stays the same
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("log.dirs", logDir.toString());

        // topics are created up front with their partitions and retention (BrokerProvisioning), never on first use
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");

        // the defaults (50 partitions each) make the first consumer group or transaction on a fresh
        // broker wait for dozens of partitions to be created
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.num.partitions", "3");

        // light on a small, shared machine
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    /** Readable by its owner only: it holds the super user's password. */
    void writeTo(Path file) {
        StringBuilder text = new StringBuilder("# written by local-kafka on every start\n");
        for (Map.Entry<String, String> e : properties().entrySet()) {
            text.append(e.getKey()).append('=').append(escape(e.getValue())).append('\n');
        }
        BrokerCredentials.writePrivate(file, text.toString());
    }

    /** java.util.Properties reads a backslash as an escape, which would mangle such paths. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
