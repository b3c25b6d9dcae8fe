package io.newsroom.gateway.service;

/** A reader page as it is sent: its HTML, and whether the view it shows is complete (a partial one is never cached). */
public record RenderedPage(String html, boolean complete) {
}
