package dk.kk.boligsocial.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Spawns the broker JVM from the classpath the build wrote next to this class. */
final class BrokerLauncher {

    static final String CLASSPATH_RESOURCE = "broker-classpath.txt";

    /** Small heap, one GC thread and C1 only: start-up and footprint matter more here than throughput. */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:-UsePerfData",
            "-Djava.awt.headless=true",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    /** JBoss LogManager settings: millisecond timestamps to the console, which goes to broker.log. */
    private static final String LOGGING_PROPERTIES = """
            logger.level=INFO
            logger.handlers=CONSOLE
            handler.CONSOLE=org.jboss.logmanager.handlers.ConsoleHandler
            handler.CONSOLE.properties=autoFlush,target
            handler.CONSOLE.autoFlush=true
            handler.CONSOLE.target=SYSTEM_OUT
            handler.CONSOLE.formatter=PATTERN
            formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter
            formatter.PATTERN.properties=pattern
            formatter.PATTERN.pattern=%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n
            """;

    private static final String MAIN_CLASS = BrokerProcessMain.class.getName();
    /** The classes of ours the broker JVM runs, each a single class file (see their javadoc). */
    private static final List<String> LAUNCHER_CLASSES = List.of("BrokerProcessMain", "BrokerProvisioning");

    private BrokerLauncher() {
    }

    static Process launch(BrokerLayout layout, BrokerConfig config, String provisioning, BrokerLog log) {
        config.writeTo(layout.serverProperties());
        BrokerCredentials.writePrivate(layout.provisioningProperties(), provisioning);
        write(layout.loggingProperties(), LOGGING_PROPERTIES);
        Path launcherClasses = layout.launcherClasses();
        for (String launcherClass : LAUNCHER_CLASSES) {
            copyClass(launcherClass, launcherClasses);
        }

        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlogging.configuration=" + layout.loggingProperties().toUri());
        command.add("-cp");
        command.add(launcherClasses + java.io.File.pathSeparator + brokerClasspath());
        command.add(MAIN_CLASS);
        command.add(String.valueOf(ProcessHandle.current().pid()));
        command.add(layout.serverProperties().toString());
        command.add(layout.metadataDir().toString());
        command.add(layout.provisioningProperties().toString());

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(layout.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.file().toFile()));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new LocalKafkaException("cannot start the broker JVM: " + String.join(" ", command), e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String brokerClasspath() {
        String classpath;
        try (InputStream in = BrokerLauncher.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new LocalKafkaException(CLASSPATH_RESOURCE + " is missing next to " + BrokerLauncher.class.getName()
                        + "; the local-kafka module was not built with Maven");
            }
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !Files.exists(Path.of(entry)))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new LocalKafkaException("the broker classpath refers to files that no longer exist " + missing
                    + "; rebuild the local-kafka module");
        }
        return classpath;
    }

    /**
     * A copy works whether this module is a jar, a classes directory or behind a Quarkus class
     * loader, and keeps the rest of our classes off the broker's classpath.
     */
    private static void copyClass(String simpleName, Path launcherClasses) {
        String classFile = simpleName + ".class";
        Path target = launcherClasses.resolve(BrokerLauncher.class.getPackageName().replace('.', '/')).resolve(classFile);
        try (InputStream in = BrokerLauncher.class.getResourceAsStream(classFile)) {
            if (in == null) {
                throw new LocalKafkaException(classFile + " is missing from the local-kafka module");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + classFile + " to " + target, e);
        }
    }
}
