package dk.kk.boligsocial.kafka;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Asks the broker for its API versions over a raw socket. The listener accepts TCP connections
 * as soon as it is bound, but answers requests only once the broker is registered and unfenced,
 * so an answer means clients can produce and consume. Raw bytes keep kafka-clients off the
 * parent's classpath.
 */
final class ApiVersionsProbe {

    private static final short API_VERSIONS_KEY = 18;
    private static final short VERSION_0 = 0;
    private static final int CORRELATION_ID = 0x10CA1;
    private static final byte[] CLIENT_ID = "local-kafka-probe".getBytes(StandardCharsets.UTF_8);
    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final int READ_TIMEOUT_MILLIS = 1000;

    private ApiVersionsProbe() {
    }

    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(BrokerConfig.HOST, port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            out.writeInt(2 + 2 + 4 + 2 + CLIENT_ID.length);
            out.writeShort(API_VERSIONS_KEY);
            out.writeShort(VERSION_0);
            out.writeInt(CORRELATION_ID);
            out.writeShort(CLIENT_ID.length);
            out.write(CLIENT_ID);
            out.flush();

            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            int correlationId = in.readInt();
            short errorCode = in.readShort();
            return size > 6 && correlationId == CORRELATION_ID && errorCode == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
