package dk.kk.boligsocial.plans.api;

import dk.kk.boligsocial.plans.api.model.ApiExamples;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The answers every lifecycle decision shares, declared once for the OpenAPI document. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "200", description = "The plan after the decision",
        headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanResponse.class),
                examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN_RESPONSE)))
@APIResponse(responseCode = "404", description = "No such plan (or not the caller's organisation's)",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "The decision is not possible in the plan's current status",
        content = @Content(mediaType = "application/problem+json",
                examples = @ExampleObject(name = "conflict", value = ApiExamples.CONFLICT)))
@APIResponse(responseCode = "412", description = "Stale If-Match: someone changed the plan meanwhile",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
@interface DecisionResponses {
}
