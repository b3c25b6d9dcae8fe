package io.newsroom.gateway.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON to place inside a {@code <script>} element of a page (structured data, or the data a viewer starts from). Pure.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /**
     * JSON that cannot end its script element nor be read as markup: {@code <}, {@code >} and {@code &} are written
     * as JSON escapes (the same text to a JSON reader), so a text quoting {@code </script>} stays inside its string.
     * U+2028 and U+2029 are escaped too, as older script parsers end a line there.
     */
    public static String of(Object value, ObjectMapper json) {
        String text;
        try {
            text = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " could not be written as JSON", e);
        }
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
