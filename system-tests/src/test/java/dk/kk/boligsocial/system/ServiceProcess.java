package dk.kk.boligsocial.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running as its own process on a free
 * port, against the test database and broker, with its output in {@code target/system-logs/<name>.log}. Its name in
 * its consumer group ({@code BOLIGSOCIAL_INSTANCE_ID}) is given by the caller: a process started again under the same
 * name takes the partitions of the one it replaces.
 */
final class ServiceProcess {

    static final Path ROOT = Path.of(System.getProperty("boligsocial.root", "..")).toAbsolutePath().normalize();
    static final Path LOGS = Path.of(System.getProperty("boligsocial.logs", "target/system-logs")).toAbsolutePath();
    private static final Path APPS = Path.of(System.getProperty("boligsocial.apps", "target/system-apps")).toAbsolutePath();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** Modules whose application this JVM has taken a snapshot of: one fresh snapshot per test run. */
    private static final Set<String> SNAPSHOTS = new HashSet<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final String instance;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private long readyAt;

    private ServiceProcess(String module, String instance, int port, int managementPort, Process process, Path log) {
        this.module = module;
        this.instance = instance;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the service's jar; returns at once (see {@link #awaitReady()}). {@code instance} names the log file,
     * {@code groupInstanceId} the process in its consumer group (unique among the running instances of a module).
     */
    static ServiceProcess start(String module, String instance, String groupInstanceId, String jdbcUrl, String bootstrapServers) {
        Path jar = snapshot(module).resolve("quarkus-run.jar");
        int port = freePort();
        int managementPort = freePort();
        TestDatabase.Logins logins = TestDatabase.loginsFor(jdbcUrl, module);
        Path log = LOGS.resolve(instance + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // quick start-up on a small shared machine matters more here than peak speed
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                // the service's own logins, as ./run and compose give them: it runs as one and migrates as the other
                "-Dquarkus.datasource.username=" + logins.runtime(),
                "-Dquarkus.datasource.password=" + logins.runtimePassword(),
                "-Dquarkus.flyway.username=" + logins.owner(),
                "-Dquarkus.flyway.password=" + logins.ownerPassword(),
                "-Dkafka.bootstrap.servers=" + bootstrapServers,
                "-Dquarkus.log.category.\"org.apache.kafka\".level=WARN"));
        command.addAll(SystemIdentity.serviceOptions()); // the identity provider the services verify tokens of
        command.addAll(extraOptions("boligsocial.service.options"));
        command.addAll(extraOptions("boligsocial.service.options." + module));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(LOGS);
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("BOLIGSOCIAL_INSTANCE_ID", groupInstanceId);
            // each service logs in to the broker as itself, the way an operator configures it (KAFKA_* variables)
            builder.environment().putAll(BrokerLogins.environmentOf(module));
            Process process = builder.start();
            return new ServiceProcess(module, instance, port, managementPort, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    /**
     * More JVM options, separated by spaces, from a system property ({@code -Dboligsocial.service.options=...} for
     * every service, {@code -Dboligsocial.service.options.funding-service=...} for one, on the Maven command line): to
     * measure the services under other settings without changing them.
     */
    private static List<String> extraOptions(String property) {
        return Stream.of(System.getProperty(property, "").split(" ")).filter(option -> !option.isBlank()).toList();
    }

    /** Blocks until {@code /q/health/ready} on the management port answers 200 (database migrated, broker reachable). */
    ServiceProcess awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(instance + " exited with " + process.exitValue() + " during start-up; see " + log);
            }
            if (isReady()) {
                readyAt = System.nanoTime();
                return this;
            }
            // often enough that readyAt is within a few tens of milliseconds of the moment readiness came
            sleep(50);
        }
        throw new IllegalStateException(instance + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(managementUri() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@link System#nanoTime()} when {@link #awaitReady()} first saw the service ready (0 before). */
    long readyAt() {
        return readyAt;
    }

    String module() {
        return module;
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    /** The management interface: health and metrics. */
    String managementUri() {
        return "http://localhost:" + managementPort;
    }

    /** SIGKILL: no shutdown hooks, no graceful Kafka consumer leave, uncommitted offsets lost. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL if the service has not stopped within 30 s. */
    void stop() {
        process.destroy();
        if (!waitFor(Duration.ofSeconds(30))) {
            kill();
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The module's packaged application, hard-linked into this module's target once per run: a rebuild of the
     * service while the tests run (it replaces the files) cannot pull the jars from under a running process.
     */
    private static synchronized Path snapshot(String module) {
        Path source = ROOT.resolve(module).resolve("target/quarkus-app");
        if (!Files.isRegularFile(source.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(source.resolve("quarkus-run.jar") + " is missing: package the services first (./mvnw verify does)");
        }
        Path target = APPS.resolve(module);
        if (!SNAPSHOTS.add(module)) {
            return target;
        }
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    try {
                        Files.createLink(copy, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take a snapshot of " + source, e);
        }
        return target;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the previous snapshot " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
