package io.newsroom.stylebook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says "or null" the way JSON Schema reads it, where the scanner writes it so that a validating client would refuse the
 * very null it means to allow:
 * <ul>
 * <li>A property that is another schema or null (an event's {@code end}, a claim's {@code verdict}) is written as
 * {@code anyOf: [{$ref}, {type: "null"}]} with a {@code type} of its own beside it ({@code object}, or
 * {@code [object, "null"]}); a bare {@code object} refuses the null. The alternatives say what the value may be, so
 * the type beside them is dropped.</li>
 * <li>A nullable property with a closed set of values ({@code articleStatus}: CORRECTED, RETRACTED or null) is written
 * with its type allowing null but an {@code enum} that does not list it; null is added to the enum.</li>
 * </ul>
 * Runs on every module's document at build time, as {@link ClientReadyDocument} does: each module indexes the
 * stylebook, and {@code mp.openapi.filter} takes one filter only.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullableValues implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && (offersNull(schema.getAnyOf()) || offersNull(schema.getOneOf()))) {
            schema.setType(null);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL) && schema.getEnumeration() != null
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema;
    }

    private static boolean offersNull(List<Schema> alternatives) {
        return alternatives != null && alternatives.stream()
                .anyMatch(alternative -> List.of(Schema.SchemaType.NULL).equals(alternative.getType()));
    }
}
