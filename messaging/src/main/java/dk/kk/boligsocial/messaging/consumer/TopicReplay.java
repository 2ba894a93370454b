package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import dk.kk.boligsocial.messaging.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Reads a topic from offset 0 to where it ends now and applies each event once through
 * {@link IdempotentConsumer#handleOnce}, after the same {@link EventBoundary} checks as the live consumer: how a read
 * model fed by events is rebuilt. The caller first forgets what it built and the consumer name's processed events (in
 * one transaction); an event the live consumer applies meanwhile is then applied once, by whichever comes first. An
 * event the boundary refuses is skipped, as the live consumer dead-lettered it.
 */
@ApplicationScoped
public class TopicReplay {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /** What a replay read and did. */
    public record Outcome(long read, long applied, long refused) {
    }

    private final KafkaClients clients;
    private final EventBoundary boundary;
    private final IdempotentConsumer consumer;

    public TopicReplay(KafkaClients clients, EventBoundary boundary, IdempotentConsumer consumer) {
        this.clients = clients;
        this.boundary = boundary;
        this.consumer = consumer;
    }

    /**
     * @param timeout how long the whole read may take; a replay that has not reached the end by then fails
     */
    public Outcome replay(String topic, String consumerName, Consumer<IncomingEvent> effect, Duration timeout) {
        long read = 0;
        long applied = 0;
        long refused = 0;
        Instant deadline = Instant.now().plus(timeout);
        try (org.apache.kafka.clients.consumer.Consumer<String, String> kafka = clients.replayConsumer("replay")) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, timeout);
            while (!reached(kafka, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the replay of " + topic + " did not reach the topic's end within "
                            + timeout);
                }
                for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;   // published after the replay began: the live consumer has it
                    }
                    read++;
                    IncomingEvent event;
                    try {
                        event = IncomingEvent.from(record);
                        boundary.admit(topic, event);
                    } catch (PermanentEventFailure e) {
                        refused++;
                        continue;
                    }
                    try {
                        if (consumer.handleOnce(consumerName, event, effect)) {
                            applied++;
                        }
                    } catch (PermanentEventFailure e) {
                        refused++;   // e.g. a payload its type cannot be read as: nothing was recorded
                    }
                }
            }
        }
        LOG.infof("replayed %s for %s: %d events read, %d applied, %d refused at the boundary", topic, consumerName,
                read, applied, refused);
        return new Outcome(read, applied, refused);
    }

    private static boolean reached(org.apache.kafka.clients.consumer.Consumer<String, String> kafka,
            Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue());
    }
}
