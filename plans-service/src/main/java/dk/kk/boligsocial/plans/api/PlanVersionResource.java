package dk.kk.boligsocial.plans.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.model.PlanVersionResponse;
import dk.kk.boligsocial.plans.api.model.VersionChanges;
import dk.kk.boligsocial.plans.api.model.VersionExamples;
import dk.kk.boligsocial.plans.application.PlanVersionService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's versions: one per revision of its content, each kept as it was, and the comparison of two. */
@Path("/v1/plans/{id}/versions")
@Tag(name = "Plans", description = "Boligsociale helhedsplaner and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class PlanVersionResource {

    private static final String PROBLEM = "application/problem+json";

    private final PlanVersionService versions;

    public PlanVersionResource(PlanVersionService versions) {
        this.versions = versions;
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listPlanVersions", summary = "Versions of a plan",
            description = "Version 1 is the plan as created; every revision (PUT /v1/plans/{id}) makes the next one."
                    + " Oldest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanVersionResponsePage"),
                    examples = @ExampleObject(name = "versions", value = VersionExamples.VERSION_PAGE)))
    @APIResponse(responseCode = "404", description = "No such plan (or not the caller's organisation's)",
            content = @Content(mediaType = PROBLEM))
    public Page<PlanVersionResponse> list(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return versions.list(id, page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{number}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getPlanVersion", summary = "Get a version of a plan",
            description = "The plan's content as it stood in that version, with who made it and when.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class),
                    examples = @ExampleObject(name = "version", value = VersionExamples.VERSION)))
    @APIResponse(responseCode = "404", description = "No such plan or version", content = @Content(mediaType = PROBLEM))
    public PlanVersionResponse get(@PathParam("id") UUID id,
            @Parameter(description = "The version's number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("number") String number) {
        return versions.get(id, versionNumber(number));
    }

    @GET
    @RunOnVirtualThread
    @Path("/{number}/changes")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "comparePlanVersions", summary = "What changed between two versions of a plan",
            description = "The fields that differ between version `from` (default: the version before) and this one,"
                    + " e.g. what LBF prequalified against what the committee approved.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = VersionChanges.class),
                    examples = @ExampleObject(name = "changes", value = VersionExamples.CHANGES)))
    @APIResponse(responseCode = "400", description = "from names no version of the plan, or is missing for version 1",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such plan or version", content = @Content(mediaType = PROBLEM))
    public VersionChanges changes(@PathParam("id") UUID id,
            @Parameter(description = "The version's number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("number") String number,
            @Parameter(description = "The version to compare with (default: number − 1)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("from") String from) {
        return versions.changes(id, versionNumber(number), from == null ? null : fromNumber(from));
    }

    /** ?from= must be a version number; anything else is bad input naming the parameter. */
    private static int fromNumber(String from) {
        try {
            int number = Integer.parseInt(from);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(List.of(new FieldError("from", "must be a version number (1, 2, ...)")));
    }

    /** A version number in the path that is not a number names no version: 404, like any unknown version. */
    private static int versionNumber(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
