package io.newsroom.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem body. Its OpenAPI schema is written once, by hand, in
 * META-INF/openapi.yaml, next to the shared error responses that use it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
