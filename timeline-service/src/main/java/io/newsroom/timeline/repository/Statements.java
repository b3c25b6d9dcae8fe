package io.newsroom.timeline.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Reads sent straight to the reactive PostgreSQL client, outside any write's transaction: the hot
 * reads and the reads answered from revisions. Each is one prepared statement.
 */
@ApplicationScoped
public class Statements {

    /**
     * Every statement is logged here at debug, as Hibernate logs its own under org.hibernate.SQL,
     * so what a request really sends can be counted (the cost tests do).
     */
    static final String LOG_NAME = "io.newsroom.timeline.sql";
    private static final Logger LOG = Logger.getLogger(LOG_NAME);
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z]+)");

    private final Pool pool;
    // Bounded by the statements the code holds: they are constants, or built from a few fixed pieces.
    private final Map<String, Positional> translated = new ConcurrentHashMap<>();

    public Statements(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs a statement written with :named parameters as a prepared statement ($1, $2 ...; a
     * name used twice is one parameter), so PostgreSQL plans it once per connection. The
     * translation is made once per statement: matching every request's SQL against the pattern
     * was a tenth of what a hot read cost.
     */
    Uni<RowSet<Row>> query(String named, Map<String, Object> parameters) {
        return query(named, parameters, LOG);
    }

    /** The same, logged elsewhere: the change feed's relay reads on its own clock, outside any request's count. */
    Uni<RowSet<Row>> query(String named, Map<String, Object> parameters, Logger log) {
        Positional statement = translated.computeIfAbsent(named, Positional::of);
        List<Object> values = new ArrayList<>(statement.names().size());
        for (String name : statement.names()) {
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for the parameter :" + name);
            }
            values.add(bindable(parameters.get(name)));
        }
        log.debug(statement.sql());
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(values));
    }

    /** A statement in PostgreSQL's positional form, with the names of its parameters in position order. */
    private record Positional(String sql, List<String> names) {

        static Positional of(String named) {
            Map<String, Integer> positions = new LinkedHashMap<>();
            Matcher m = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                int position = positions.computeIfAbsent(m.group(1), name -> positions.size() + 1);
                m.appendReplacement(sql, "\\$" + position);
            }
            m.appendTail(sql);
            return new Positional(sql.toString(), List.copyOf(positions.keySet()));
        }
    }

    private static Object bindable(Object value) {
        // The PostgreSQL client binds timestamptz from OffsetDateTime; the service speaks Instant.
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }
}
