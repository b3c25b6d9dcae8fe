package io.newsroom.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://WWW.Example.COM/News/Story?id=7#top | https://www.example.com/News/Story?id=7",
            "https://example.com:443/a/ | https://example.com/a/",
            "http://example.com:80/a | http://example.com/a",
            "http://example.com:8080/a | http://example.com:8080/a",
            "https://example.com/a?utm_source=x&id=1&fbclid=y&gclid=z&mc_cid=1&mc_eid=2&ref=home | https://example.com/a?id=1",
            "https://example.com/a?utm_medium=social | https://example.com/a",
    })
    void normalises(String given, String expected) {
        assertEquals(expected, CitationUrl.normalise(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.com/a", "/relative/path", "mailto:desk@example.com"})
    void refusesWhatIsNoWebAddress(String given) {
        assertThrows(IllegalArgumentException.class, () -> CitationUrl.normalise(given));
    }

    @Test
    void outletsAreMatchedFromTheHostUpwards() {
        assertEquals("edition.cnn.com", CitationUrl.outletHost("https://www.Edition.CNN.com/x"));
        assertEquals(List.of("edition.cnn.com", "cnn.com"), Domains.candidates("edition.cnn.com"));
        assertEquals(List.of("bbc.co.uk", "co.uk"), Domains.candidates("www.bbc.co.uk"));
    }
}
