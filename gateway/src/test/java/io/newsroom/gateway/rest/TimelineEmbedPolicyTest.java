package io.newsroom.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** What the timeline embed page lets a browser load: the viewer's site and its own, nothing else. */
class TimelineEmbedPolicyTest {

    @Test
    void aViewerOnAnotherSiteIsNamedByItsOriginOnly() {
        String policy = ReaderPageResource.embedPolicy(URI.create("https://cdn.knightlab.com/libs/timeline3/3.9.11"));
        assertTrue(policy.contains("script-src 'self' https://cdn.knightlab.com;"), policy);
        assertTrue(policy.contains("font-src 'self' data: https://cdn.knightlab.com;"), policy);
        assertTrue(policy.contains("connect-src 'none'"), policy);
        assertTrue(policy.startsWith("default-src 'none';"), policy);
    }

    @Test
    void aViewerTheGatewayServesItselfNeedsNoOtherSource() {
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *",
                ReaderPageResource.embedPolicy(URI.create("/timelinejs")));
    }
}
