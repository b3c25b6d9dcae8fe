package io.newsroom.gateway.service;

/** Neither service answered, so there is no part of the story to show. */
public class ServicesUnavailableException extends RuntimeException {

    public ServicesUnavailableException(String message) {
        super(message);
    }
}
