package dk.kk.boligsocial.kit.audit;

import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.REVISOR;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of the service, readable: every service that writes audit rows answers {@code GET /v1/audit}
 * (this resource ships with the kit, like the table). The municipality and auditors (revisor) read it; nobody writes
 * it over HTTP.
 */
@Path("/v1/audit")
@Tag(name = "Audit", description = "Who changed what, when, and what it changed")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String EXAMPLE = """
            {"items": [{"id": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "actor": "kommune-sagsbehandler-3",
              "organisationId": null, "action": "plan.approval", "resourceType": "plan",
              "resourceId": "3b9e1d2c-7a4f-4e8b-9c1d-2f3a4b5c6d7e", "resourceVersion": 3,
              "correlationId": "c0ffee00-1234-4abc-9def-001122334455", "causeEventId": null,
              "publishedEventId": "ef2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a0003", "recordedAt": "2026-01-05T10:00:00Z",
              "before": {"status": "PREQUALIFIED", "contentVersion": 2, "coFinancing": "RESERVED"},
              "after": {"status": "APPROVED", "contentVersion": 2, "decidedOn": "2011-10-24",
                        "reference": "2011-22288", "coFinancingOverride": null}}],
             "next": null}""";

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, REVISOR})
    @Operation(operationId = "listAuditRecords", summary = "Read the audit trail",
            description = "Every change this service recorded, oldest first, keyset-paginated, with the resource's"
                    + " relevant state before and after it. Filters combine (and). For the municipality and auditors"
                    + " (revisor) only.")
    @APIResponse(responseCode = "200", description = "A page of audit records",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "AuditEntryPage"),
                    examples = @ExampleObject(name = "page", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter that cannot be read (e.g. from is not an instant)",
            content = @Content(mediaType = "application/problem+json"))
    public Page<AuditEntry> list(
            @Parameter(description = "Only records of this resource type", example = "plan") @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only records of this resource id") @QueryParam("resourceId") String resourceId,
            @Parameter(description = "Only changes by this actor (token subject, or 'system')") @QueryParam("actor") String actor,
            @Parameter(description = "Only records at or after this instant (ISO-8601, e.g. 2026-01-05T00:00:00Z)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Only records before this instant (ISO-8601)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Only records of this request (X-Correlation-Id) or of reactions to this event (ce_id)")
            @QueryParam("correlationId") String correlationId,
            @BeanParam PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromInstant = instant("from", from, errors);
        Instant toInstant = instant("to", to, errors);
        page.limit();   // a bad limit or cursor is named with the other parameters
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return log.find(new AuditLog.Filter(blankToNull(resourceType), blankToNull(resourceId), blankToNull(actor),
                fromInstant, toInstant, blankToNull(correlationId)), page);
    }

    private static Instant instant(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an instant, e.g. 2026-01-05T00:00:00Z"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
