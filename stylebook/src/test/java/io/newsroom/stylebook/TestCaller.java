package io.newsroom.stylebook;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;

/**
 * Who a service's tests are by default: an admin of the test desk, with a real token signed by the
 * local key, so every test exercises the same security a newsroom runs. A request that names its
 * own {@code Authorization} keeps it; {@link #ANONYMOUS} sends none at all. Tests about who may
 * do what use {@link #as(String)} and {@link #ANONYMOUS}.
 * A service's tests register it in {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class TestCaller implements QuarkusTestBeforeEachCallback, Filter {

    public static final String NAME = "Test Desk";
    /** The subject of {@link #NAME}'s tokens, as revisions record it. */
    public static final String SUBJECT = "local:test-desk";
    /** A request with this header goes out with no Authorization header at all. */
    public static final Header ANONYMOUS = new Header("Authorization", "anonymous");

    private static final String DEFAULT_TOKEN = LocalTokens.ofRepository().token(List.of(Roles.ADMIN), NAME);

    /** The Authorization header of a caller with these roles (comma-separated), named {@link #NAME}. */
    public static Header as(String roles) {
        return as(roles, NAME);
    }

    public static Header as(String roles, String name) {
        return new Header("Authorization", "Bearer " + LocalTokens.ofRepository().token(roles, name));
    }

    // Once per JVM. A test profile restarts Quarkus in a new class loader, where this class (and a static flag)
    // is new but REST Assured's filter list is the same: a second caller filter would put the admin token
    // back on a request the first one made anonymous. So look for one by name.
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (RestAssured.class) {
            if (RestAssured.filters().stream().noneMatch(f -> f.getClass().getName().equals(TestCaller.class.getName()))) {
                RestAssured.filters(new TestCaller());
            }
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        String authorization = request.getHeaders().getValue("Authorization");
        if (ANONYMOUS.getValue().equals(authorization)) {
            request.removeHeader("Authorization");
        } else if (authorization == null) {
            request.header("Authorization", "Bearer " + DEFAULT_TOKEN);
        }
        return context.next(request, response);
    }
}
