import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Creates the services' login role and databases on a PostgreSQL server when they are missing,
 * and checks that the services will be able to log in. Safe to run again: it only creates.
 *
 * <p>Run by bin/postgres as a single-file program:
 * {@code java -cp postgresql.jar bin/EnsureDatabases.java host port adminUser adminPassword
 * user password database...}
 *
 * <p>Every failure is one line that says what to set, never a stack trace.
 */
public class EnsureDatabases {

    public static void main(String[] args) {
        if (args.length < 7) {
            fail("usage: EnsureDatabases host port adminUser adminPassword user password database...");
        }
        String host = args[0];
        String port = args[1];
        String adminUser = args[2];
        String adminPassword = args[3];
        String user = args[4];
        String password = args[5];
        List<String> databases = Arrays.asList(args).subList(6, args.length);
        String server = host + ":" + port;

        try (Connection admin = connect(host, port, "postgres", adminUser, adminPassword)) {
            ensureRole(admin, user, password);
            for (String database : databases) {
                ensureDatabase(admin, database, user);
            }
        } catch (SQLException e) {
            if (!isAuthenticationFailure(e) || !servicesCanAlreadyLogIn(host, port, user, password, databases)) {
                fail(explain(e, server, adminUser, "DB_ADMIN_USER and DB_ADMIN_PASSWORD"));
            }
            // No admin rights, but the role and databases are there already: nothing to create.
        }

        for (String database : databases) {
            try (Connection ignored = connect(host, port, database, user, password)) {
                // Logging in is the whole check.
            } catch (SQLException e) {
                fail(explain(e, server, user, "DB_USER and DB_PASSWORD") + " (database " + database + ")");
            }
        }
        System.err.println("postgres: role " + user + " and databases " + String.join(", ", databases)
                + " are ready on " + server);
    }

    private static void ensureRole(Connection admin, String user, String password) throws SQLException {
        if (exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
            return;
        }
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + identifier(user) + " LOGIN PASSWORD " + literal(password));
        }
    }

    /**
     * Collation and ctype that fold case, order and split words in every script, best first: ICU
     * where the server has it, else a UTF-8 libc locale. A database in the C locale would fold
     * only A-Z, so 'владимир путин' would never find 'Владимир Путин'.
     */
    private static final List<String> UNICODE_LOCALES = List.of(
            "LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8'",
            "LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'en_US.UTF-8'",
            "LOCALE 'C.UTF-8'",
            "LOCALE 'en_US.UTF-8'");

    private static void ensureDatabase(Connection admin, String database, String owner) throws SQLException {
        if (exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            if (unicodeAware(admin, database)) {
                return;
            }
            if (!disposable(database)) {
                System.err.println("postgres: database " + database + " folds case for A-Z only (C locale);"
                        + " drop it and run this again to recreate it with a Unicode collation");
                return;
            }
            // Test databases hold nothing worth keeping: recreate them the way the tests expect.
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + identifier(database) + " WITH (FORCE)");
            }
        }
        SQLException last = null;
        for (String locale : UNICODE_LOCALES) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner)
                        + " ENCODING 'UTF8' " + locale + " TEMPLATE template0");
                return;
            } catch (SQLException e) {
                // Another process created it between our check and our create: that is what we wanted.
                if ("42P04".equals(e.getSQLState())) {
                    return;
                }
                // 22023: no such locale here; 0A000: built without ICU; 42601: older than PostgreSQL 15.
                if (!List.of("22023", "0A000", "42601", "42704").contains(e.getSQLState())) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private static boolean unicodeAware(Connection admin, String database) throws SQLException {
        // to_jsonb reads datlocprovider where it exists (PostgreSQL 15 and later) without failing where it does not.
        try (PreparedStatement statement = admin.prepareStatement("SELECT to_jsonb(d) ->> 'datlocprovider' = 'i'"
                + " OR datctype ILIKE '%utf%8%' FROM pg_database d WHERE datname = ?")) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static boolean disposable(String database) {
        return database.endsWith("_test") || database.endsWith("_e2e");
    }

    private static boolean servicesCanAlreadyLogIn(String host, String port, String user, String password,
            List<String> databases) {
        for (String database : databases) {
            try (Connection ignored = connect(host, port, database, user, password)) {
                // Logged in.
            } catch (SQLException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Connection connect(String host, String port, String database, String user, String password)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "newsroom-provisioning");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, properties);
    }

    private static boolean isAuthenticationFailure(SQLException e) {
        String state = e.getSQLState();
        return "28P01".equals(state) || "28000".equals(state);
    }

    private static String explain(SQLException e, String server, String user, String variables) {
        String state = String.valueOf(e.getSQLState());
        if (isAuthenticationFailure(e)) {
            return "PostgreSQL at " + server + " refused " + user + " (wrong password or no such role): set "
                    + variables + ".";
        }
        if (state.startsWith("08") || e.getCause() instanceof ConnectException) {
            return "No PostgreSQL answers at " + server + ": set DB_HOST and DB_PORT to a running server,"
                    + " or unset DB_HOST to use the embedded one.";
        }
        if ("42501".equals(state)) {
            return user + " may not create roles or databases on " + server + ": set DB_ADMIN_USER to a role"
                    + " that may, or create them yourself.";
        }
        return "PostgreSQL at " + server + " answered " + state + " (" + e.getMessage() + "): check " + variables + ".";
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void fail(String line) {
        System.err.println("postgres: " + line);
        System.exit(1);
    }
}
