package io.newsroom.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** A story's merged change feed and its stream. */
@ConfigMapping(prefix = "newsroom.feeds")
public interface ChangeFeedConfig {

    /**
     * How often a story's stream asks both services for what follows its position while nothing new came (and how
     * long it waits after a service did not answer): the services' own streams promise a change within a second, and
     * the merged stream must read both pages to keep their order, so it polls at that pace.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a story's stream may stay silent before it sends a comment line: connections idle for longer than
     * the HTTP idle timeout (30 s) are closed, and proxies close quiet ones too, so a quiet story's readers would be
     * cut off and reconnect over and over.
     */
    @WithDefault("15s")
    Duration keepAlive();
}
