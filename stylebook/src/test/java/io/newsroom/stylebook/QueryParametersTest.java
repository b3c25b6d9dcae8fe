package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @SuppressWarnings("unused")
    static void listEvents(@PathParam("storyId") String storyId, @QueryParam("limit") Integer limit,
                           @QueryParam("after") String after, @HeaderParam("If-None-Match") String tag) {
    }

    @SuppressWarnings("unused")
    static void getEvent(@PathParam("eventId") String eventId) {
    }

    @Test
    void onlyTheQueryParametersAnOperationDeclaresAreTaken() throws NoSuchMethodException {
        QueryParameters list = QueryParameters.declaredBy(QueryParametersTest.class.getDeclaredMethod("listEvents",
                String.class, Integer.class, String.class, String.class));
        assertEquals(List.of(), list.undeclared(List.of("limit", "after")));
        assertEquals(List.of("storyId", "updatedSince"), list.undeclared(List.of("updatedSince", "limit", "storyId")));

        ProblemException refusal = list.refusal(List.of("updatedSince"));
        assertEquals(ProblemType.UNKNOWN_PARAMETER, refusal.type());
        assertEquals(List.of(new FieldProblem("updatedSince", QueryParameters.NOT_A_PARAMETER)), refusal.fields());
        assertEquals("this operation takes no query parameter updatedSince; it takes after, limit", refusal.getMessage());
    }

    @Test
    void anOperationWithoutQueryParametersTakesNone() throws NoSuchMethodException {
        QueryParameters get = QueryParameters.declaredBy(QueryParametersTest.class.getDeclaredMethod("getEvent", String.class));
        assertEquals(List.of("asOf"), get.undeclared(List.of("asOf")));
        assertEquals("this operation takes no query parameter asOf", get.refusal(List.of("asOf")).getMessage());
    }
}
