package io.newsroom.gateway.rest;

import io.newsroom.gateway.domain.Story;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.ClientReadyDocument;
import io.newsroom.stylebook.Cursor;

/** What the operations' parameters are, for their OpenAPI annotations (annotations need constants). */
final class ApiDocs {

    /** A story's id: a slug of at most 80 characters; anything else names no story (404). */
    static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    static final int STORY_ID_LENGTH = Story.MAX_ID_LENGTH;
    /** Ids the gateway hands out are UUIDs; any other text names nothing (404). */
    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final int UUID_LENGTH = ClientReadyDocument.UUID_LENGTH;
    /** Every cursor, the services' and the story feed's, is read as the stylebook's (400 past this). */
    static final int CURSOR_LENGTH = Cursor.MAX_LENGTH;
    static final int TYPES_LENGTH = ChangeQuery.MAX_TYPES_LENGTH;

    private ApiDocs() {
    }
}
