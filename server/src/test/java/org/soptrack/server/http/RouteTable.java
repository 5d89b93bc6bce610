package org.soptrack.server.http;

import static org.soptrack.core.domain.tenancy.Role.*;

import io.micronaut.web.router.Router;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.soptrack.core.domain.tenancy.Role;

/**
 * Every route of the API with who may call it and a sample request that gets past input checks, for the tests that
 * walk the whole route table (the authorization matrix, the fuzzer). Ids are {@code $name} placeholders, filled from
 * a {@link Tenants.Tenant}'s ids or from ids that name nothing.
 *
 * <p>Who may call a route is written out here as roles, copied from the REST table of docs/api.md ("who"), and never taken
 * from core's permission matrix: the matrix test must be able to catch a route guarded by the wrong permission.
 */
final class RouteTable {

    static final String API = "/api/v1";

    private RouteTable() {
    }

    /** Who may call a route. */
    enum Kind { PUBLIC, SELF, PERMISSION, OPERATOR }

    /**
     * One route's place in the matrix. {@code body} may hold {@code $name} placeholders for ids; {@code fresh} names
     * ids that a permitted call uses up (a member removed, a hold released), made anew for each such call.
     */
    record Rule(Kind kind, Set<Role> roles, Object body, Set<String> fresh, boolean ends,
                        boolean noOwnId, boolean organizationWide) {

        Rule usingUp(String... names) {
            return new Rule(kind, roles, body, Set.of(names), ends, noOwnId, organizationWide);
        }

        /** It ends the caller's session or account: run last, each time with a session of its own. */
        Rule endingSession() {
            return new Rule(kind, roles, body, fresh, true, noOwnId, organizationWide);
        }

        /** No fixture makes an own id for it (a trusted device needs a second-factor sign-in): 404 there too. */
        Rule withoutOwnId() {
            return new Rule(kind, roles, body, fresh, ends, true, organizationWide);
        }

        /**
         * It concerns the whole organization (docs/architecture.md, "Rooftop limits"), so a member limited to some
         * rooftops gets 403 even where the role may.
         */
        Rule wholeOrganization() {
            return new Rule(kind, roles, body, fresh, ends, noOwnId, true);
        }

        boolean allows(Role role) {
            return kind == Kind.SELF || kind == Kind.PERMISSION && roles.contains(role);
        }
    }

    /** The "who" column of docs/api.md, as roles. */
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> CONTACT_READERS = EnumSet.of(OWNER, ADMIN, PARTS_MANAGER, ADVISOR, BDC);
    static final Set<Role> CONTACT_LOGGERS = EnumSet.of(OWNER, PARTS_MANAGER, ADVISOR, BDC);
    static final Set<Role> CREATORS = EnumSet.of(OWNER, PARTS_MANAGER, ADVISOR);
    static final Set<Role> PARTS_MANAGERS = EnumSet.of(OWNER, PARTS_MANAGER);
    static final Set<Role> ADMINS = EnumSet.of(OWNER, ADMIN);
    static final Set<Role> OWNERS = EnumSet.of(OWNER);

    private static Rule open(Object body) {
        return new Rule(Kind.PUBLIC, Set.of(), body, Set.of(), false, false, false);
    }

    private static Rule self(Object body) {
        return new Rule(Kind.SELF, EVERYONE, body, Set.of(), false, false, false);
    }

    private static Rule by(Set<Role> roles, Object body) {
        return new Rule(Kind.PERMISSION, roles, body, Set.of(), false, false, false);
    }

    private static Rule by(Set<Role> roles) {
        return by(roles, null);
    }

    private static Rule operator(Object body) {
        return new Rule(Kind.OPERATOR, Set.of(), body, Set.of(), false, false, false);
    }

    private static final Map<String, Object> PASSWORD_AGAIN = Map.of("currentPassword", Api.PASSWORD);

    /** Query parameters a route needs to get past its input checks, by its key. */
    static final Map<String, String> QUERIES = Map.of("GET /api/v1/search", "q=matrix",
            "GET /api/v1/rooftops/{id}/receiving", "partNumber=90915-YZZD1");

