package io.newsroom.gateway.page;

import java.util.ArrayList;
import java.util.List;

/** The services stubbed as for the reader page, and the viewer served from a newsroom's site of its own. */
public class TimelineJsViewerProfile extends ReaderPageServicesProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(NewsroomSite.class));
        return resources;
    }
}
