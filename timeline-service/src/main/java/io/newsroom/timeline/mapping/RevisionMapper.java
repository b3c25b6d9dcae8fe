package io.newsroom.timeline.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsroom.stylebook.Languages;
import io.newsroom.timeline.api.Author;
import io.newsroom.timeline.api.FieldChange;
import io.newsroom.timeline.api.Revision;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How a revision keeps a resource: its API representation as JSON, written and read by this one
 * mapper in the service and in its migrations alike, so two states compare field by field and a
 * state read back is the resource the API served.
 */
public final class RevisionMapper {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // A state written before a field was added or after one was dropped still reads.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Every write moves updatedAt; the revision's recordedAt already says when, so it is no change of its own. */
    private static final Set<String> BOOKKEEPING = Set.of("updatedAt");

    private RevisionMapper() {
    }

    /** A new revision of a resource; the caller gives it its number, author, time, state and changes. */
    public static RevisionEntity revision(ResourceType type, String resourceId, String storyId, RevisionAction action) {
        RevisionEntity revision = new RevisionEntity();
        revision.id = UUID.randomUUID();
        revision.resourceType = type.key();
        revision.resourceId = resourceId;
        revision.storyId = storyId;
        revision.action = action;
        return revision;
    }

    /**
     * The state a revision keeps and the changes from the state before; null stands for no
     * resource (before a create or restore, after a delete). An event's timeline key and search
     * configuration are copied out of its state, for "as of" pages.
     */
    public static void describe(RevisionEntity revision, JsonNode before, JsonNode after) {
        JsonNode kept = after != null ? after : before;
        revision.state = text(kept);
        revision.changes = text(JSON.valueToTree(changes(before, after)));
        if (ResourceType.EVENT.key().equals(revision.resourceType)) {
            revision.earliest = Instant.parse(kept.at("/when/earliest").asText());
            revision.latest = Instant.parse(kept.at("/when/latest").asText());
            JsonNode position = kept.get("position");
            // As event.sort_position: an event without a position sorts after those with one.
            revision.sortPosition = position == null || position.isNull() ? Integer.MAX_VALUE : position.asInt();
            JsonNode language = kept.get("language");
            revision.searchConfig = Languages.searchConfiguration(language == null || language.isNull() ? null : language.asText());
        }
    }

    /**
     * What a read decides at its own time and from other resources: whether an event is overdue, and
     * the status of the article a citation cites. A revision keeps what was written, so these are left
     * out of its state (and so never show as changes); a read "as of" an instant decides them again.
     */
    private static final Set<String> READ_TIME = Set.of("overdue", "articleStatus", "articleStatusNote");

    /** The resource's JSON, as the API writes it, without what reads decide (see {@link #READ_TIME}). */
    public static JsonNode state(Object resource) {
        // Through text, so numbers and instants have the very nodes a state read back from the database has.
        JsonNode state = parse(write(resource));
        withoutReadTime(state);
        withoutReadTime(state.get("citation"));
        JsonNode citations = state.get("citations");
        if (citations != null) {
            citations.forEach(RevisionMapper::withoutReadTime);
        }
        return state;
    }

    private static void withoutReadTime(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(READ_TIME);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored revision is not JSON", e);
        }
    }

    public static <T> T read(String state, Class<T> type) {
        try {
            return JSON.readValue(state, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored revision does not read as " + type.getSimpleName(), e);
        }
    }

    /** The fields of a resource's JSON in the order it lists them, which is also the order changes come in. */
    public static List<String> fields(Class<? extends Record> resource) {
        return Arrays.stream(resource.getRecordComponents()).map(c -> c.getName())
                .filter(name -> !BOOKKEEPING.contains(name)).toList();
    }

    /** Each field whose value differs, in the order the resource lists its fields. */
    public static List<FieldChange> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode side : new JsonNode[] {after, before}) {
            if (side != null) {
                for (Iterator<String> names = side.fieldNames(); names.hasNext(); ) {
                    fields.add(names.next());
                }
            }
        }
        List<FieldChange> out = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = value(before, field);
            JsonNode is = value(after, field);
            if (!BOOKKEEPING.contains(field) && !was.equals(is)) {
                out.add(new FieldChange(field, was, is));
            }
        }
        return out;
    }

    public static Revision toApi(RevisionEntity revision) {
        return new Revision(revision.id, revision.resourceType, revision.resourceId, revision.storyId, revision.number,
                revision.action, new Author(revision.authorSubject, revision.authorName), revision.recordedAt,
                readChanges(revision.changes), parse(revision.state));
    }

    static List<FieldChange> readChanges(String changes) {
        try {
            return JSON.readValue(changes, new TypeReference<List<FieldChange>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored changes are not a list of field changes", e);
        }
    }

    private static JsonNode value(JsonNode resource, String field) {
        JsonNode value = resource == null ? null : resource.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    private static String text(JsonNode node) {
        return write(node);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialise", e);
        }
    }
}
