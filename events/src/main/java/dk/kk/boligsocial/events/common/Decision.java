package dk.kk.boligsocial.events.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;

/**
 * Who decided a change of state, when, and on what grounds. Every plan event carries the decision
 * that caused it, so a subscriber can show it without calling back.
 *
 * <p>Absent optional values are written as JSON {@code null}, whatever the producer's mapper
 * defaults to, because the schema requires every property to be present.
 *
 * @param actor     the user or system that decided (the subject of its token)
 * @param decidedAt when the decision took effect, UTC: the moment it was recorded if it took effect that day, else
 *                  noon (Europe/Copenhagen) on the day it took effect
 * @param reference case number or committee reference (journalnummer, mødedato), or {@code null}
 * @param reason    free-text grounds, e.g. for a rejection or withdrawal, or {@code null}; in an approval or a grant,
 *                  set exactly when it overrode a refused co-financing ({@code co-financing override: ...})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Decision(String actor, Instant decidedAt, String reference, String reason) {

    public Decision {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be blank");
        }
    }
}
