package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API conventions every service shares: cursors, limits, entity tags, idempotency keys, problems, languages. */
class ConventionsTest {

    @Test
    void cursorsRoundTripTheSortKeyAndTheLastPartMayHoldAnything() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2025-11-27T10:00:00Z");
        Cursor cursor = Cursor.decode(Cursor.encode(at, 42, id, "a\u001fb|c"), 4);
        assertEquals(at, cursor.instant(0));
        assertEquals(42, cursor.number(1));
        assertEquals(id, cursor.uuid(2));
        assertEquals("a\u001fb|c", cursor.text(3));
        assertNull(Cursor.decode(null, 2));
        assertNull(Cursor.decode("", 2));
    }

    @Test
    void theLongestSortKeyFitsACursorAndALongerTokenIsRefused() {
        String longestName = "\uD83D\uDCF0".repeat(100) + "\u0416".repeat(100);
        String cursor = Cursor.encode(longestName, UUID.randomUUID());
        assertTrue(cursor.length() <= Cursor.MAX_LENGTH, cursor.length() + " characters");
        assertEquals(longestName, Cursor.decode(cursor, 2).text(0));
        ProblemException e = assertThrows(ProblemException.class,
                () -> Cursor.decode(Cursor.encode("x".repeat(Cursor.MAX_LENGTH), UUID.randomUUID()), 2));
        assertEquals("after", e.fields().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "bm90IGEgY3Vyc29y"})
    void aCursorThatIsNotOursIsABadParameterNamedAfter(String token) {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode(token, 3));
        assertEquals(ProblemType.BAD_REQUEST, e.type());
        assertEquals("after", e.fields().get(0).field());
    }

    @Test
    void aCursorPartOfTheWrongKindIsABadParameter() {
        Cursor cursor = Cursor.decode(Cursor.encode("x", "y"), 2);
        assertThrows(ProblemException.class, () -> cursor.instant(0));
        assertThrows(ProblemException.class, () -> cursor.uuid(1));
        assertThrows(ProblemException.class, () -> cursor.number(1));
    }

    @Test
    void limitsAreBounded() {
        assertEquals(50, Pages.limit(null));
        assertEquals(1, Pages.limit(1));
        assertEquals(200, Pages.limit(200));
        ProblemException e = assertThrows(ProblemException.class, () -> Pages.limit(201));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals("limit", e.fields().get(0).field());
        assertThrows(ProblemException.class, () -> Pages.limit(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "*", " \"3\" ", "\"1\", \"3\"", "\"2\",\"3\""})
    void ifMatchAcceptsTheCurrentTagAStarOrAListHoldingIt(String header) {
        assertDoesNotThrow(() -> EntityTags.requireMatch(header, EntityTags.of(3), "the event"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "W/\"3\"", "3", "\"1\", W/\"3\"", "\"3,\""})
    void ifMatchComparesStronglySoWeakOrOtherTagsAreStale(String header) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> EntityTags.requireMatch(header, EntityTags.of(3), "the event"));
        assertEquals(ProblemType.STALE_VERSION, e.type());
        assertEquals(412, e.type().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void ifMatchIsRequired(String header) {
        ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.requireMatch(header, "\"1\"", "the story"));
        assertEquals(ProblemType.IF_MATCH_REQUIRED, e.type());
        assertEquals(428, e.type().status());
        assertThrows(ProblemException.class, () -> EntityTags.requireMatch(null, "\"1\"", "the story"));
    }

    @Test
    void aConditionLongerThanAnyListOfTagsIsRefusedNamingItsHeader() {
        String tags = String.join(", ", java.util.Collections.nCopies(16, "W/\"" + Long.MAX_VALUE + "." + Long.MAX_VALUE
                + "." + Long.MAX_VALUE + "\""));
        assertTrue(tags.length() <= EntityTags.MAX_CONDITION_LENGTH, "sixteen of the longest tags fit");
        assertThrows(ProblemException.class, () -> EntityTags.requireMatch(tags, EntityTags.of(3), "the event"));
        String tooLong = " ".repeat(EntityTags.MAX_CONDITION_LENGTH) + EntityTags.of(3);
        ProblemException ifMatch = assertThrows(ProblemException.class, () -> EntityTags.requireMatch(tooLong, EntityTags.of(3), "the event"));
        assertEquals(ProblemType.BAD_REQUEST, ifMatch.type());
        assertEquals(EntityTags.IF_MATCH, ifMatch.fields().get(0).field());
        ProblemException ifNoneMatch = assertThrows(ProblemException.class, () -> EntityTags.noneMatchFails(tooLong, EntityTags.of(3)));
        assertEquals(EntityTags.IF_NONE_MATCH, ifNoneMatch.fields().get(0).field());
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.noneMatchFails("W/\"abc\"", "\"abc\""));
        assertTrue(EntityTags.noneMatchFails("\"x\", \"abc\"", "W/\"abc\""));
        assertTrue(EntityTags.noneMatchFails("*", "\"abc\""));
        assertFalse(EntityTags.noneMatchFails("\"abd\"", "\"abc\""));
        assertFalse(EntityTags.noneMatchFails(null, "\"abc\""));
    }

    @Test
    void idempotencyKeysAreOneTo255VisibleCharacters() {
        assertNull(Idempotency.key(null));
        String longest = "k".repeat(255);
        assertEquals(longest, Idempotency.key(longest));
        for (String bad : new String[] {"", "k".repeat(256), "two words", "tab\t", "ключ"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Idempotency.key(bad), bad);
            assertEquals("Idempotency-Key", e.fields().get(0).field());
        }
    }

    @Test
    void theFingerprintTellsOperationPathAndRequestApart() {
        byte[] body = "{\"title\":\"Talks\"}".getBytes(StandardCharsets.UTF_8);
        String fingerprint = Idempotency.fingerprint("createEvent", "/api/timeline/stories/x/events", body);
        assertEquals(64, fingerprint.length());
        assertEquals(fingerprint, Idempotency.fingerprint("createEvent", "/api/timeline/stories/x/events", body.clone()));
        assertNotEquals(fingerprint, Idempotency.fingerprint("createEvent", "/api/timeline/stories/y/events", body));
        assertNotEquals(fingerprint, Idempotency.fingerprint("createClaim", "/api/timeline/stories/x/events", body));
        assertNotEquals(fingerprint, Idempotency.fingerprint("createEvent", "/api/timeline/stories/x/events",
                "{\"title\":\"talks\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyProblemTypeHasItsOwnSlugAndAStatusOfItsClass() {
        assertEquals(ProblemType.values().length,
                new HashSet<>(Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList()).size());
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.status() >= 400 && type.status() < 600, type.name());
            assertTrue(type.slug().matches("[a-z]+(-[a-z]+)*"), type.slug());
            assertEquals("urn:newsroom:problem:" + type.slug(), type.uri());
        }
        assertArrayEquals(new ProblemType[] {ProblemType.NOT_FOUND, ProblemType.IF_MATCH_REQUIRED, ProblemType.UNAVAILABLE,
                        ProblemType.TOO_LARGE, ProblemType.URI_TOO_LONG, ProblemType.HEADERS_TOO_LARGE},
                new ProblemType[] {ProblemType.forStatus(404), ProblemType.forStatus(428), ProblemType.forStatus(503),
                        ProblemType.forStatus(413), ProblemType.forStatus(414), ProblemType.forStatus(431)});
    }

    @ParameterizedTest
    @CsvSource({"en, en, english", "EN-gb, en-GB, english", "ru, ru, russian", "uk, uk, simple", "pt-BR, pt-BR, portuguese",
            "nb, nb, norwegian", "zh-Hant-TW, zh-Hant-TW, simple"})
    void languagesAreCanonicalTagsWithTheirStemmer(String given, String tag, String configuration) {
        assertEquals(tag, Languages.normalise(given));
        assertEquals(configuration, Languages.searchConfiguration(tag));
    }

    @Test
    void anItemWithoutALanguageIsSearchedWordForWord() {
        assertNull(Languages.normalise(null));
        assertEquals("simple", Languages.searchConfiguration(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "e", "en_GB", "12", "en--gb"})
    void refusesWhatIsNoLanguageTag(String tag) {
        assertThrows(IllegalArgumentException.class, () -> Languages.normalise(tag));
    }
}
