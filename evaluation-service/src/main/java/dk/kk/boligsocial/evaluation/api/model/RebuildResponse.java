package dk.kk.boligsocial.evaluation.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a rebuild of the portfolio's money side read from boligsocial.funding")
public record RebuildResponse(
        @Schema(description = "Events read, offset 0 to the topic's end when the rebuild began") long read,
        @Schema(description = "Events that changed the money (funding events of other kinds are recorded and skipped"
                + " and count here too)") long applied,
        @Schema(description = "Events the consumer's boundary refuses, skipped as the live consumer dead-lettered them")
        long refused) {
}