    /** Every route of the API, keyed "METHOD /path" with the query template left out. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("POST /api/v1/signup", open(Api.signupBody("new-owner@matrix.example")));
        RULES.put("POST /api/v1/auth/login", open(Map.of("organizationId", "$organization",
                "email", "viewer@a.matrix.example", "password", "wrong password for the matrix")));
        RULES.put("POST /api/v1/auth/login/choose", open(Map.of("choiceToken", "no-such-choice")));
        RULES.put("POST /api/v1/auth/login/second-factor", open(Map.of("challengeToken", "no-such-challenge",
                "code", "123456")));
        RULES.put("POST /api/v1/auth/refresh", open(Map.of("refreshToken", "no-such-token")));
        RULES.put("POST /api/v1/auth/password/forgot", open(Map.of("email", "nobody@matrix.example")));
        RULES.put("POST /api/v1/auth/password/reset", open(Map.of("token", "no-such-link",
                "newPassword", Api.PASSWORD)));
        RULES.put("POST /api/v1/auth/email/confirm", open(Map.of("token", "no-such-link")));
        RULES.put("POST /api/v1/invitations/accept", open(Map.of("token", "no-such-invitation",
                "email", "someone@matrix.example", "displayName", "Someone", "password", Api.PASSWORD)));
        RULES.put("POST /api/v1/public/requests", open(Map.of("kind", "DEMO", "name", "Dana Dealer",
                "dealership", "Dana's Autos", "email", "dana@matrix.example", "message", "Show me")));
        RULES.put("POST /api/v1/billing/events", open(Map.of("id", "evt_1", "type", "invoice.paid",
                "organizationId", "$organization")));
        RULES.put("GET /api/v1/retention/policy", open(null));
        RULES.put("POST /api/v1/sms/inbound", open(null));

        RULES.put("GET /api/v1/auth/me", self(null));
        RULES.put("PUT /api/v1/auth/me", self(Map.of("displayName", "Matrix Member")));
        RULES.put("POST /api/v1/auth/me/password", self(Map.of("currentPassword", Api.PASSWORD,
                "newPassword", Api.PASSWORD)).endingSession());
        RULES.put("POST /api/v1/auth/me/email", self(Map.of("email", "moved@matrix.example",
                "currentPassword", Api.PASSWORD)));
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

        RULES.put("GET /api/v1/rooftops", by(EVERYONE));
        RULES.put("POST /api/v1/rooftops", by(ADMINS,
                Map.of("name", "Second Street Lexus", "brand", "Lexus", "city", "Peoria", "stateCode", "IL")).wholeOrganization());
        RULES.put("PUT /api/v1/rooftops/{id}", by(ADMINS, Map.of("version", 0,
                "details", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                        "stateCode", "IL"), "settings", TenantIsolationIT.settings())));
        RULES.put("GET /api/v1/rooftops/{rooftopId}/notifications", by(ADMINS));
        RULES.put("PUT /api/v1/rooftops/{rooftopId}/notifications", by(ADMINS,
                Map.of("emails", List.of("parts@matrix.example"), "routes", Map.of())));
        RULES.put("POST /api/v1/rooftops/{rooftopId}/notifications/test", by(ADMINS,
                Map.of("channel", "EMAIL")));
        RULES.put("GET /api/v1/notifications/deliveries", by(ADMINS));
        RULES.put("POST /api/v1/notifications/deliveries/{id}/retry", by(ADMINS, Map.of()));

        RULES.put("POST /api/v1/customers", by(CREATORS,
                Map.of("name", "Matrix Customer", "phone", "+12175550177")));
        RULES.put("GET /api/v1/customers/{id}", by(CONTACT_READERS));
        RULES.put("GET /api/v1/customers/{id}/notes", by(CONTACT_READERS));
        RULES.put("POST /api/v1/customers/{id}/notes", by(CONTACT_LOGGERS, Map.of("text", "Prefers texts")));
        RULES.put("GET /api/v1/sops/{id}/notes", by(EVERYONE));
        RULES.put("GET /api/v1/search", by(EVERYONE));
        RULES.put("GET /api/v1/rooftops/{id}/receiving", by(EVERYONE));
        RULES.put("POST /api/v1/rooftops/{id}/receiving", by(PARTS_MANAGERS, Map.of("binLocation", "B-12",
                "orders", List.of(Map.of("id", "$sop", "version", 0)))));
        RULES.put("GET /api/v1/sops/{id}/label", by(EVERYONE));
        RULES.put("POST /api/v1/sops/{id}/notes", by(CONTACT_LOGGERS, Map.of("text", "Vendor ships Tuesday")));
        RULES.put("PUT /api/v1/customers/{id}", by(CREATORS, Map.of("version", 0, "name", "Carla Customer",
                "phone", "+12175550100", "preferences", Map.of("call", true, "sms", false, "email", true,
                        "optedOut", false))));
        RULES.put("POST /api/v1/customers/{id}/restriction", by(ADMINS, Map.of("ground", "RESTRICTION")).wholeOrganization());
        RULES.put("DELETE /api/v1/customers/{id}/restriction", by(ADMINS).wholeOrganization());

        RULES.put("GET /api/v1/sops", by(EVERYONE));
        RULES.put("GET /api/v1/sops/counts", by(EVERYONE));
        RULES.put("POST /api/v1/sops", by(CREATORS, order("RO-M2")));
        RULES.put("GET /api/v1/sops/{id}", by(EVERYONE));
        RULES.put("PUT /api/v1/sops/{id}", by(PARTS_MANAGERS, withVersion(order("RO-M1"))));
        RULES.put("POST /api/v1/sops/{id}/transitions", by(PARTS_MANAGERS,
                Map.of("version", 0, "to", "ORDERED")));
        RULES.put("POST /api/v1/sops/{id}/keep", by(PARTS_MANAGERS, Map.of("version", 0, "reason", "Customer asked")));
        RULES.put("GET /api/v1/rooftops/{rooftopId}/repair-orders/{roNumber}", by(CONTACT_READERS));
        RULES.put("POST /api/v1/rooftops/{rooftopId}/repair-orders/{roNumber}/contact-attempts",
                by(CONTACT_LOGGERS, Map.of("channel", "CALL", "outcome", "REACHED")));
        RULES.put("GET /api/v1/bdc/due", by(CONTACT_READERS));
        RULES.put("GET /api/v1/reports/aging", by(EVERYONE));

        RULES.put("GET /api/v1/members", by(ADMINS));
        RULES.put("PUT /api/v1/members/{id}/role", by(ADMINS,
                Map.of("version", 0, "role", "VIEWER", "rooftops", List.of("*"))));
        RULES.put("DELETE /api/v1/members/{id}", by(ADMINS).usingUp("member"));
        RULES.put("POST /api/v1/invitations", by(ADMINS,
                Map.of("email", "invited@matrix.example", "role", "VIEWER", "rooftops", List.of("*"))));
        RULES.put("DELETE /api/v1/invitations/{id}", by(ADMINS).usingUp("invitation"));

        RULES.put("GET /api/v1/audit", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/operator-grants", by(ADMINS).wholeOrganization());
        RULES.put("POST /api/v1/operator-grants/{id}/close", by(ADMINS).usingUp("grant").wholeOrganization());
        RULES.put("PUT /api/v1/organization/security", by(OWNERS, Map.of("mfaRequired", false)).wholeOrganization());
        RULES.put("GET /api/v1/billing/events", by(OWNERS).wholeOrganization());
        RULES.put("POST /api/v1/organization/deletion", by(OWNERS, PASSWORD_AGAIN).wholeOrganization());
        RULES.put("DELETE /api/v1/organization/deletion", by(OWNERS).wholeOrganization());

        RULES.put("GET /api/v1/privacy/requests", by(ADMINS).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests", by(ADMINS, Map.of("customerId", "$customer",
                "type", "ACCESS", "requesterEmail", "carla@matrix.example")).wholeOrganization());
        RULES.put("GET /api/v1/privacy/requests/{id}", by(ADMINS).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests/{id}/verify", by(ADMINS, Map.of("method", "ID card")).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests/{id}/extend", by(ADMINS, Map.of("reason", "Many records")).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests/{id}/complete", by(ADMINS, Map.of("resolution", "Done")).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests/{id}/reject", by(ADMINS, Map.of("reason", "Not verified")).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests/{id}/restrict", by(ADMINS).wholeOrganization());
        RULES.put("POST /api/v1/privacy/requests/{id}/erase", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/privacy/requests/{id}/export", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/privacy/export", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/retention/organization", by(ADMINS).wholeOrganization());
        RULES.put("PUT /api/v1/retention/organization", by(ADMINS, Map.of("periods", Map.of())).wholeOrganization());
        RULES.put("GET /api/v1/retention/dry-run", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/legal-holds", by(ADMINS).wholeOrganization());
        RULES.put("POST /api/v1/legal-holds", by(ADMINS, Map.of(
                "subject", Map.of("kind", "CUSTOMER", "id", "$customer"), "reason", "Litigation 12-3")).wholeOrganization());
        RULES.put("POST /api/v1/legal-holds/{id}/release", by(ADMINS).usingUp("hold").wholeOrganization());

        RULES.put("POST /api/v1/operator/grants", operator(Map.of("organizationId", "$organization",
                "reason", "Ticket 4711: counts look wrong", "scope", "READ_ONLY", "duration", "PT1H")));
        RULES.put("GET /api/v1/operator/public-requests", operator(null));
        RULES.put("GET /api/v1/operator/public-requests/{id}", operator(null));
        RULES.put("POST /api/v1/operator/public-requests/{id}/replies", operator(Map.of("message", "Thanks")));
        RULES.put("GET /api/v1/operator/platform-audit", operator(null));
        RULES.put("POST /api/v1/operator/incidents", operator(Map.of("description", "A stolen laptop",
                "foundAt", "2026-01-02T03:04:05Z", "categories", List.of("CUSTOMERS"),
                "organizations", List.of(Map.of("organizationId", "$organization")))));
        RULES.put("GET /api/v1/operator/incidents", operator(null));
        RULES.put("GET /api/v1/incidents", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/incidents/{id}/people", by(ADMINS).wholeOrganization());
        RULES.put("GET /api/v1/operator/retention/dry-run", operator(null));
        RULES.put("GET /api/v1/operator/erasures", operator(null));
        RULES.put("POST /api/v1/operator/erasures/reapply", operator(Map.of("erasures", List.of())));
    }

    static Map<String, Object> order(String roNumber) {
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
            Map.entry("deliveries", "delivery"), Map.entry("devices", "device"), Map.entry("repair-orders", "ro"),
            Map.entry("public-requests", "publicRequest"), Map.entry("incidents", "incident"));

    private static final Pattern VARIABLE = Pattern.compile("/([^/{]+)/\\{(\\w+)}");

    /** One route as the router has it. */
    record Route(String method, String path, boolean rooftopQuery) {
        String key() {
            return method + " " + path;
        }

