package dk.kk.boligsocial.plans.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * A plan of a page: its position for the cursor, its version and the answer kept for {@code answerVersion} (UTF-8
 * bytes, as read).
 */
public record ListedAnswer(UUID id, Instant createdAt, long version, Long answerVersion, byte[] answer) {

    /** The kept answer is the plan's current one. */
    public boolean isCurrent() {
        return StoredAnswer.isCurrent(answer, answerVersion, version);
    }
}
