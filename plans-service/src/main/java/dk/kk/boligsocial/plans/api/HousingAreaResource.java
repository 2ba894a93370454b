package dk.kk.boligsocial.plans.api;

import dk.kk.boligsocial.kit.web.QueryParams;
import dk.kk.boligsocial.kit.web.Bodies;
import static dk.kk.boligsocial.kit.security.Roles.BOLIGORGANISATION;
import static dk.kk.boligsocial.kit.security.Roles.EVALUATOR;
import static dk.kk.boligsocial.kit.security.Roles.KOMMUNE;
import static dk.kk.boligsocial.kit.security.Roles.LBF;
import static dk.kk.boligsocial.kit.security.Roles.READER;

import dk.kk.boligsocial.kit.web.ETags;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.model.ApiExamples;
import dk.kk.boligsocial.plans.api.model.HousingAreaRequest;
import dk.kk.boligsocial.plans.api.model.HousingAreaResponse;
import dk.kk.boligsocial.plans.application.HousingService;
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

@Path("/v1/housing-areas")
@Tag(name = "Housing areas", description = "Boligområder/afdelinger of the housing organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HousingAreaResource {

    private final HousingService housing;

    public HousingAreaResource(HousingService housing) {
        this.housing = housing;
    }

    @POST
    @RolesAllowed({KOMMUNE, BOLIGORGANISATION})
    @Operation(operationId = "createHousingArea", summary = "Register a housing area", description = "A housing organisation may register areas only of its own.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HousingAreaRequest.class),
            examples = @ExampleObject(name = "area", value = ApiExamples.AREA_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new resource", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = HousingAreaResponse.class),
                    examples = @ExampleObject(name = "area", value = ApiExamples.AREA)))
    public Response create(HousingAreaRequest body, @Context UriInfo uri) {
        HousingAreaResponse created = housing.createArea(Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.entityTag(created.version())).entity(created).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listHousingAreas", summary = "List housing areas", description = "A housing organisation sees only its own areas.")
    @APIResponse(responseCode = "200", description = "A page of areas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HousingAreaResponsePage"), examples = @ExampleObject(name = "page", value = "{\"items\": [" + ApiExamples.AREA + "], \"next\": null}")))
    public Page<HousingAreaResponse> list(
            @Parameter(description = "Only areas of this housing organisation", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid")) @QueryParam("housingOrganisationId") String housingOrganisationId,
            @BeanParam PageRequest page) {
        return housing.areas(QueryParams.uuid("housingOrganisationId", housingOrganisationId),
                page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getHousingArea", summary = "Get a housing area",
            description = "With its ETag (the version). A housing organisation sees only its own areas; other ids answer 404.")
    @APIResponse(responseCode = "200", description = "The area",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HousingAreaResponse.class),
                    examples = @ExampleObject(name = "area", value = ApiExamples.AREA)))
    @APIResponse(responseCode = "404", description = "No such area (or not the caller's own)",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        HousingAreaResponse area = housing.area(id);
        return Response.ok(area).tag(ETags.entityTag(area.version())).build();
    }
}
