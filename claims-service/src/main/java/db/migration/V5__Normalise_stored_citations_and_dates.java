package db.migration;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Edtf;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Brings what was stored under this service's own copies of the rules in line with the shared
 * ones: every citation URL normalised by {@link CitationUrl}, every made-at date re-derived by
 * {@link Edtf}. Two citations of one claim (or of one stance) that now name the same URL are
 * merged: the earliest stays, takes over what only the other one knew, and the other is deleted.
 * Running it again changes nothing. A stored value the shared rules refuse is left as it is and
 * logged, since deleting a citation or a claim is not a migration's call.
 */
public class V5__Normalise_stored_citations_and_dates extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V5__Normalise_stored_citations_and_dates.class);

    @Override
    public void migrate(Context context) throws SQLException {
        apply(context.getConnection());
    }

    /** The migration's work on a connection whose transaction the caller owns. */
    public static void apply(Connection connection) throws SQLException {
        Set<UUID> claims = new LinkedHashSet<>();
        claims.addAll(citations(connection, "appearance", "claim_id", "recorded_at, id",
                "published_at = coalesce(k.published_at, d.published_at), language = coalesce(k.language, d.language), "
                        + "search_config = CASE WHEN k.language IS NULL THEN d.search_config ELSE k.search_config END"));
        Set<UUID> stances = citations(connection, "stance_evidence", "stance_id", "seq, id",
                "published_at = coalesce(k.published_at, d.published_at), language = coalesce(k.language, d.language)");
        claims.addAll(dates(connection));
        // A changed representation must change the claim's ETag (once), or clients would keep the old one.
        try (PreparedStatement bump = connection.prepareStatement("UPDATE claim SET version = version + 1"
                + " WHERE id = ANY (?) OR id IN (SELECT s.claim_id FROM stance s WHERE s.id = ANY (?))")) {
            bump.setArray(1, connection.createArrayOf("uuid", claims.toArray()));
            bump.setArray(2, connection.createArrayOf("uuid", stances.toArray()));
            bump.executeUpdate();
        }
    }

    private record Citation(UUID id, UUID owner, String url) {
    }

    /**
     * @param owner the column citations are unique within (a claim's appearances, a stance's evidence)
     * @return the owners whose citations changed
     */
    private static Set<UUID> citations(Connection connection, String table, String owner, String order,
                                       String mergeExtra) throws SQLException {
        List<Citation> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + owner + ", url FROM " + table + " ORDER BY " + owner + ", " + order);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Citation(result.getObject(1, UUID.class), result.getObject(2, UUID.class),
                        result.getString(3)));
            }
        }
        Map<String, Citation> kept = new HashMap<>();
        Map<UUID, String> renamed = new HashMap<>();
        Set<UUID> changed = new LinkedHashSet<>();
        try (PreparedStatement merge = connection.prepareStatement("UPDATE " + table + " k SET "
                + "outlet = coalesce(k.outlet, d.outlet), title = coalesce(k.title, d.title), "
                + "quote = coalesce(k.quote, d.quote), " + mergeExtra
                + " FROM " + table + " d WHERE k.id = ? AND d.id = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (Citation row : rows) {
                String url = normalised(table, row);
                Citation first = kept.putIfAbsent(row.owner() + " " + url, row);
                if (first != null) {
                    merge.setObject(1, first.id());
                    merge.setObject(2, row.id());
                    merge.executeUpdate();
                    delete.setObject(1, row.id());
                    delete.executeUpdate();
                    changed.add(row.owner());
                    LOG.infof("Merged %s %s into %s of %s %s: both cite %s", table, row.id(), first.id(), owner,
                            row.owner(), url);
                } else if (!url.equals(row.url())) {
                    renamed.put(row.id(), url);
                    changed.add(row.owner());
                }
            }
        }
        // Renamed only after the merges, so no new URL meets an old one of the same owner.
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET url = ? WHERE id = ?")) {
            for (Map.Entry<UUID, String> entry : renamed.entrySet()) {
                update.setString(1, entry.getValue());
                update.setObject(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return changed;
    }

    private static String normalised(String table, Citation row) {
        try {
            return CitationUrl.normalise(row.url());
        } catch (IllegalArgumentException e) {
            LOG.warnf("Kept %s %s as it is: its URL %s is not one the shared rules accept (%s)", table, row.id(),
                    row.url(), e.getMessage());
            return row.url();
        }
    }

    private static Set<UUID> dates(Connection connection) throws SQLException {
        Set<UUID> changed = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, made_edtf, made_precision, made_earliest, made_latest FROM claim");
             ResultSet result = select.executeQuery();
             PreparedStatement update = connection.prepareStatement("UPDATE claim SET made_edtf = ?, "
                     + "made_precision = ?, made_earliest = ?, made_latest = ? WHERE id = ?")) {
            while (result.next()) {
                UUID id = result.getObject(1, UUID.class);
                String text = result.getString(2);
                Edtf date;
                try {
                    date = Edtf.parse(text);
                } catch (IllegalArgumentException e) {
                    LOG.warnf("Kept the date of claim %s as it is: '%s' is not a date the shared rules accept (%s)",
                            id, text, e.getMessage());
                    continue;
                }
                boolean same = date.text().equals(text) && date.precision().name().equals(result.getString(3))
                        && date.earliest().equals(instant(result, 4)) && date.latest().equals(instant(result, 5));
                if (!same) {
                    update.setString(1, date.text());
                    update.setString(2, date.precision().name());
                    update.setObject(3, OffsetDateTime.ofInstant(date.earliest(), java.time.ZoneOffset.UTC));
                    update.setObject(4, OffsetDateTime.ofInstant(date.latest(), java.time.ZoneOffset.UTC));
                    update.setObject(5, id);
                    update.addBatch();
                    changed.add(id);
                }
            }
            update.executeBatch();
        }
        return changed;
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return Objects.requireNonNull(value).toInstant();
    }
}
