package io.newsroom.gateway.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

/**
 * Instants in the services' query parameters ({@code asOf}) as their contract writes them: UTC with seconds,
 * {@code 2025-11-25T12:00:00Z}. The generated clients type them OffsetDateTime, whose own text drops zero seconds
 * ({@code 2025-11-25T12:00Z}), which the services refuse. Registered on both clients in application.properties.
 */
public class InstantParameters implements ParamConverterProvider {

    private static final ParamConverter<OffsetDateTime> INSTANT = new ParamConverter<>() {
        @Override
        public OffsetDateTime fromString(String value) {
            return value == null ? null : OffsetDateTime.parse(value);
        }

        @Override
        public String toString(OffsetDateTime value) {
            return value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value.toInstant());
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == OffsetDateTime.class ? (ParamConverter<T>) INSTANT : null;
    }
}
