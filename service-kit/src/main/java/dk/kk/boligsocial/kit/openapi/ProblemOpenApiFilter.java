package dk.kk.boligsocial.kit.openapi;

import dk.kk.boligsocial.kit.api.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents the kit's conventions in every service's OpenAPI document (registered through {@code mp.openapi.filter}
 * in the kit's defaults):
 * <ul>
 *   <li>the {@code Problem} and {@code FieldError} schemas;</li>
 *   <li>the bearer JWT security scheme {@value #SECURITY_SCHEME}, required by every operation that does not declare
 *       its own security requirements (a public operation declares an empty list);</li>
 *   <li>problem+json responses on every operation: 401, 403 and 500; 400 where there is a body or a query
 *       parameter; 404 where there is a path parameter. Responses an operation declares itself are kept; an error
 *       response it declares without content gets the problem content.</li>
 * </ul>
 */
public class ProblemOpenApiFilter implements OASFilter {

    public static final String SECURITY_SCHEME = "jwt";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addSchemas(components);
        addSecurityScheme(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem pathItem = path.getValue();
            if (pathItem.getOperations() == null) {
                continue;
            }
            for (Operation operation : pathItem.getOperations().values()) {
                document(operation, parameters(pathItem, operation), path.getKey());
            }
        }
        ContractSchemas.complete(openAPI);
    }

    private static void document(Operation operation, List<Parameter> parameters, String path) {
        if (operation.getSecurity() == null) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean hasPathParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (hasInput) {
            addProblem(responses, "400", "Invalid request: malformed JSON, wrong types or invalid fields (see errors[])");
        }
        addProblem(responses, "401", "Missing, invalid or expired bearer token");
        addProblem(responses, "403", "The caller's roles do not allow this operation");
        if (hasPathParameter) {
            addProblem(responses, "404", "No such resource, or not visible to the caller");
        }
        if (operation.getRequestBody() != null) {
            addProblem(responses, "413", "The body is larger than the service accepts (256 KiB)");
        }
        addProblem(responses, "500", "Unexpected error; quote the correlationId when reporting it");
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (!isError(response.getKey()) || response.getValue().getRef() != null) {
                continue;
            }
            if (response.getValue().getContent() == null) {
                response.getValue().setContent(problemContent());
            }
            completeProblemContent(response.getValue().getContent(), Integer.parseInt(response.getKey()), path);
        }
    }

    /**
     * An error answer declared with a media type but no schema (or no example) would reach the clients untyped; every
     * one gets the Problem schema and, where it has none, an example of the problem type its status stands for.
     */
    private static void completeProblemContent(Content content, int status, String path) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() == null) {
                media.setSchema(OASFactory.createSchema().ref(PROBLEM));
            }
            boolean hasExample = media.getExample() != null
                    || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (!hasExample) {
                media.addExample(ProblemCatalogue.exampleName(status),
                        OASFactory.createExample().value(ProblemCatalogue.example(status, path)));
            }
        }
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static List<Parameter> parameters(PathItem pathItem, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (pathItem.getParameters() != null) {
            all.addAll(pathItem.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static void addSecurityScheme(Components components) {
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
            components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description("RS256-signed JWT; roles in the 'groups' claim, a housing organisation's id in 'org_id'"));
        }
    }

    private static void addSchemas(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(FIELD_ERROR, OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("One invalid input")
                    .addProperty("field", stringSchema("Path of the field in the request body, or the query parameter name")
                            .examples(List.of("budget[2].amount.amount")))
                    .addProperty("message", stringSchema("What is wrong with it")
                            .examples(List.of("must not be null")))
                    .required(List.of("message")));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details, served as application/problem+json. Some problems carry "
                            + "further members, e.g. currentStatus and allowedDecisions on a 409, correlationId on a 500.")
                    .addProperty("type", stringSchema("Problem type URI: a name, not a link that must resolve. The types are "
                            + "listed, one section each, in docs/api-guide.md (Problem types): "
                            + String.join(", ", ProblemTypes.ALL) + ".").format("uri")
                            .examples(List.of("https://boligsocial.kk.dk/problems/validation")))
                    .addProperty("title", stringSchema("Short summary of the problem type"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                            .description("HTTP status code"))
                    .addProperty("detail", stringSchema("Explanation specific to this occurrence"))
                    .addProperty("instance", stringSchema("Path of the request"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .description("The invalid fields, for validation problems")
                            .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                    .required(List.of("type", "title", "status"))
                    .additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(true)));
        }
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
