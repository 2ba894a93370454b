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
