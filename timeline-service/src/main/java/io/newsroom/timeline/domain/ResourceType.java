package io.newsroom.timeline.domain;

/** The kinds of resource that keep revisions, by the name a revision gives them. */
public enum ResourceType {
    STORY("story"),
    OUTLET("outlet"),
    ARTICLE("article"),
    EVENT("event"),
    TRANSITION("transition"),
    RELATION("relation");

    private final String key;

    ResourceType(String key) {
        this.key = key;
    }

    /** The name stored with each revision and served as its resourceType. */
    public String key() {
        return key;
    }
}
