package io.newsroom.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Example.ORG/World/Story|https://example.org/World/Story",
            "https://example.org:443/a|https://example.org/a",
            "http://example.org:80/a|http://example.org/a",
            "http://example.org:8080/a|http://example.org:8080/a",
            "https://example.org/a/#section|https://example.org/a/",
            "https://example.org/a?utm_source=x&utm_MEDIUM=y&id=3&fbclid=z&gclid=1&mc_cid=2&mc_eid=3&ref=home|https://example.org/a?id=3",
            "https://example.org|https://example.org/",
            "https://example.org/a?page=2&sort=new|https://example.org/a?page=2&sort=new"})
    void normalises(String given, String expected) {
        assertEquals(expected, CitationUrl.normalise(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.org/x", "/relative/path", "https://", "mailto:desk@example.org"})
    void rejectsWhatIsNotAnArticleUrl(String url) {
        assertThrows(IllegalArgumentException.class, () -> CitationUrl.normalise(url));
    }
}
