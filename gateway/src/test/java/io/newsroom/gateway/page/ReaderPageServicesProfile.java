package io.newsroom.gateway.page;

import java.util.Map;

import io.newsroom.gateway.support.StubbedServicesProfile;

/**
 * Generous time for the services stubbed in {@link ReaderPageServicesTest} and {@link TimelineJsViewerTest}: those
 * tests are about what a page says and draws, never about slowness, so a busy machine must not turn a 404 or a
 * story into a timeout. The settings are MicroProfile Fault Tolerance's global ones, whatever the clients are called.
 */
public class ReaderPageServicesProfile extends StubbedServicesProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsroom.gateway.view-budget", "20s",
                "Timeout/value", "10000",
                "Timeout/unit", "MILLIS",
                "Retry/delay", "0");
    }
}
