package dk.kk.boligsocial.messaging;

import dk.kk.boligsocial.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ordering contract of the outbox, checked on what a topic received. */
final class SeqOrder {

    private SeqOrder() {
    }

    /**
     * Per key, the first occurrences of the events follow their outbox {@code seq}; a repeated
     * {@code ce_id} (an allowed duplicate) is ignored; every expected event arrived.
     *
     * @param records records in the order one partition delivered them (per key)
     */
    static void assertInSeqOrder(List<ConsumerRecord<String, String>> records, Map<UUID, Long> seqById) {
        Map<String, Long> lastSeqByKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (ConsumerRecord<String, String> record : records) {
            String id = TopicReader.header(record, CloudEventHeaders.CE_ID);
            Long seq = seqById.get(UUID.fromString(id));
            assertNotNull(seq, "unexpected event " + id);
            if (!seen.add(id)) {
                duplicates++;
                continue;
            }
            long last = lastSeqByKey.getOrDefault(record.key(), Long.MIN_VALUE);
            assertTrue(seq > last, "aggregate " + record.key() + ": seq " + seq + " arrived after " + last);
            lastSeqByKey.put(record.key(), seq);
        }
        Set<String> expected = seqById.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
        assertEquals(expected, seen, "every event arrived");
        System.out.printf("%d events in seq order over %d aggregates (%d duplicates)%n",
                seen.size(), lastSeqByKey.size(), duplicates);
    }
}
