package io.newsroom.gateway.support;

import java.util.Map;


/** Fault tolerance on a test's clock: short timeouts, a breaker that opens after a few failures and soon half-opens. */
public class ShorterTimeoutsProfile extends StubbedServicesProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // MicroProfile's global keys: class-level keys would not reach the method-level annotations.
        return Map.ofEntries(
                Map.entry("newsroom.gateway.view-budget", "2500ms"),
                Map.entry("Timeout/value", "600"),
                Map.entry("Timeout/unit", "MILLIS"),
                Map.entry("Retry/delay", "0"),
                Map.entry("CircuitBreaker/requestVolumeThreshold", "4"),
                Map.entry("CircuitBreaker/delay", "1"),
                Map.entry("CircuitBreaker/delayUnit", "SECONDS"));
    }
}