        /** The row that describes it: a HEAD route (the router adds one for every GET) answers as its GET. */
        String ruleKey() {
            return (method.equals("HEAD") ? "GET" : method) + " " + path;
        }

        /** Its row, or none. */
        Rule rule() {
            return RULES.get(ruleKey());
        }

        boolean hasPathId() {
            return path.contains("{");
        }
    }

    /** The API's routes as the router has them, sorted by path and method. */
    static List<Route> routes(Router router) {
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

    /** Sends {@code route}'s request with {@code ids} in its path, query and body. */
    static Api.Answer call(Api api, Route route, String token, Map<String, String> ids) {
        return api.send(route.method(), path(route, ids), token, body(route, ids));
    }

    /** The path with {@code ids} for its variables (and the rooftop as {@code ?rooftopId=} where it takes one). */
    static String path(Route route, Map<String, String> ids) {
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
        List<String> query = new java.util.ArrayList<>();
        if (route.rooftopQuery()) {
            query.add("rooftopId=" + ids.get("rooftop"));
        }
        if (QUERIES.containsKey(route.ruleKey())) {
            query.add(QUERIES.get(route.ruleKey()));
        }
        return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
    }

    /** The route's sample body with {@code ids} filled in; {@code {}} where a body is read but the row gives none. */
    static Object body(Route route, Map<String, String> ids) {
        Rule rule = route.rule();
        return rule.body() == null && !route.method().equals("GET") && !route.method().equals("HEAD")
                && !route.method().equals("DELETE") ? Map.of() : resolve(rule.body(), ids);
    }

    static Object resolve(Object template, Map<String, String> ids) {
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
}
