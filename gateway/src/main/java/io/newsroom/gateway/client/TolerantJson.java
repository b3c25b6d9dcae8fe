package io.newsroom.gateway.client;

import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * The JSON reading of the generated REST clients. The gateway's own inputs are strict (an unknown field in a bundle
 * is refused), but a field a service adds to its answers is a compatible change of its contract: the gateway must
 * go on reading the fields it knows, or every new field would need a coordinated release. Registered on both
 * clients in application.properties, so the strictness of the server side never reaches them.
 */
public class TolerantJson implements ContextResolver<ObjectMapper> {

    private volatile ObjectMapper mapper;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper tolerant = mapper;
        if (tolerant == null) {
            // A copy of the application's mapper keeps its modules (java.time) and settings but the one.
            tolerant = Arc.container().instance(ObjectMapper.class).get().copy()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            mapper = tolerant;
        }
        return tolerant;
    }
}
