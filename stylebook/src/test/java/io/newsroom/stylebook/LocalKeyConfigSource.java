package io.newsroom.stylebook;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives a service under test the public half of the local signing key, as bin/run gives it through
 * NEWSROOM_TOKEN_PUBLIC_KEY, so its tests verify real signed tokens with no provider running.
 * A service's tests register it in {@code META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource}.
 */
public class LocalKeyConfigSource implements ConfigSource {

    private static final String PUBLIC_KEY = "quarkus.oidc.public-key";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public String getValue(String name) {
        return PUBLIC_KEY.equals(name) ? Holder.KEY : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, Holder.KEY);
    }

    @Override
    public int getOrdinal() {
        // Above application.properties (250), below system properties (400) and the environment (300).
        return 275;
    }

    @Override
    public String getName() {
        return "local signing key (.keys/)";
    }

    private static final class Holder {
        static final String KEY = LocalTokens.ofRepository().publicKey();
    }
}
