package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.soptrack.core.domain.tenancy.Permission.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.PermissionMatrix;
import org.soptrack.core.domain.tenancy.Role;

/**
 * The authorization matrix, generated from the server's own route table: every route × every role (and an operator,
 * and nobody) × {own organization's id, another organization's id, an id that names nothing}.
 * <ul>
 *   <li>Without a token every route answers 401, unless it is one of the public ones.</li>
 *   <li>In its own organization a role without the route's permission gets 403; a role with it gets through (any
 *       answer but 401, 403, 404 or a 5xx: a refusal of the step itself, 409 or 422, still means it got in). An
 *       operator without a grant gets no success on an organization's routes.</li>
 *   <li>Every role of another organization, sending the first organization's ids, gets exactly what an id that names
 *       nothing gets (status, problem type and, for a success, the body), never a success on a path id, and never a
 *       byte of the first organization's data.</li>
 * </ul>
 * A route the table below does not describe fails the test, so a new endpoint has to be placed in the matrix.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixIT extends IdentityProviderTestSupport {

    private static final String API = "/api/v1";

    @Inject
    Router router;

    /** Who may call a route. */
    private enum Kind { PUBLIC, SELF, PERMISSION, OPERATOR }

    /**
     * One route's place in the matrix. {@code body} may hold {@code $name} placeholders for ids; {@code fresh} names
     * ids that a permitted call uses up (a member removed, a hold released), made anew for each such call.
     */
    private record Rule(Kind kind, Permission permission, Object body, Set<String> fresh, boolean ends,
                        boolean noOwnId) {

        Rule usingUp(String... names) {
            return new Rule(kind, permission, body, Set.of(names), ends, noOwnId);
        }

        /** It ends the caller's session or account: run last, each time with a session of its own. */
        Rule endingSession() {
            return new Rule(kind, permission, body, fresh, true, noOwnId);
        }

        /** No fixture makes an own id for it (a trusted device needs a second-factor sign-in): 404 there too. */
        Rule withoutOwnId() {
            return new Rule(kind, permission, body, fresh, ends, true);
        }

        boolean allows(Role role) {
            return kind == Kind.SELF || kind == Kind.PERMISSION && PermissionMatrix.allows(role, permission);
        }
    }

    private static Rule open() {
        return new Rule(Kind.PUBLIC, null, null, Set.of(), false, false);
    }

    private static Rule self(Object body) {
        return new Rule(Kind.SELF, null, body, Set.of(), false, false);
    }

    private static Rule needs(Permission permission, Object body) {
        return new Rule(Kind.PERMISSION, permission, body, Set.of(), false, false);
    }

    private static Rule needs(Permission permission) {
        return needs(permission, null);
    }

    private static Rule operator(Object body) {
        return new Rule(Kind.OPERATOR, null, body, Set.of(), false, false);
    }

    private static final Map<String, Object> PASSWORD_AGAIN = Map.of("currentPassword", Api.PASSWORD);

    /** Every route of the API, keyed "METHOD /path" with the query template left out. */
    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("POST /api/v1/signup", open());
        RULES.put("POST /api/v1/auth/login", open());
        RULES.put("POST /api/v1/auth/login/second-factor", open());
        RULES.put("POST /api/v1/auth/refresh", open());
        RULES.put("POST /api/v1/invitations/accept", open());
        RULES.put("POST /api/v1/public/requests", open());
        RULES.put("POST /api/v1/billing/events", open());
        RULES.put("GET /api/v1/retention/policy", open());

        RULES.put("GET /api/v1/auth/me", self(null));
        RULES.put("POST /api/v1/auth/logout", self(null).endingSession());
        RULES.put("POST /api/v1/auth/me/close", self(PASSWORD_AGAIN).endingSession());
        RULES.put("POST /api/v1/auth/me/export", self(PASSWORD_AGAIN));
        RULES.put("GET /api/v1/auth/mfa", self(null));
        RULES.put("PUT /api/v1/auth/mfa", self(Map.of()));
        RULES.put("POST /api/v1/auth/mfa/totp", self(PASSWORD_AGAIN));
        RULES.put("POST /api/v1/auth/mfa/totp/confirm", self(Map.of("code", "000000")));
        RULES.put("POST /api/v1/auth/mfa/off", self(PASSWORD_AGAIN));
        RULES.put("DELETE /api/v1/auth/mfa/devices/{deviceId}", self(null).withoutOwnId());
        RULES.put("GET /api/v1/organization/subscription", self(null));

        RULES.put("GET /api/v1/rooftops", needs(ROOFTOP_READ));
        RULES.put("POST /api/v1/rooftops", needs(ROOFTOP_MANAGE,
                Map.of("name", "Second Street Lexus", "brand", "Lexus", "city", "Peoria", "stateCode", "IL")));
        RULES.put("PUT /api/v1/rooftops/{id}", needs(ROOFTOP_MANAGE, Map.of("version", 0,
                "details", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                        "stateCode", "IL"), "settings", TenantIsolationIT.settings())));
        RULES.put("GET /api/v1/rooftops/{rooftopId}/notifications", needs(SETTINGS_MANAGE));
        RULES.put("PUT /api/v1/rooftops/{rooftopId}/notifications", needs(SETTINGS_MANAGE,
                Map.of("emails", List.of("parts@matrix.example"), "routes", Map.of())));
        RULES.put("POST /api/v1/rooftops/{rooftopId}/notifications/test", needs(SETTINGS_MANAGE,
                Map.of("channel", "EMAIL")));
        RULES.put("GET /api/v1/notifications/deliveries", needs(SETTINGS_MANAGE));
        RULES.put("POST /api/v1/notifications/deliveries/{id}/retry", needs(SETTINGS_MANAGE, Map.of()));

        RULES.put("POST /api/v1/customers", needs(CUSTOMER_MANAGE,
                Map.of("name", "Matrix Customer", "phone", "+12175550177")));
        RULES.put("GET /api/v1/customers/{id}", needs(CUSTOMER_CONTACT_READ));
        RULES.put("POST /api/v1/customers/{id}/restriction", needs(PRIVACY_MANAGE, Map.of("ground", "RESTRICTION")));
        RULES.put("DELETE /api/v1/customers/{id}/restriction", needs(PRIVACY_MANAGE));

        RULES.put("GET /api/v1/sops", needs(SOP_READ));
        RULES.put("GET /api/v1/sops/counts", needs(SOP_READ));
        RULES.put("POST /api/v1/sops", needs(SOP_CREATE, order("RO-M2")));
        RULES.put("GET /api/v1/sops/{id}", needs(SOP_READ));
        RULES.put("PUT /api/v1/sops/{id}", needs(SOP_EDIT, withVersion(order("RO-M1"))));
        RULES.put("POST /api/v1/sops/{id}/transitions", needs(SOP_TRANSITION,
                Map.of("version", 0, "to", "ORDERED")));
        RULES.put("POST /api/v1/sops/{id}/keep", needs(SOP_EDIT, Map.of("version", 0, "reason", "Customer asked")));
        RULES.put("GET /api/v1/rooftops/{rooftopId}/repair-orders/{roNumber}", needs(SOP_READ));
        RULES.put("POST /api/v1/rooftops/{rooftopId}/repair-orders/{roNumber}/contact-attempts",
                needs(CONTACT_ATTEMPT_LOG, Map.of("channel", "CALL", "outcome", "REACHED")));
        RULES.put("GET /api/v1/bdc/due", needs(CUSTOMER_CONTACT_READ));
        RULES.put("GET /api/v1/reports/aging", needs(SOP_READ));

        RULES.put("GET /api/v1/members", needs(MEMBER_READ));
        RULES.put("PUT /api/v1/members/{id}/role", needs(MEMBER_MANAGE,
                Map.of("version", 0, "role", "VIEWER", "rooftops", List.of("*"))));
        RULES.put("DELETE /api/v1/members/{id}", needs(MEMBER_MANAGE).usingUp("member"));
        RULES.put("POST /api/v1/invitations", needs(INVITATION_MANAGE,
                Map.of("email", "invited@matrix.example", "role", "VIEWER", "rooftops", List.of("*"))));
        RULES.put("DELETE /api/v1/invitations/{id}", needs(INVITATION_MANAGE).usingUp("invitation"));

        RULES.put("GET /api/v1/audit", needs(AUDIT_READ));
        RULES.put("GET /api/v1/operator-grants", needs(OPERATOR_ACCESS_REVIEW));
        RULES.put("POST /api/v1/operator-grants/{id}/close", needs(OPERATOR_ACCESS_REVIEW).usingUp("grant"));
        RULES.put("PUT /api/v1/organization/security", needs(ORGANIZATION_MANAGE, Map.of("mfaRequired", false)));
        RULES.put("GET /api/v1/billing/events", needs(ORGANIZATION_MANAGE));

        RULES.put("GET /api/v1/privacy/requests", needs(PRIVACY_MANAGE));
        RULES.put("POST /api/v1/privacy/requests", needs(PRIVACY_MANAGE, Map.of("customerId", "$customer",
                "type", "ACCESS", "requesterEmail", "carla@matrix.example")));
        RULES.put("GET /api/v1/privacy/requests/{id}", needs(PRIVACY_MANAGE));
        RULES.put("POST /api/v1/privacy/requests/{id}/verify", needs(PRIVACY_MANAGE, Map.of("method", "ID card")));
        RULES.put("POST /api/v1/privacy/requests/{id}/extend", needs(PRIVACY_MANAGE, Map.of("reason", "Many records")));
        RULES.put("POST /api/v1/privacy/requests/{id}/complete", needs(PRIVACY_MANAGE, Map.of("resolution", "Done")));
        RULES.put("POST /api/v1/privacy/requests/{id}/reject", needs(PRIVACY_MANAGE, Map.of("reason", "Not verified")));
        RULES.put("POST /api/v1/privacy/requests/{id}/restrict", needs(PRIVACY_MANAGE));
        RULES.put("POST /api/v1/privacy/requests/{id}/erase", needs(PRIVACY_MANAGE));
        RULES.put("GET /api/v1/privacy/requests/{id}/export", needs(PRIVACY_MANAGE));
        RULES.put("GET /api/v1/privacy/export", needs(PRIVACY_MANAGE));
        RULES.put("GET /api/v1/retention/organization", needs(PRIVACY_MANAGE));
        RULES.put("PUT /api/v1/retention/organization", needs(PRIVACY_MANAGE, Map.of("periods", Map.of())));
        RULES.put("GET /api/v1/retention/dry-run", needs(PRIVACY_MANAGE));
        RULES.put("GET /api/v1/legal-holds", needs(PRIVACY_MANAGE));
        RULES.put("POST /api/v1/legal-holds", needs(PRIVACY_MANAGE, Map.of(
                "subject", Map.of("kind", "CUSTOMER", "id", "$customer"), "reason", "Litigation 12-3")));
        RULES.put("POST /api/v1/legal-holds/{id}/release", needs(PRIVACY_MANAGE).usingUp("hold"));

        RULES.put("POST /api/v1/operator/grants", operator(Map.of("organizationId", "$organization",
                "reason", "Ticket 4711: counts look wrong", "scope", "READ_ONLY", "duration", "PT1H")));
        RULES.put("GET /api/v1/operator/public-requests", operator(null));
        RULES.put("GET /api/v1/operator/retention/dry-run", operator(null));
        RULES.put("GET /api/v1/operator/erasures", operator(null));
        RULES.put("POST /api/v1/operator/erasures/reapply", operator(Map.of("erasures", List.of())));
    }

    private static Map<String, Object> order(String roNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("rooftopId", "$rooftop");
        body.put("customerId", "$customer");
        body.put("vehicle", Map.of("year", 2021, "make", "Toyota", "model", "Camry"));
        body.put("roNumber", roNumber);
        body.put("partNumber", "90915-YZZD1");
        body.put("description", "Oil filter");
        body.put("quantity", 2);
        body.put("vendor", "Toyota Parts Center");
        body.put("unitPrice", "12.50");
        return body;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body) {
        body.put("version", 0);
        body.remove("rooftopId");
        return body;
    }

    /** The id a path variable names, by the path segment before it. */
    private static final Map<String, String> SEGMENT_IDS = Map.ofEntries(
            Map.entry("sops", "sop"), Map.entry("customers", "customer"), Map.entry("rooftops", "rooftop"),
            Map.entry("members", "member"), Map.entry("invitations", "invitation"),
            Map.entry("operator-grants", "grant"), Map.entry("requests", "request"), Map.entry("legal-holds", "hold"),
            Map.entry("deliveries", "delivery"), Map.entry("devices", "device"), Map.entry("repair-orders", "ro"));

    private static final Pattern VARIABLE = Pattern.compile("/([^/{]+)/\\{(\\w+)}");

    /** One route as the router has it. */
    private record Route(String method, String path, boolean rooftopQuery) {
        String key() {
            return method + " " + path;
        }

        /** The row that describes it: a HEAD route (the router adds one for every GET) answers as its GET. */
        String ruleKey() {
            return (method.equals("HEAD") ? "GET" : method) + " " + path;
        }

        boolean hasPathId() {
            return path.contains("{");
        }
    }

    /** One organization's actors and the ids of its things. */
    private record Tenant(String name, Api.Org org, Map<Role, String> tokens, Map<String, String> ids,
                          List<String> secrets) {
    }

    private final List<String> failures = new ArrayList<>();
    private int cases;

    @Test
    void every_route_answers_every_role_as_the_matrix_says() {
        List<Route> routes = routes();
        Set<String> uncovered = routes.stream().map(Route::ruleKey).filter(k -> !RULES.containsKey(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(uncovered).as("routes the authorization matrix does not describe").isEmpty();
        Set<String> stale = new TreeSet<>(RULES.keySet());
        routes.forEach(r -> stale.remove(r.ruleKey()));
        assertThat(stale).as("matrix rows for routes that no longer exist").isEmpty();

        Tenant a = tenant("a", "Alpha Motors", "Aurelia Alpha", "+12175550111");
        Tenant b = tenant("b", "Bravo Autos", "Bruno Bravo", "+12175550122");
        Map<String, String> nothing = new HashMap<>();
        a.ids().keySet().forEach(name -> nothing.put(name, name.equals("ro") ? "RO-M9"
                : UUID.randomUUID().toString()));
        String operator = idp.token(c -> c.subject("idp|matrix-operator").claim("soptrack_operator", true));

        for (Route route : routes) {
            Rule rule = RULES.get(route.ruleKey());
            Api.Answer answer = call(route, rule, null, a.ids());
            expect(answer.status() < 500, route, "nobody", answer);
            if (rule.kind() != Kind.PUBLIC) {
                expect(answer.status() == 401, route, "nobody", answer);
            }
        }
        for (Route route : routes) {
            Rule rule = RULES.get(route.ruleKey());
            if (rule.kind() == Kind.PUBLIC) {
                continue;
            }
            for (Role role : Role.values()) {
                if (!rule.allows(role)) {
                    Api.Answer answer = call(route, rule, a.tokens().get(role), a.ids());
                    expect(answer.status() == 403, route, role + " (own organization)", answer);
                }
            }
            if (rule.kind() != Kind.OPERATOR) {
                Api.Answer answer = call(route, rule, operator, a.ids());
                expect(answer.status() >= 400 && answer.status() < 500, route, "operator without a grant", answer);
            }
        }
        for (Route route : routes) {
            Rule rule = RULES.get(route.ruleKey());
            if (rule.kind() == Kind.PUBLIC || rule.kind() == Kind.OPERATOR || !namesAnId(route, rule)) {
                continue;
            }
            for (Role role : Role.values()) {
                String token = b.tokens().get(role);
                Api.Answer foreign = call(route, rule, token, a.ids());
                Api.Answer missing = call(route, rule, token, nothing);
                String who = role + " of another organization";
                expect(foreign.status() == missing.status()
                        && Objects.equals(foreign.problem(), missing.problem()), route, who,
                        foreign + " but for an id that names nothing " + missing);
                expect(foreign.status() < 200 || foreign.status() > 299 || !route.hasPathId(), route, who, foreign);
                if (foreign.status() >= 200 && foreign.status() <= 299) {
                    expect(Objects.equals(foreign.body(), missing.body()), route, who,
                            foreign + " but for an id that names nothing " + missing);
                }
                for (String secret : a.secrets()) {
                    expect(!String.valueOf(foreign.body()).contains(secret), route, who,
                            "shows \"" + secret + "\": " + foreign);
                }
            }
        }
        List<Route> ordered = new ArrayList<>(routes);
        ordered.sort(Comparator.comparing((Route r) -> RULES.get(r.ruleKey()).ends())
                .thenComparing(r -> r.path().endsWith("/close")));
        for (Route route : ordered) {
            Rule rule = RULES.get(route.ruleKey());
            if (rule.kind() == Kind.PUBLIC) {
                continue;
            }
            if (rule.kind() == Kind.OPERATOR) {
                permitted(route, rule, "operator", operator, a.ids());
                continue;
            }
            for (Role role : Role.values()) {
                if (rule.allows(role)) {
                    String token = rule.ends() ? api.logIn(a.org().id(), email("a", role)) : a.tokens().get(role);
                    Map<String, String> ids = new HashMap<>(a.ids());
                    rule.fresh().forEach(name -> ids.put(name, make(a, name)));
                    permitted(route, rule, role + " (own organization)", token, ids);
                }
            }
        }

        System.out.printf("Authorization matrix: %d routes, %d cases%n", routes.size(), cases);
        assertThat(failures).as("authorization matrix failures (%d cases)", cases).isEmpty();
        assertThat(cases).isGreaterThan(routes.size() * Role.values().length);
    }

    private void permitted(Route route, Rule rule, String who, String token, Map<String, String> ids) {
        Api.Answer answer = call(route, rule, token, ids);
        int status = answer.status();
        boolean missingOwn = rule.noOwnId() && status == 404;
        expect(status < 500 && status != 401 && status != 403 && (status != 404 || missingOwn), route, who, answer);
    }

    private boolean namesAnId(Route route, Rule rule) {
        return route.hasPathId() || route.rooftopQuery() || String.valueOf(rule.body()).contains("$");
    }

    private void expect(boolean held, Route route, String who, Object what) {
        cases++;
        if (!held) {
            failures.add(route.key() + " as " + who + ": " + what);
        }
    }

    private List<Route> routes() {
        return router.uriRoutes()
                .map(r -> {
                    String template = r.getUriMatchTemplate().toString();
                    int query = template.indexOf("{?");
                    String path = query < 0 ? template : template.substring(0, query);
                    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                    boolean rooftop = query >= 0 && template.substring(query).matches(".*[?,]rooftopId[,}*].*");
                    return new Route(r.getHttpMethodName(), path, rooftop);
                })
                .filter(r -> r.path().startsWith(API))
                .distinct()
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    private Api.Answer call(Route route, Rule rule, String token, Map<String, String> ids) {
        Matcher variables = VARIABLE.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = SEGMENT_IDS.get(variables.group(1));
            if (name == null || !ids.containsKey(name)) {
                throw new AssertionError("No id for " + variables.group() + " in " + route.key());
            }
            variables.appendReplacement(path, "/" + variables.group(1) + "/" + ids.get(name));
        }
        variables.appendTail(path);
        if (route.rooftopQuery()) {
            path.append("?rooftopId=").append(ids.get("rooftop"));
        }
        Object body = rule.body() == null && !route.method().equals("GET") && !route.method().equals("DELETE")
                ? Map.of() : resolve(rule.body(), ids);
        return api.send(route.method(), path.toString(), token, body);
    }

    private static Object resolve(Object template, Map<String, String> ids) {
        if (template instanceof String text && text.startsWith("$")) {
            return ids.get(text.substring(1));
        }
        if (template instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new HashMap<>();
            map.forEach((k, v) -> resolved.put(String.valueOf(k), resolve(v, ids)));
            return resolved;
        }
        if (template instanceof List<?> list) {
            return list.stream().map(v -> resolve(v, ids)).toList();
        }
        return template;
    }

    private static String email(String tenant, Role role) {
        return role.name().toLowerCase().replace('_', '-') + "@" + tenant + ".matrix.example";
    }

    /** Signs up an organization with a member of every role and one of each thing a route can name. */
    private Tenant tenant(String name, String organizationName, String customerName, String phone) {
        Map<String, Object> signup = Api.signupBody(email(name, Role.OWNER));
        signup.put("organizationName", organizationName);
        Api.Answer signedUp = api.post(API + "/signup", null, signup);
        assertThat(signedUp.status()).as("%s", signedUp).isEqualTo(201);
        String orgId = signedUp.text("organizationId");
        Api.Org org = new Api.Org(orgId, signedUp.text("rooftopId"), signedUp.text("ownerId"),
                api.logIn(orgId, email(name, Role.OWNER)));
        Map<Role, String> tokens = new LinkedHashMap<>();
        tokens.put(Role.OWNER, org.token());
        for (Role role : Role.values()) {
            if (role != Role.OWNER) {
                tokens.put(role, api.member(org, email(name, role), role.name()));
            }
        }
        Map<String, String> ids = new HashMap<>();
        ids.put("organization", orgId);
        ids.put("rooftop", org.rooftopId());
        String owner = org.token();
        ids.put("customer", created(api.post(API + "/customers", owner, Map.of("name", customerName, "phone", phone))));
        ids.put("sop", created(api.post(API + "/sops", owner, resolve(order("RO-M1"), ids))));
        ids.put("ro", "RO-M1");
        ids.put("member", make(org, "member", name));
        ids.put("invitation", make(org, "invitation", name));
        ids.put("grant", make(org, "grant", name));
        ids.put("hold", make(org, "hold", name, ids));
        ids.put("request", created(api.post(API + "/privacy/requests", owner, Map.of("customerId", ids.get("customer"),
                "type", "ACCESS", "requesterEmail", "subject@" + name + ".matrix.example"))));
        Api.Answer deliveries = api.get(API + "/notifications/deliveries", owner);
        ids.put("delivery", String.valueOf(deliveries.list("items").get(0).get("id")));
        ids.put("device", UUID.randomUUID().toString());
        List<String> secrets = List.of(organizationName, customerName, phone, email(name, Role.ADVISOR));
        return new Tenant(name, org, tokens, ids, secrets);
    }

    private String make(Tenant tenant, String kind) {
        return make(tenant.org(), kind, tenant.name(), tenant.ids());
    }

    private String make(Api.Org org, String kind, String name) {
        return make(org, kind, name, Map.of());
    }

    private final Map<String, Integer> made = new HashMap<>();

    /** A new thing of {@code kind} in {@code org}: a member, an invitation, an operator grant or a legal hold. */
    private String make(Api.Org org, String kind, String name, Map<String, String> ids) {
        int n = made.merge(kind, 1, Integer::sum);
        return switch (kind) {
            case "member" -> {
                String email = "removable-" + n + "@" + name + ".matrix.example";
                api.member(org, email, "VIEWER");
                yield api.get(API + "/members", org.token()).list("members").stream()
                        .filter(m -> m.get("email").equals(email)).findFirst().orElseThrow().get("id").toString();
            }
            case "invitation" -> {
                Api.Answer issued = api.post(API + "/invitations", org.token(), Map.of("email",
                        "pending-" + n + "@" + name + ".matrix.example", "role", "VIEWER", "rooftops", List.of("*")));
                assertThat(issued.status()).as("%s", issued).isEqualTo(201);
                yield String.valueOf(((Map<?, ?>) issued.map().get("invitation")).get("id"));
            }
            case "grant" -> created(api.post(API + "/operator/grants",
                    idp.token(c -> c.subject("idp|matrix-support").claim("soptrack_operator", true)),
                    Map.of("organizationId", org.id(), "reason", "Ticket " + n + ": counts look wrong",
                            "scope", "READ_ONLY", "duration", "PT1H")));
            case "hold" -> created(api.post(API + "/legal-holds", org.token(), Map.of(
                    "subject", Map.of("kind", "CUSTOMER", "id", ids.get("customer")), "reason", "Litigation " + n)));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String created(Api.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.text(answer.map().containsKey("id") ? "id" : "grantId");
    }
}
