package dk.kk.boligsocial.messaging;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.messaging.outbox.AnyTypeOutbox;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Consumes the test channel the way a service would, and applies {@link TestCommand}s. */
@ApplicationScoped
public class TestConsumer {

    static final String NAME = "messaging-test";

    private final IdempotentConsumer consumer;
    private final AgroalDataSource dataSource;
    private final AnyTypeOutbox outbox;

    public TestConsumer(IdempotentConsumer consumer, AgroalDataSource dataSource, AnyTypeOutbox outbox) {
        this.consumer = consumer;
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Incoming("test-in")
    @Blocking
    public CompletionStage<Void> onTestEvent(Message<String> message) {
        return consumer.accept(NAME, message, this::apply);
    }

    /** The effect: records itself, then does what the command says (in the same transaction). */
    public void apply(IncomingEvent event) {
        TestCommand command = event.dataAs(TestCommand.class);
        recordEffect(event.id(), command.note());
        switch (command.action()) {
            case "ok" -> {
            }
            case "reject" -> throw new PermanentEventFailure("rejected by the test handler");
            case "illegal" -> throw new IllegalArgumentException("unacceptable test event");
            case "fail" -> throw new IllegalStateException("test handler failed");
            case "publish" -> outbox.publish("test", event.subject(), EventType.PLAN_SUBMITTED.type(),
                    Map.of("reactionTo", event.id()));
            default -> throw new IllegalArgumentException("unknown action " + command.action());
        }
    }

    private void recordEffect(String eventId, String note) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into test_effect (event_id, note) values (?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, note);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
