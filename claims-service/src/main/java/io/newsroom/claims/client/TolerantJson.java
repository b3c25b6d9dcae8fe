package io.newsroom.claims.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * How the generated timeline client reads answers. This service refuses fields it does not know in
 * what it is sent, but a field timeline-service adds to its answers is a compatible change of its
 * contract and must not make a claim write fail.
 */
public class TolerantJson implements ContextResolver<ObjectMapper> {

    private volatile ObjectMapper mapper;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper tolerant = mapper;
        if (tolerant == null) {
            // A copy of the application's mapper keeps its modules (java.time) and settings but this one.
            tolerant = Arc.container().instance(ObjectMapper.class).get().copy()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            mapper = tolerant;
        }
        return tolerant;
    }
}
