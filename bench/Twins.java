import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the pgbench twins honest: a twin is worth comparing with only while it sends what the
 * service sends.
 *
 * <pre>
 * java bench/Twins.java extract server.log.slice   the statements executed, with their parameters as comments
 *                                                 (the change-feed followers' polls left out)
 * java bench/Twins.java check captured.sql twin.sql warns about each captured statement the twin lacks
 * </pre>
 *
 * Statements are compared with whitespace collapsed and every parameter ($1 in the log, :name in
 * the twin) read as one placeholder, so a twin may bind its own values.
 */
public class Twins {

    /** A log record starts with the default log_line_prefix, '%m [%p] '. */
    private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\S* \\S+ \\[\\d+\\] (\\w+):\\s+(.*)$");
    private static final Pattern EXECUTED = Pattern.compile("^duration: [0-9.]+ ms\\s+(?:execute [^:]*|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern LOG_PARAMETER = Pattern.compile("\\$\\d+");
    /**
     * What the services read in the background while a request is captured: the change-feed followers (the
     * claims-service following the timeline's feed, the gateway's webhook dispatcher) polling the feeds. They come
     * from other connections of the same pools, so the log cannot tell them apart by session; they never belong to
     * a scenario's request, and are left out of the captured statements.
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?i).*\\b(change_feed|feed_follower)\\b.*|(?i)\\s*(un)?listen\\b.*",
            Pattern.DOTALL);
    private static final Pattern TWIN_VARIABLE = Pattern.compile("(?<!:):[A-Za-z_][A-Za-z0-9_]*");

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("extract")) {
            extract(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("check")) {
            System.exit(check(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
        } else {
            System.err.println("usage: Twins extract LOG | Twins check CAPTURED.sql TWIN.sql");
            System.exit(2);
        }
    }

    private static void extract(Path log) throws Exception {
        List<String[]> records = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = RECORD.matcher(line);
            if (m.matches()) {
                records.add(new String[] {m.group(1), m.group(2)});
            } else if (!records.isEmpty()) {
                String[] last = records.get(records.size() - 1);
                last[1] = last[1] + "\n" + line;
            }
        }
        int background = 0;
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i)[0].equals("LOG")) {
                continue;
            }
            Matcher executed = EXECUTED.matcher(records.get(i)[1]);
            if (!executed.matches()) {
                continue;
            }
            if (BACKGROUND.matcher(executed.group(1)).matches()) {
                background++;
                continue;
            }
            if (i + 1 < records.size() && records.get(i + 1)[0].equals("DETAIL")) {
                System.out.println("-- " + records.get(i + 1)[1].replace("\n", " "));
            }
            System.out.println(oneLine(executed.group(1)) + ";");
        }
        if (background > 0) {
            System.out.println("-- left out: " + background + " statements of the change-feed followers, run meanwhile");
        }
    }

    private static boolean check(Path captured, Path twin) throws Exception {
        Set<String> sent = statements(Files.readString(captured), LOG_PARAMETER);
        Set<String> twinned = statements(Files.readString(twin), TWIN_VARIABLE);
        String scenario = twin.getFileName().toString().replaceFirst("\\.sql$", "");
        boolean same = true;
        for (String statement : sent) {
            if (!twinned.contains(statement)) {
                System.err.println("bench: WARNING " + scenario + " sends a statement its twin " + twin + " lacks: " + statement);
                same = false;
            }
        }
        for (String statement : twinned) {
            if (!sent.contains(statement)) {
                System.err.println("bench: WARNING " + twin + " has a statement " + scenario + " no longer sends: " + statement);
                same = false;
            }
        }
        if (same) {
            System.err.println("bench: " + scenario + ": the twin sends exactly the " + sent.size() + " statements the service sends");
        }
        return same;
    }

    /** Statements of a script: meta-commands (\set) and comments dropped, split at a ';' that ends a line. */
    private static Set<String> statements(String script, Pattern parameter) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("\\") || trimmed.startsWith("--")) {
                continue;
            }
            sql.append(line).append('\n');
        }
        Set<String> result = new LinkedHashSet<>();
        for (String statement : sql.toString().split(";\\s*\n")) {
            String normal = parameter.matcher(oneLine(statement)).replaceAll("?").toLowerCase(Locale.ROOT);
            if (!normal.isEmpty()) {
                result.add(normal.endsWith(";") ? normal.substring(0, normal.length() - 1) : normal);
            }
        }
        return result;
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
