package io.newsroom.gateway.page;

import java.util.Map;

import io.newsroom.gateway.support.StubbedServicesProfile;

/**
 * Generous time for the services stubbed in {@link ReaderPageServicesTest}: those tests are about what the page
 * says when a service is down or does not know the story, never about slowness, so a busy machine must not turn a
 * 404 into a timeout. The settings are MicroProfile Fault Tolerance's global ones, whatever the clients are called.
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
