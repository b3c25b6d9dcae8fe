package io.newsroom.gateway.page;

import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Serves the reader page from {@link DemoStoryViewService} instead of the two services. */
public class ReaderPageProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(DemoStoryViewService.class);
    }
}
