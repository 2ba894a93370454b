package dk.kk.boligsocial.plans.api;

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
import dk.kk.boligsocial.plans.api.model.HousingOrganisationRequest;
import dk.kk.boligsocial.plans.api.model.HousingOrganisationResponse;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/housing-organisations")
@Tag(name = "Housing organisations", description = "Boligorganisationer, identified by CVR")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HousingOrganisationResource {

    private final HousingService housing;

    public HousingOrganisationResource(HousingService housing) {
        this.housing = housing;
    }

    @POST
    @RolesAllowed(KOMMUNE)
    @Operation(operationId = "createHousingOrganisation", summary = "Register a housing organisation", description = "CVR is checked (8 digits, modulus 11) and unique.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HousingOrganisationRequest.class),
            examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new resource", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = HousingOrganisationResponse.class),
                    examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION)))
    @APIResponse(responseCode = "409", description = "CVR already registered", content = @Content(mediaType = "application/problem+json"))
    public Response create(HousingOrganisationRequest body, @Context UriInfo uri) {
        HousingOrganisationResponse created = housing.createOrganisation(Bodies.required(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.entityTag(created.version())).entity(created).build();
    }

    @GET
    @RunOnVirtualThread
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "listHousingOrganisations", summary = "List housing organisations", description = "A housing organisation sees only itself.")
    @APIResponse(responseCode = "200", description = "A page of organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HousingOrganisationResponsePage"), examples = @ExampleObject(name = "page", value = "{\"items\": [" + ApiExamples.ORGANISATION + "], \"next\": null}")))
    public Page<HousingOrganisationResponse> list(
            @BeanParam PageRequest page) {
        return housing.organisations(page);
    }

    @GET
    @RunOnVirtualThread
    @Path("/{id}")
    @RolesAllowed({KOMMUNE, LBF, BOLIGORGANISATION, EVALUATOR, READER})
    @Operation(operationId = "getHousingOrganisation", summary = "Get a housing organisation",
            description = "With its ETag (the version). A housing organisation sees only itself; other ids answer 404.")
    @APIResponse(responseCode = "200", description = "The organisation",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HousingOrganisationResponse.class),
                    examples = @ExampleObject(name = "organisation", value = ApiExamples.ORGANISATION)))
    @APIResponse(responseCode = "404", description = "No such organisation (or not the caller's own)",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        HousingOrganisationResponse organisation = housing.organisation(id);
        return Response.ok(organisation).tag(ETags.entityTag(organisation.version())).build();
    }
}
