package io.newsroom.gateway.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A request that carries no Authorization header at all, however many tests ran before it. The stylebook's
 * {@code TestCaller.ANONYMOUS} asks the tests' default-caller filter to send none, but each Quarkus restart in one
 * run (a new test profile or test resource) installs that filter again from a class loader of its own, and the second
 * filter gives the request the default admin token back. A request without filters sends what it says.
 */
public final class Anonymous {

    private Anonymous() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().noFilters();
    }
}
