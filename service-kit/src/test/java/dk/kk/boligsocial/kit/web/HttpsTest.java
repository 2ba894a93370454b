package dk.kk.boligsocial.kit.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * HTTPS as production switches it on: a PKCS#12 key store in the TLS registry's configuration "https", used by the
 * HTTP server, and plain HTTP refused. The settings are the ones docker-compose.yml's x-https block shows.
 */
@QuarkusTest
@TestProfile(HttpsTest.WithKeyStore.class)
@WithTestResource(PostgresTestResource.class)
class HttpsTest {

    @TestHTTPResource(value = "/q/openapi", tls = true)
    URL openApi;

    @Test
    void theApiAnswersOverHttps() {
        assertEquals("https", openApi.getProtocol());
        given().relaxedHTTPSValidation().get(openApi).then().statusCode(200);
    }

    @Test
    void plainHttpIsNotServed() {
        int httpPort = WithKeyStore.PLAIN_PORT;
        assertEquals(httpPort, ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", httpPort), 2000);
            }
        });
    }

    public static class WithKeyStore implements QuarkusTestProfile {

        private static final String PASSWORD = "test-only-" + Long.toHexString(System.nanoTime());
        /** The port plain HTTP would have: a free one, so that a refused connection means nothing listens. */
        static final int PLAIN_PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            Path keyStore = selfSignedKeyStore();
            return Map.of(
                    "quarkus.tls.https.key-store.p12.path", keyStore.toString(),
                    "quarkus.tls.https.key-store.p12.password", PASSWORD,
                    "quarkus.http.tls-configuration-name", "https",
                    "quarkus.http.insecure-requests", "disabled",
                    "quarkus.http.test-port", String.valueOf(PLAIN_PORT),
                    "quarkus.http.test-ssl-port", "0");
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A self-signed certificate for localhost, made by the JDK's keytool. */
        private static Path selfSignedKeyStore() {
            try {
                Path directory = Files.createTempDirectory("boligsocial-tls");
                directory.toFile().deleteOnExit();
                Path keyStore = directory.resolve("service.p12");
                Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "service", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                        "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                        .redirectErrorStream(true).start();
                String output = new String(keytool.getInputStream().readAllBytes());
                if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                keyStore.toFile().deleteOnExit();
                return keyStore;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
