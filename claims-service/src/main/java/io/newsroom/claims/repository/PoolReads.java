package io.newsroom.claims.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Reads of committed data as one prepared statement each on the reactive pool: no session, no query
 * translation, and the pool keeps the statement prepared on each connection. Every statement
 * answers rows of one JSON document, read as the given type. The SQL keeps the named parameters
 * Hibernate takes (so it never uses PostgreSQL's {@code ::} casts), turned into PostgreSQL's
 * positional ones once per distinct statement.
 */
@ApplicationScoped
public class PoolReads {

    // Statements sent straight to the pool are logged here, as Hibernate logs its own under
    // org.hibernate.SQL, so a test can count what a read costs whichever way it goes.
    private static final Logger SQL_LOG = Logger.getLogger("io.newsroom.claims.sql");
    private static final Pattern NAMED_PARAMETER = Pattern.compile(":(\\w+)");

    private final ObjectMapper json;
    private final Pool pool;
    private final Map<String, PreparedRead> prepared = new ConcurrentHashMap<>();

    public PoolReads(ObjectMapper json, Pool pool) {
        this.json = json;
        this.pool = pool;
    }

    public <T> Uni<List<T>> read(String sql, Map<String, Object> parameters, Class<T> rowType) {
        return read(sql, parameters, rowType, SQL_LOG);
    }

    /** The same, logged elsewhere: the change feed's relay reads on its own clock, outside any request's count. */
    public <T> Uni<List<T>> read(String sql, Map<String, Object> parameters, Class<T> rowType, Logger log) {
        PreparedRead statement = prepared.computeIfAbsent(sql, PreparedRead::of);
        log.debug(statement.sql());
        return pool.preparedQuery(statement.sql()).execute(statement.bind(parameters)).map(result -> {
            List<T> rows = new ArrayList<>(result.size());
            for (Row row : result) {
                rows.add(document(row.getString(0), rowType));
            }
            return rows;
        });
    }

    private <T> T document(String document, Class<T> rowType) {
        try {
            return json.readValue(document, rowType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claims query returned a row this service cannot read", e);
        }
    }

    /** A statement with its named parameters in the order of PostgreSQL's $1, $2, ... */
    private record PreparedRead(String sql, List<String> names) {

        static PreparedRead of(String named) {
            List<String> names = new ArrayList<>();
            Matcher matcher = NAMED_PARAMETER.matcher(named);
            StringBuilder positional = new StringBuilder();
            while (matcher.find()) {
                int position = names.indexOf(matcher.group(1)) + 1;
                if (position == 0) {
                    names.add(matcher.group(1));
                    position = names.size();
                }
                matcher.appendReplacement(positional, "\\$" + position);
            }
            matcher.appendTail(positional);
            return new PreparedRead(positional.toString(), List.copyOf(names));
        }

        Tuple bind(Map<String, Object> parameters) {
            Tuple tuple = Tuple.tuple();
            for (String name : names) {
                Object value = parameters.get(name);
                // LIMIT takes a bigint, and the driver encodes only the Java type of the column.
                tuple.addValue(value instanceof Integer number ? Long.valueOf(number) : value);
            }
            return tuple;
        }
    }
}
