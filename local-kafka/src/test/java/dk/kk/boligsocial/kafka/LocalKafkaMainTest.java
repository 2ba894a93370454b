package dk.kk.boligsocial.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs LocalKafkaMain in its own JVM, the way ./run does. */
class LocalKafkaMainTest {

    private Process main;

    @AfterEach
    void killLeftovers() {
        if (main != null) {
            main.descendants().forEach(ProcessHandle::destroyForcibly);
            main.destroyForcibly();
        }
    }

    @Test
    void printsReadyLineAndStopsTheBrokerOnSigterm(@TempDir Path dataDir) throws Exception {
        int port = Ports.freePort();
        main = startMain(port, dataDir);
        assertEquals("KAFKA_READY localhost:" + port, readyLine(main));
        ProcessHandle broker = onlyChild(main);
        KafkaClients.produce(KafkaClients.login(dataDir, KafkaTopology.ADMIN), KafkaTopology.PLANS, "survives");

        main.destroy();

        assertTrue(main.waitFor(25, TimeUnit.SECONDS), "LocalKafkaMain did not exit on SIGTERM");
        assertFalse(broker.isAlive(), "the broker outlived LocalKafkaMain");
        assertTrue(Ports.isFree(port));
        assertTrue(Files.readString(dataDir.resolve("broker.log")).contains("shut down completed"),
                "the broker was not shut down cleanly");

        main = startMain(port, dataDir);
        assertEquals("KAFKA_READY localhost:" + port, readyLine(main));
        assertEquals(List.of("survives"), KafkaClients.consume(KafkaClients.login(dataDir, KafkaTopology.ADMIN), KafkaTopology.PLANS, 1));
    }

    @Test
    void brokerDiesWithAParentThatIsKilled(@TempDir Path dataDir) throws Exception {
        int port = Ports.freePort();
        main = startMain(port, dataDir);
        assertEquals("KAFKA_READY localhost:" + port, readyLine(main));
        ProcessHandle broker = onlyChild(main);

        main.destroyForcibly();

        broker.onExit().get(15, TimeUnit.SECONDS);
        assertTrue(Files.readString(dataDir.resolve("broker.log")).contains("parent process " + main.pid() + " is gone"));
    }

    private static Process startMain(int port, Path dataDir) throws Exception {
        Path classes = Path.of(LocalKafkaMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp", classes.toString(),
                LocalKafkaMain.class.getName(),
                "--port", String.valueOf(port),
                "--data-dir", dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String readyLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(40, TimeUnit.SECONDS);
    }

    private static ProcessHandle onlyChild(Process process) {
        List<ProcessHandle> children = process.children().toList();
        assertEquals(1, children.size(), () -> "children of LocalKafkaMain: " + children);
        return children.get(0);
    }
}
