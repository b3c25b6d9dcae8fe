package io.newsroom.gateway.client;

/** The timeline-service does not know the story. */
public class StoryNotFoundException extends RuntimeException {

    public StoryNotFoundException(String storyId) {
        super("No story with id '" + storyId + "'");
    }
}
