package dk.kk.boligsocial.kit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One audited change: who, what, when, in which request, and what it changed.")
public record AuditEntry(
        UUID id,
        @Schema(description = "Subject of the caller's token, or 'system' for reactions to events",
                example = "kommune-sagsbehandler-3") String actor,
        @Schema(nullable = true, description = "The caller's housing organisation (org_id), if any") UUID organisationId,
        @Schema(example = "plan.approval") String action,
        @Schema(example = "plan") String resourceType,
        @Schema(example = "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e") String resourceId,
        @Schema(description = "The resource's version after the change", example = "3") long resourceVersion,
        @Schema(nullable = true, description = "The request's X-Correlation-Id, or the ce_id of the event reacted to")
        String correlationId,
        @Schema(nullable = true, description = "ce_id of the event the change reacted to") String causeEventId,
        @Schema(nullable = true, description = "ce_id of the event the change published") UUID publishedEventId,
        Instant recordedAt,
        // typed as a free-form object: a schema named after Jackson's JsonNode made generated clients' own model class
        // of that name clash with Jackson's
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, nullable = true,
                description = "The relevant state before the change (null for a creation, or for rows written before"
                        + " audit rows kept it)") JsonNode before,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, nullable = true,
                description = "The relevant state after the change") JsonNode after) {
}
