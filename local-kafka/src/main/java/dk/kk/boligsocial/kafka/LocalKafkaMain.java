package dk.kk.boligsocial.kafka;

import java.nio.file.Path;

/**
 * Runs a broker until this JVM is told to stop, for {@code ./run}.
 * <p>
 * Usage: {@code LocalKafkaMain [--port N] [--data-dir DIR]} (defaults 9092 and
 * {@code ./.run-state/kafka}). Prints {@code KAFKA_READY <bootstrap servers>} once the broker
 * accepts clients; SIGTERM or Ctrl-C stop the broker and keep its data.
 */
public final class LocalKafkaMain {

    static final String READY_LINE_PREFIX = "KAFKA_READY ";
    private static final int DEFAULT_PORT = 9092;
    private static final Path DEFAULT_DATA_DIR = Path.of(".run-state", "kafka");

    private LocalKafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        Path dataDir = DEFAULT_DATA_DIR;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--port".equals(arg) && i + 1 < args.length) {
                port = parsePort(args[++i]);
            } else if ("--data-dir".equals(arg) && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else {
                exitWithUsage("unknown or incomplete argument: " + arg);
            }
        }

        LocalKafka kafka;
        try {
            kafka = LocalKafka.start(dataDir, port);
        } catch (LocalKafkaException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "local-kafka-main-shutdown"));
        System.out.println(READY_LINE_PREFIX + kafka.bootstrapServers());
        System.out.flush();

        int exitCode = kafka.awaitExit();
        if (!kafka.stopRequested()) {
            System.err.println("the Kafka broker exited on its own with code " + exitCode + "; see " + kafka.logFile());
            System.exit(1);
        }
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            exitWithUsage("--port needs a number, got " + value);
            return -1;
        }
    }

    private static void exitWithUsage(String problem) {
        System.err.println(problem);
        System.err.println("usage: LocalKafkaMain [--port N] [--data-dir DIR]   (defaults: 9092, ./.run-state/kafka)");
        System.exit(2);
    }
}
