package dk.kk.boligsocial.system;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

/** The broker's view of the services' consumer groups, through the Admin API. */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    static ConsumerGroupDescription describe(String bootstrapServers, String groupId) {
        return admin(bootstrapServers, admin -> admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId));
    }

    /**
     * Waits until the group is stable with a single member holding every partition of {@code topic}: no member that
     * has stopped is still holding partitions until its session expires.
     */
    static MemberDescription awaitOneMemberWithEveryPartition(String bootstrapServers, String groupId, String topic) {
        int partitions = admin(bootstrapServers, admin -> admin.describeTopics(List.of(topic)).allTopicNames().get()
                .get(topic).partitions().size());
        return Api.await("one member of " + groupId + " holding all " + partitions + " partitions of " + topic, () -> {
            ConsumerGroupDescription group = describe(bootstrapServers, groupId);
            List<MemberDescription> holding = group.members().stream()
                    .filter(m -> !m.assignment().topicPartitions().isEmpty()).toList();
            boolean settled = group.groupState() == GroupState.STABLE && holding.size() == 1
                    && holding.get(0).assignment().topicPartitions().size() == partitions;
            return settled ? holding.get(0) : null;
        });
    }

    private interface AdminCall<T> {
        T apply(Admin admin) throws ExecutionException, InterruptedException;
    }

    private static <T> T admin(String bootstrapServers, AdminCall<T> call) {
        // the consumer groups are the broker's business: described as its super user
        Properties props = BrokerLogins.clientProperties("admin");
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            return call.apply(admin);
        } catch (ExecutionException e) {
            throw new AssertionError("Admin API call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
