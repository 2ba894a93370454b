package dk.kk.boligsocial.evaluation.api;

import dk.kk.boligsocial.evaluation.api.model.ApiExamples;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The error answers every If-Match update shares, declared once for the OpenAPI document. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "400", description = "Invalid body; every invalid field is named with the rule it breaks",
        content = @Content(mediaType = "application/problem+json",
                examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION)))
@APIResponse(responseCode = "404", description = "No such plan, indicator or resource (or not the caller's organisation's)",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "Not possible in the current state, e.g. the period is locked",
        content = @Content(mediaType = "application/problem+json",
                examples = @ExampleObject(name = "locked", value = ApiExamples.LOCKED)))
@APIResponse(responseCode = "412", description = "Stale If-Match: someone changed it meanwhile",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
@interface UpdateResponses {
}
