package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.ChangeFeedTest.connect;
import static io.newsroom.timeline.rest.ChangeFeedTest.count;
import static io.newsroom.timeline.rest.ChangeFeedTest.head;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The outbox under real faults and real concurrency: a write whose database session dies while it commits leaves
 * neither its change nor its entry; every write that was acknowledged has both; and concurrent writers give positions
 * that a reader polling meanwhile sees strictly increasing, with no gap ever.
 */
@QuarkusTest
class ChangeFeedFaultTest {

    private static final String WAITING = "select pid from pg_stat_activity where datname = current_database()"
            + " and wait_event_type = 'Lock' and pid <> pg_backend_pid() order by pid";

    @Test
    void aWriteWhoseSessionIsKilledWhileItCommitsLeavesNeitherChangeNorEntryAndTheOthersHaveBoth() throws Exception {
        List<String> stories = List.of(newStory(), newStory(), newStory());
        ExecutorService clients = Executors.newFixedThreadPool(stories.size());
        List<Future<Integer>> answers = new ArrayList<>();
        try (Connection holder = connect(); Connection admin = connect()) {
            // The row every commit takes its turn on: held here, each write stops in its commit, after its
            // update and its revision were written and while its feed entry is being written.
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("select only_row from change_feed_turn for update").close();
            for (String story : stories) {
                answers.add(clients.submit(() -> rename(story)));
            }
            List<Integer> waiting = waitFor(admin, stories.size());
            try (Statement kill = admin.createStatement()) {
                kill.executeQuery("select pg_terminate_backend(" + waiting.get(0) + ")").close();
            }
            holder.rollback();
        }
        int acknowledged = 0;
        for (int i = 0; i < stories.size(); i++) {
            int status = answers.get(i).get(60, TimeUnit.SECONDS);
            String story = stories.get(i);
            long updates = count("select count(*) from revision where story_id = '" + story + "' and action = 'UPDATED'");
            long entries = count("select count(*) from change_feed c join revision r on r.id = c.revision_id"
                    + " where r.story_id = '" + story + "' and c.type = 'story.updated'");
            String title = given().when().get("/api/timeline/stories/" + story).then().extract().path("title");
            if (status == 200) {
                acknowledged++;
                assertEquals(1, updates, "an acknowledged write has its revision");
                assertEquals(1, entries, "and its entry");
                assertEquals("Renamed", title);
            } else {
                assertEquals(503, status, "a lost database is a 503 to retry");
                assertEquals(0, updates, "a killed write leaves no revision");
                assertEquals(0, entries, "and no entry");
                assertTrue(title.startsWith("Test story"), "nor the change itself");
            }
        }
        clients.shutdown();
        assertEquals(stories.size() - 1, acknowledged);
        assertEquals(0, count("select count(*) from revision r where not exists (select 1 from change_feed c where c.revision_id = r.id)"
                + " and r.story_id in ('" + String.join("','", stories) + "')"));
    }

    @Test
    void concurrentWritersGivePositionsAReaderSeesStrictlyIncreasingWithoutGaps() throws Exception {
        int writers = 4;
        int writes = 8;
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            stories.add(newStory());
        }
        long from = head();
        ExecutorService clients = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<List<Long>> reader = clients.submit(() -> {
            List<Long> seen = new ArrayList<>();
            long after = from;
            boolean last = false;
            while (!last) {
                last = !writing.get();
                List<String> ids = ChangeFeedTest.page(Map.of("after", after)).getList("changes.id");
                for (String id : ids) {
                    long position = Long.parseLong(id);
                    assertEquals(after + 1, position, "the change after " + after + " came as " + position);
                    after = position;
                    seen.add(position);
                }
            }
            return seen;
        });
        List<Future<?>> done = new ArrayList<>();
        for (String story : stories) {
            done.add(clients.submit(() -> {
                for (int i = 0; i < writes; i++) {
                    assertEquals(200, rename(story));
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        List<Long> seen = reader.get(60, TimeUnit.SECONDS);
        clients.shutdown();
        assertEquals(writers * writes, seen.size());
        assertEquals(from + writers * writes, head());
    }

    private static int rename(String story) {
        return given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("title", "Renamed"))
                .when().put("/api/timeline/stories/" + story).then().extract().statusCode();
    }

    /** The sessions waiting on a lock, once there are so many (each write's, as it reaches its commit). */
    private static List<Integer> waitFor(Connection admin, int sessions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<Integer> pids = new ArrayList<>();
            try (ResultSet rows = admin.createStatement().executeQuery(WAITING)) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
            if (pids.size() >= sessions) {
                return pids;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writes never reached their commit");
    }
}
