package io.labdesk.bench.intake;

import io.labdesk.bench.stack.BenchStack;
import io.labdesk.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ceiling for intake: the SQL statements one intake transaction issues, taken from PostgreSQL's statement log
 * while one real request is received, replayed by pgbench as one transaction per client call on the same database,
 * as the application's role. Values that must be new in every transaction (ids, numbers, token hashes) get fresh
 * ones; everything else is replayed as logged.
 */
public final class IntakeCeiling {

    public record Result(int clients, double seconds, double transactionsPerSecond, double averageMillis,
                         int statements, Path script) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\S+ \\S+,([^,]*),([^,]*),(LOG|DETAIL|ERROR|STATEMENT):\\s+(.*)$");
    private static final Pattern EXECUTE = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    private static final Pattern UUID_LITERAL =
            Pattern.compile("'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'");
    private static final Pattern HASH_LITERAL = Pattern.compile("'[0-9a-f]{64}'");
    private static final Pattern NUMBER_LITERAL = Pattern.compile("'SR-\\d{4}-\\d{6}'");

    private IntakeCeiling() {
    }

    public static Result run(BenchStack stack, int clients, int seconds, Path workDir) throws Exception {
        List<String> transaction = capture(stack);
        Path script = workDir.resolve("intake-transaction.sql");
        Files.writeString(script, pgbenchScript(transaction), StandardCharsets.UTF_8);
        List<String> command = List.of("pgbench", "-n", "-M", "simple", "-c", String.valueOf(clients), "-j", "2",
                "-T", String.valueOf(seconds), "-f", script.toString(), "-h", "127.0.0.1",
                "-p", String.valueOf(stack.database().port()), "-U", EmbeddedDatabase.APP_USER, EmbeddedDatabase.DATABASE);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", EmbeddedDatabase.APP_PASSWORD);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || output.contains("aborted") || output.contains("ERROR")) {
            throw new IllegalStateException("pgbench failed replaying " + script + ":\n" + output);
        }
        return new Result(clients, seconds, number(output, "tps = ([\\d.]+) \\(without initial connection time\\)"),
                number(output, "latency average = ([\\d.]+) ms"), transaction.size(), script);
    }

    /** The statements of one intake transaction, parameters in place, as the application's role issued them. */
    static List<String> capture(BenchStack stack) throws Exception {
        Path log = stack.statementLog();
        long offset = Files.exists(log) ? Files.size(log) : 0;
        setStatementLog(stack, "all");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    IntakeLoad.post(stack, stack.accessToken("li.na"), "ceiling-capture"),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("The intake to capture answered " + response.statusCode());
            }
            Thread.sleep(1000);
        } finally {
            setStatementLog(stack, null);
        }
        return intakeTransaction(read(log, offset));
    }

    private static void setStatementLog(BenchStack stack, String level) throws SQLException {
        try (Connection c = stack.superuser(); Statement s = c.createStatement()) {
            s.execute(level == null ? "ALTER SYSTEM RESET log_statement" : "ALTER SYSTEM SET log_statement = '" + level + "'");
            s.execute("SELECT pg_reload_conf()");
        }
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> read(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n"));
        }
    }

    /** Per session of the application role, BEGIN … COMMIT blocks; the one that inserts the service request. */
    static List<String> intakeTransaction(List<String> lines) {
        Map<String, List<String>> open = new LinkedHashMap<>();
        List<String[]> entries = new ArrayList<>(); // session, kind, text
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(3), m.group(4), m.group(2)});
            } else if (line.startsWith("\t") && !entries.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[2] = last[2] + " " + line.strip();
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            if (!EmbeddedDatabase.APP_USER.equals(e[3]) || !"LOG".equals(e[1])) {
                continue;
            }
            Matcher statement = EXECUTE.matcher(e[2]);
            if (!statement.matches()) {
                continue;
            }
            String sql = statement.group(1).strip();
            if (i + 1 < entries.size() && "DETAIL".equals(entries.get(i + 1)[1])
                    && entries.get(i + 1)[0].equals(e[0])) {
                sql = bind(sql, entries.get(i + 1)[2]);
            }
            List<String> tx = open.computeIfAbsent(e[0], k -> new ArrayList<>());
            if (sql.equalsIgnoreCase("BEGIN")) {
                tx.clear();
            }
            tx.add(sql);
            if (sql.equalsIgnoreCase("COMMIT")) {
                if (tx.stream().anyMatch(s -> s.toLowerCase().startsWith("insert into service_request "))) {
                    return List.copyOf(tx);
                }
                tx.clear();
            }
        }
        throw new IllegalStateException("No intake transaction in the statement log");
    }

    /** Puts the logged parameter values into the statement's $n placeholders. */
    static String bind(String sql, String detail) {
        Map<Integer, String> values = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(detail);
        while (m.find()) {
            values.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        String bound = sql;
        for (int n = values.size(); n >= 1; n--) {
            bound = bound.replace("$" + n, values.getOrDefault(n, "NULL"));
        }
        return bound;
    }

    /**
     * The transaction as a pgbench script: fresh uuids for every uuid it creates (the tenant's stays), a fresh
     * request number and fresh token hashes; BEGIN and COMMIT as logged.
     */
    static String pgbenchScript(List<String> transaction) {
        String tenant = transaction.stream().filter(s -> s.contains("set_config('labdesk.tenant_id'"))
                .map(s -> { Matcher m = UUID_LITERAL.matcher(s); return m.find() ? m.group() : null; })
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("The intake did not set its tenant"));
        Map<String, String> fresh = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (String statement : transaction) {
            String s = replace(statement, UUID_LITERAL, v -> v.equals(tenant) ? v
                    : "':" + fresh.computeIfAbsent(v, k -> "u" + (fresh.size() + 1)) + "'");
            s = replace(s, HASH_LITERAL, v -> "(md5(':" + fresh.computeIfAbsent(v, k -> "u" + (fresh.size() + 1))
                    + "') || md5(':n'))");
            s = replace(s, NUMBER_LITERAL, v -> "'B:n'");
            out.add(s + ";");
        }
        StringBuilder script = new StringBuilder("\\set n random(1, 9000000000000000)\nSELECT ");
        for (int i = 1; i <= fresh.size(); i++) {
            script.append(i > 1 ? ", " : "").append("gen_random_uuid() AS u").append(i);
        }
        script.append(fresh.isEmpty() ? "1" : "").append(" \\gset\n");
        out.forEach(s -> script.append(s).append('\n'));
        return script.toString();
    }

    private static String replace(String s, Pattern pattern, java.util.function.UnaryOperator<String> with) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench said no " + regex + ":\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
