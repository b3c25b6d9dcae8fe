package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hostile URLs of the shared vectors: both services store each of these exactly as expected here. */
class CitationUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://Example.COM/a?utm_source=x&smid=nyt#frag|https://example.com/a",
            "https://Example.com?utm_source=x|https://example.com/",
            "https://example.org|https://example.org/",
            "https://user:pw@Example.com/a|https://example.com/a",
            "HTTPS://Example.ORG/World/Story|https://example.org/World/Story",
            "https://example.org:443/a|https://example.org/a",
            "http://example.org:80/a|http://example.org/a",
            "http://example.org:8080/a|http://example.org:8080/a",
            "https://example.org/a/#section|https://example.org/a/",
            "https://example.org/a/b/../c/./d|https://example.org/a/c/d",
            "https://example.org/%7Eeditor/a%41?q=1|https://example.org/~editor/aA?q=1",
            "https://example.org/a?utm_source=x&UTM_Medium=y&id=3&fbclid=z&gclid=1&mc_cid=2&Ref=home|https://example.org/a?id=3",
            "https://example.org/a?sort=new&page=2|https://example.org/a?page=2&sort=new",
            "https://example.org/a?&&page=2&|https://example.org/a?page=2",
            "https://example.org/search?q=a%20b|https://example.org/search?q=a%20b",
            "https://пример.рф/a|https://xn--e1afmkfd.xn--p1ai/a",
            "https://пример.рф/новости?q=мир|https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?q=%D0%BC%D0%B8%D1%80",
            "HTTP://www.Example.net:80/c/../d/?b=2&a=1&fbclid=z|http://www.example.net/d/?a=1&b=2",
            "  https://example.org/a  |https://example.org/a"})
    void normalises(String given, String expected) {
        assertEquals(expected, CitationUrl.normalise(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.org/x", "/relative/path", "https://", "mailto:desk@example.org",
            "", "javascript:alert(1)", "https://exa mple.org/"})
    void refusesWhatIsNotAnArticleUrl(String url) {
        assertThrows(IllegalArgumentException.class, () -> CitationUrl.normalise(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://WWW.Reuters.com/world/x|reuters.com",
            "https://apnews.com/article/y|apnews.com",
            "https://www.пример.рф/|xn--e1afmkfd.xn--p1ai"})
    void outletsAreMatchedByHostWithoutWww(String url, String host) {
        assertEquals(host, CitationUrl.host(url));
    }
}
