package dk.kk.boligsocial.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) running in a child
 * JVM. The broker's log is {@code broker.log} in its data directory.
 * <p>
 * It runs as production brokers should: clients log in (SASL/SCRAM-SHA-512 on the client listener), may do only what
 * an ACL grants them, and write only to topics that exist; users, topics and ACLs come from a {@link KafkaTopology}
 * (Boligsocial's by default). Each user's client settings are {@link #clientProperties(String)}, and are also
 * written to {@code clients/<user>.properties} in the data directory for Kafka's command-line tools.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PORT_RELEASE_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final int FREE_PORT_ATTEMPTS = 3;
    /** Logged by BrokerProvisioning once users, topics and ACLs are in force; ties readiness to our own process. */
    private static final String READY_MARKER = BrokerProvisioning.DONE_MARKER;
    /** Common to our own "port ... is still in use" and the broker's "Address already in use". */
    private static final String PORT_TAKEN = " in use";

    private final BrokerLayout layout;
    private final int port;
    private final boolean ownsDataDir;
    private final KafkaTopology topology;
    private BrokerCredentials credentials;
    private int controllerPort;
    private Process process;
    private Thread shutdownHook;
    private Duration lastStartupTime = Duration.ZERO;
    private volatile boolean stopRequested;

    private LocalKafka(Path dataDir, int port, boolean ownsDataDir, KafkaTopology topology) {
        this.layout = new BrokerLayout(dataDir.toAbsolutePath().normalize());
        this.port = port;
        this.ownsDataDir = ownsDataDir;
        this.topology = topology;
    }

    /** A broker with Boligsocial's topology on a free port with a fresh temporary data directory, deleted again by {@link #close()}. */
    public static LocalKafka start() {
        return start(KafkaTopology.boligsocial());
    }

    /** As {@link #start()}, holding {@code topology}. */
    public static LocalKafka start(KafkaTopology topology) {
        Path dataDir = createTempDataDir();
        LocalKafkaException failure = null;
        // another process may grab a port between our probe and the broker's bind
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            LocalKafka kafka = new LocalKafka(dataDir, Ports.freePort(), true, topology);
            try {
                kafka.launch(Duration.ZERO);
                return kafka;
            } catch (LocalKafkaException e) {
                failure = e;
                if (!e.getMessage().contains(PORT_TAKEN)) {
                    break;
                }
            } catch (RuntimeException e) {
                deleteRecursively(dataDir);
                throw e;
            }
        }
        deleteRecursively(dataDir);
        throw failure;
    }

    /**
     * A broker on a fixed port keeping its data in {@code dataDir} across starts; the directory is
     * formatted only the first time.
     */
    public static LocalKafka start(Path dataDir, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        LocalKafka kafka = new LocalKafka(dataDir, port, false, KafkaTopology.boligsocial());
        kafka.launch(PORT_RELEASE_TIMEOUT);
        return kafka;
    }

    public String bootstrapServers() {
        return BrokerConfig.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return layout.root();
    }

    /**
     * The Kafka client settings of {@code user} for this broker: {@code bootstrap.servers}, {@code security.protocol},
     * {@code sasl.mechanism} and {@code sasl.jaas.config}. {@link KafkaTopology#ADMIN} is the super user.
     *
     * @throws IllegalArgumentException if the broker has no such user
     */
    public synchronized Map<String, String> clientProperties(String user) {
        if (credentials == null) {
            throw new IllegalStateException("the broker was never started");
        }
        boolean admin = KafkaTopology.ADMIN.equals(user);
        String loginModule = admin ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        properties.put("security.protocol", "SASL_PLAINTEXT");
        properties.put("sasl.mechanism", admin ? BrokerConfig.ADMIN_MECHANISM : BrokerConfig.CLIENT_MECHANISM);
        properties.put("sasl.jaas.config", loginModule + " required username=\"" + user + "\" password=\""
                + credentials.password(user) + "\";");
        return properties;
    }

    /** Where {@code <user>.properties} with each user's client settings are (readable by their owner only). */
    public Path clientsDir() {
        return layout.clientsDir();
    }

    public KafkaTopology topology() {
        return topology;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the broker cleanly (SIGTERM, then SIGKILL after 20 s); the data stays for {@link #restart()}. */
    public synchronized void stop() {
        stopRequested = true;
        if (process == null) {
            return;
        }
        terminate(process);
        process = null;
        removeShutdownHook();
    }

    /** Starts the broker again on the same port and data directory; blocks until it is ready. */
    public synchronized void restart() {
        stop();
        launch(PORT_RELEASE_TIMEOUT);
    }

    /** Stops the broker and deletes its data directory if {@link #start()} created it. */
    @Override
    public synchronized void close() {
        stop();
        if (ownsDataDir) {
            deleteRecursively(layout.root());
        }
    }

    @Override
    public String toString() {
        return "LocalKafka[" + bootstrapServers() + ", " + layout.root() + (isRunning() ? ", running]" : ", stopped]");
    }

    /** How long the latest start took from spawning the JVM to the broker answering requests. */
    synchronized Duration lastStartupTime() {
        return lastStartupTime;
    }

    /** Whether {@link #stop()} or the JVM's shutdown asked the broker to stop. */
    boolean stopRequested() {
        return stopRequested;
    }

    /** Blocks until the broker JVM exits and returns its exit code. */
    int awaitExit() throws InterruptedException {
        Process current;
        synchronized (this) {
            current = process;
        }
        return current == null ? 0 : current.waitFor();
    }

    Path logFile() {
        return layout.logFile();
    }

    private synchronized void launch(Duration portReleaseTimeout) {
        stopRequested = false;
        createDirectories(layout.root());
        if (!Ports.awaitFree(port, portReleaseTimeout)) {
            throw new LocalKafkaException("port " + port + " on " + BrokerConfig.HOST + " is still in use after "
                    + portReleaseTimeout.toSeconds() + " s; is another broker running there?");
        }
        if (controllerPort == 0 || !Ports.isFree(controllerPort)) {
            controllerPort = otherFreePort(port);
        }
        List<String> users = new ArrayList<>(topology.users());
        users.add(KafkaTopology.ADMIN);
        credentials = BrokerCredentials.loadOrCreate(layout.root(), users);
        BrokerLog log = BrokerLog.fresh(layout.logFile());
        long startedAt = System.nanoTime();
        process = BrokerLauncher.launch(layout,
                new BrokerConfig(port, controllerPort, layout.metadataDir(), credentials.password(KafkaTopology.ADMIN)),
                provisioning(), log);
        addShutdownHook();
        awaitReady(log);
        writeClientFiles(users);
        lastStartupTime = Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** What BrokerProvisioning makes the broker hold (its file format is described there). */
    private String provisioning() {
        StringBuilder text = new StringBuilder("# written by local-kafka on every start, read by BrokerProvisioning\n");
        text.append("bootstrap.servers=").append(bootstrapServers()).append('\n');
        text.append("admin.password=").append(credentials.password(KafkaTopology.ADMIN)).append('\n');
        for (String user : topology.users()) {
            text.append("user.").append(user).append('=').append(credentials.password(user)).append('\n');
        }
        for (KafkaTopology.Topic topic : topology.topics()) {
            text.append("topic.").append(topic.name()).append('=').append(topic.partitions()).append(',')
                    .append(topic.retention().toMillis()).append('\n');
        }
        int n = 0;
        for (KafkaTopology.Grant grant : topology.grants()) {
            text.append("acl.").append(++n).append('=').append(grant.principal()).append(' ').append(grant.resourceType())
                    .append(' ').append(grant.patternType()).append(' ').append(grant.resource()).append(' ')
                    .append(grant.operation()).append('\n');
        }
        return text.toString();
    }

    private void writeClientFiles(List<String> users) {
        createDirectories(layout.clientsDir());
        for (String user : users) {
            StringBuilder text = new StringBuilder("# Kafka client settings of user " + user + " on the local broker\n");
            clientProperties(user).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            BrokerCredentials.writePrivate(layout.clientsDir().resolve(user + ".properties"), text.toString());
        }
    }

    private void awaitReady(BrokerLog log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        boolean provisioned = false;
        while (true) {
            if (!process.isAlive()) {
                int exitCode = process.exitValue();
                discardProcess();
                throw new LocalKafkaException("the Kafka broker on port " + port + " exited with code " + exitCode
                        + " before it was ready; end of " + log.file() + ":\n" + log.tail());
            }
            provisioned = provisioned || log.hasLogged(READY_MARKER);
            if (provisioned && ApiVersionsProbe.answers(port)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                terminate(process);
                discardProcess();
                throw new LocalKafkaException("the Kafka broker on port " + port + " was not ready within "
                        + READY_TIMEOUT.toSeconds() + " s; end of " + log.file() + ":\n" + log.tail());
            }
            Ports.sleep(POLL_INTERVAL);
        }
    }

    private void discardProcess() {
        process = null;
        removeShutdownHook();
    }

    /** Without this a test JVM that ends without close() would leave brokers running. */
    private void addShutdownHook() {
        Process child = process;
        Path root = layout.root();
        boolean deleteData = ownsDataDir;
        shutdownHook = new Thread(() -> {
            stopRequested = true;
            terminate(child);
            if (deleteData) {
                deleteRecursively(root);
            }
        }, "local-kafka-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void removeShutdownHook() {
        if (shutdownHook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to run; it does the same work
        }
        shutdownHook = null;
    }

    private static void terminate(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
                child.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int otherFreePort(int taken) {
        int candidate = Ports.freePort();
        while (candidate == taken) {
            candidate = Ports.freePort();
        }
        return candidate;
    }

    private static Path createTempDataDir() {
        try {
            return Files.createTempDirectory("local-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the broker", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's data directory " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is harmless; failing close() over it would not be
        }
    }
}
