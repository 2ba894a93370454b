package dk.kk.boligsocial.kafka;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

/**
 * Entry point of the broker's own JVM (never loaded in the parent): formats the storage on first
 * use, makes the broker follow its parent into death, starts {@link BrokerProvisioning} (users, topics, ACLs)
 * in the background, then hands over to {@code kafka.Kafka}.
 * Formatting here rather than in a separate {@code StorageTool} JVM saves a JVM start per broker.
 * <p>
 * Arguments: {@code <parent pid> <server.properties> <metadata dir> <provisioning.properties>}.
 * <p>
 * {@link LocalKafka} copies this class file next to the broker's data, so it must stay a single
 * class file: no nested, anonymous or enum-switch classes.
 */
final class BrokerProcessMain {

    private static final long PARENT_POLL_MILLIS = 500;

    private BrokerProcessMain() {
    }

    public static void main(String[] args) {
        long parentPid = Long.parseLong(args[0]);
        String serverProperties = args[1];
        Path metadataDir = Path.of(args[2]);

        followParent(parentPid);
        if (!Files.exists(metadataDir.resolve("meta.properties"))) {
            formatStorage(serverProperties);
        }
        BrokerProvisioning.startInBackground(args[3]);
        kafka.Kafka.main(new String[] {serverProperties});
    }

    /**
     * The parent's shutdown hook stops us normally; this covers a parent killed with SIGKILL or
     * crashing, where no hook runs. System.exit runs Kafka's own hook, so the shutdown stays clean.
     */
    private static void followParent(long parentPid) {
        ProcessHandle parent = ProcessHandle.of(parentPid)
                .orElseThrow(() -> new IllegalStateException("parent process " + parentPid + " is already gone"));
        Thread watcher = new Thread(() -> {
            // re-parenting happens the moment the parent dies, before it stops being a zombie
            while (parent.isAlive() && isParent(parentPid)) {
                try {
                    Thread.sleep(PARENT_POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("local-kafka: parent process " + parentPid + " is gone, shutting the broker down");
            System.exit(0);
        }, "local-kafka-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean isParent(long pid) {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid;
    }

    private static void formatStorage(String serverProperties) {
        String clusterId = randomClusterId();
        int exitCode;
        try {
            exitCode = kafka.tools.StorageTool.execute(
                    new String[] {"format", "--cluster-id", clusterId, "--config", serverProperties}, System.out);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            exitCode = 1;
        }
        if (exitCode != 0) {
            System.out.println("local-kafka: formatting the storage failed with exit code " + exitCode);
            System.out.flush();
            System.exit(exitCode);
        }
    }

    /** Kafka's Uuid text form: 16 random bytes, URL-safe base64; the tools reject ids starting with '-'. */
    private static String randomClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            byte[] bytes = ByteBuffer.allocate(16)
                    .putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits())
                    .array();
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
