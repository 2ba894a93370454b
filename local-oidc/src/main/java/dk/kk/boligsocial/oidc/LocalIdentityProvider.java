package dk.kk.boligsocial.oidc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real OpenID Connect provider ({@link IdentityProviderMain}) in a child JVM on a free port, for tests: services
 * verify its tokens against its JWKS exactly as they verify the municipality's identity provider in production.
 * Stopped by {@link #close()}, by this JVM's shutdown, and by itself when this JVM dies.
 */
public final class LocalIdentityProvider implements AutoCloseable {

    static final String CLASSPATH_RESOURCE = "provider-classpath.txt";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int FREE_PORT_ATTEMPTS = 3;
    private static final int TAIL_LINES = 40;

    private final URI issuer;
    private final Process process;
    private final Thread shutdownHook;

    private LocalIdentityProvider(URI issuer, Process process) {
        this.issuer = issuer;
        this.process = process;
        this.shutdownHook = new Thread(this::stopProcess, "local-oidc-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a provider on a free port of the loopback interface; blocks until it answers. */
    public static LocalIdentityProvider start() {
        String classpath = classpath();
        IdentityProviderException failure = null;
        // another process may take the port between our probe and the provider's bind
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            try {
                return launch(classpath, freePort());
            } catch (IdentityProviderException e) {
                failure = e;
            }
        }
        throw failure;
    }

    /** The issuer ({@code iss} of its tokens): what a service's {@code mp.jwt.verify.issuer} names. */
    public URI issuer() {
        return issuer;
    }

    /** Its JSON Web Key Set: what a service's {@code mp.jwt.verify.publickey.location} names. */
    public URI jwksUri() {
        return URI.create(issuer + "/jwks");
    }

    public URI discoveryUri() {
        return URI.create(issuer + "/.well-known/openid-configuration");
    }

    /** A token from the provider's token endpoint. */
    public String token(LocalTokenRequest request) {
        return TokenClient.fetch(issuer, request);
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LocalIdentityProvider launch(String classpath, int port) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // start-up and footprint matter here, not throughput
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-cp", classpath,
                IdentityProviderMain.class.getName(),
                "--port", Integer.toString(port),
                "--parent-pid", Long.toString(ProcessHandle.current().pid())));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new IdentityProviderException("cannot start the identity provider: " + String.join(" ", command), e);
        }
        Output output = new Output(process.getInputStream());
        try {
            String issuer = output.ready.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new LocalIdentityProvider(URI.create(issuer), process);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            String why = e instanceof TimeoutException ? "was not ready within " + READY_TIMEOUT.toSeconds() + " s"
                    : "exited during start-up";
            throw new IdentityProviderException("the identity provider on port " + port + " " + why
                    + "; its output:\n" + output.tail());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("interrupted while starting the identity provider", e);
        }
    }

    /** Reads the provider's output: its ready line, and the last lines for a failure message. */
    private static final class Output {
        final CompletableFuture<String> ready = new CompletableFuture<>();
        private final Deque<String> last = new ArrayDeque<>();

        Output(InputStream stream) {
            Thread reader = new Thread(() -> read(stream), "local-oidc-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream stream) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(IdentityProviderMain.READY_LINE_PREFIX)) {
                        ready.complete(line.substring(IdentityProviderMain.READY_LINE_PREFIX.length()).trim());
                    }
                    synchronized (last) {
                        last.addLast(line);
                        if (last.size() > TAIL_LINES) {
                            last.removeFirst();
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            ready.completeExceptionally(new IllegalStateException("the identity provider exited"));
        }

        String tail() {
            synchronized (last) {
                return String.join("\n", last);
            }
        }
    }

    /** The provider's classes and libraries: this module's classes and the classpath the build wrote beside them. */
    static String classpath() {
        String classpath;
        try (InputStream in = LocalIdentityProvider.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IdentityProviderException(CLASSPATH_RESOURCE + " is missing next to "
                        + LocalIdentityProvider.class.getName() + "; the local-oidc module was not built with Maven");
            }
            classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !Files.exists(Path.of(entry)))
                .toList();
        if (!missing.isEmpty()) {
            throw new IdentityProviderException("the identity provider's classpath refers to files that no longer exist "
                    + missing + "; rebuild the local-oidc module");
        }
        return classpath;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
