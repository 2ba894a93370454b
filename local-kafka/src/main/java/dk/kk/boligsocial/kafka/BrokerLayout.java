package dk.kk.boligsocial.kafka;

import java.nio.file.Path;

/** What lives where inside a broker's data directory. */
record BrokerLayout(Path root) {

    Path metadataDir() {
        return root.resolve("kraft");
    }

    Path serverProperties() {
        return root.resolve("server.properties");
    }

    /** What {@link BrokerProvisioning} makes the broker hold; readable by its owner only (passwords). */
    Path provisioningProperties() {
        return root.resolve("provisioning.properties");
    }

    /** Client settings per user ({@code <user>.properties}), for Kafka's command-line tools and for tests. */
    Path clientsDir() {
        return root.resolve("clients");
    }

    Path loggingProperties() {
        return root.resolve("logging.properties");
    }

    Path logFile() {
        return root.resolve("broker.log");
    }

    Path launcherClasses() {
        return root.resolve("launcher");
    }
}
