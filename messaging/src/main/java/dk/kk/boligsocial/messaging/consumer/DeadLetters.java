package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.messaging.MessagingConfig;
import dk.kk.boligsocial.messaging.kafka.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes messages that can never be processed to {@code <topic>.dlq}: same key, value and headers
 * as the original, plus the headers SmallRye's own dead-letter strategy uses
 * ({@code dead-letter-reason}, {@code dead-letter-cause}, {@code dead-letter-exception-class-name},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset}) and
 * {@code dead-letter-consumer}. The write is acknowledged by the broker before it returns, so the
 * caller may then acknowledge (commit) the original.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String TOPIC_SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String ORIGINAL_TOPIC = "dead-letter-topic";
    public static final String ORIGINAL_PARTITION = "dead-letter-partition";
    public static final String ORIGINAL_OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int MAX_REASON_LENGTH = 1000;

    private final KafkaClients kafkaClients;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private Producer<byte[], byte[]> producer;

    public DeadLetters(KafkaClients kafkaClients, MessagingConfig config, MeterRegistry meters) {
        this.kafkaClients = kafkaClients;
        this.sendTimeout = config.relay().sendTimeout();
        this.meters = meters;
    }

    /** The dead-letter topic of {@code topic}. */
    public static String topicFor(String topic) {
        return topic + TOPIC_SUFFIX;
    }

    /**
     * Dead-letters a message of a SmallRye Kafka channel.
     *
     * @throws IllegalStateException if the message did not come from Kafka
     * @throws DeadLetterUnavailable if the broker did not take the dead letter in time
     */
    public void send(String consumer, Message<?> message, Throwable reason) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("Only Kafka messages can be dead-lettered"));
        send(consumer, metadata.getTopic(), metadata.getPartition(), metadata.getOffset(), metadata.getKey(),
                message.getPayload(), metadata.getHeaders(), reason);
    }

    /** Dead-letters a record read with a plain Kafka consumer. */
    public void send(String consumer, ConsumerRecord<?, ?> record, Throwable reason) {
        send(consumer, record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                record.headers(), reason);
    }

    private void send(String consumer, String topic, int partition, long offset, Object key, Object value,
                      Headers originalHeaders, Throwable reason) {
        RecordHeaders headers = new RecordHeaders(originalHeaders.toArray());
        header(headers, REASON, describe(reason));
        if (reason.getCause() != null) {
            header(headers, CAUSE, describe(reason.getCause()));
        }
        header(headers, EXCEPTION_CLASS, reason.getClass().getName());
        header(headers, ORIGINAL_TOPIC, topic);
        header(headers, ORIGINAL_PARTITION, Integer.toString(partition));
        header(headers, ORIGINAL_OFFSET, Long.toString(offset));
        header(headers, CONSUMER, consumer);
        String deadLetterTopic = topicFor(topic);
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(deadLetterTopic, null, bytes(key), bytes(value), headers);
        try {
            producer().send(record).get(sendTimeout.plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeadLetterUnavailable("Could not write dead letter to " + deadLetterTopic, e.getCause());
        } catch (TimeoutException e) {
            throw new DeadLetterUnavailable("No acknowledgement for dead letter to " + deadLetterTopic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterUnavailable("Interrupted while writing dead letter to " + deadLetterTopic, e);
        } catch (RuntimeException e) {
            throw new DeadLetterUnavailable("Could not write dead letter to " + deadLetterTopic, e);
        }
        Counter.builder("boligsocial.consumer.dead-lettered")
                .description("Messages a consumer could never process, written to the dead-letter topic")
                .tag("consumer", consumer)
                .tag("topic", topic)
                .register(meters)
                .increment();
        LOG.warnf("%s dead-lettered %s-%d@%d to %s: %s", consumer, topic, partition, offset, deadLetterTopic,
                describe(reason));
    }

    private synchronized Producer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = kafkaClients.reliableProducer("dead-letters", sendTimeout);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private static String describe(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] raw) {
            return raw;
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }
}
