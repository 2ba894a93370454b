package dk.kk.boligsocial.evaluation.api;

import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import dk.kk.boligsocial.evaluation.api.model.IndicatorRequest;
import dk.kk.boligsocial.evaluation.api.model.IndicatorResponse;
import dk.kk.boligsocial.evaluation.application.IndicatorCatalogue;
import dk.kk.boligsocial.kit.web.Bodies;
import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue of each round's themes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorCatalogue catalogue;

    public IndicatorResource(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listIndicators", summary = "List the indicator catalogue", description = "In catalogue order, keyset-paginated; filter by round and theme.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndicatorResponsePage"), examples = @ExampleObject(name = "page", value = ApiExamples.INDICATOR_PAGE)))
    public Page<IndicatorResponse> list(
            @Parameter(description = "Only indicators of this round", example = "2011-14") @QueryParam("roundId") String roundId,
            @Parameter(description = "Only indicators of this theme code", example = "SUNDHED") @QueryParam("theme") String theme,
            @BeanParam PageRequest page) {
        return catalogue.list(blankToNull(roundId), blankToNull(theme), page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getIndicator", summary = "Get an indicator of the catalogue",
            description = "One indicator of the catalogue with its unit, direction and, for a score, its range.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.INDICATOR)))
    @APIResponse(responseCode = "404", description = "No such indicator", content = @Content(mediaType = "application/problem+json"))
    public IndicatorResponse get(@PathParam("id") UUID id) {
        return catalogue.get(id);
    }

    @POST
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "createIndicator", summary = "Add an indicator to the catalogue",
            description = "By the municipality. The indicator becomes part of the frameworks of plans granted afterwards."
                    + " SCORE indicators declare their range (scoreMin, scoreMax).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorRequest.class),
            examples = @ExampleObject(name = "indicator", value = ApiExamples.INDICATOR_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class),
                    examples = @ExampleObject(name = "indicator", value = ApiExamples.INDICATOR)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = "application/problem+json"))
    public Response create(IndicatorRequest body, @Context UriInfo uri) {
        IndicatorResponse indicator = catalogue.create(Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(indicator.id().toString()).build())
                .tag(ETags.entityTag(indicator.version())).entity(indicator).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
