package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.soptrack.server.http.RouteTable.RULES;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.server.http.RouteTable.Kind;
import org.soptrack.server.http.RouteTable.Route;
import org.soptrack.server.http.RouteTable.Rule;
import org.soptrack.server.http.Tenants.Tenant;

/**
 * The authorization matrix, generated from the server's own route table: every route × every role (and an operator,
 * and nobody) × {own organization's id, another organization's id, an id that names nothing}.
 * <ul>
 *   <li>Without a token every route answers 401, unless it is one of the public ones; so does every such route to a
 *       token whose session ended (logged out), whatever the route needs, unless the request is malformed.</li>
 *   <li>In its own organization a role without the route's permission gets 403; a role with it gets through (any
 *       answer but 401, 403, 404 or a 5xx: a refusal of the step itself, 409 or 422, still means it got in). An
 *       operator without a grant gets no success on an organization's routes.</li>
 *   <li>Every role of another organization, sending the first organization's ids, gets exactly what an id that names
 *       nothing gets (status, problem type and, for a success, the body), never a success on a path id, and never a
 *       byte of the first organization's data.</li>
 *   <li>Members limited to a second rooftop (R-TEN-2) get 403 from every organization-wide route their role could
 *       otherwise use, and from every other route exactly what an id that names nothing gets, never the first
 *       rooftop's customer or the contact of a member of every rooftop.</li>
 * </ul>
 * A route the table below does not describe fails the test, so a new endpoint has to be placed in the matrix.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixIT extends IdentityProviderTestSupport {

    @Inject
    Router router;

    private final List<String> failures = new ArrayList<>();
    private int cases;

    @Test
    void every_route_answers_every_role_as_the_matrix_says() {
        List<Route> routes = RouteTable.routes(router);
        Set<String> uncovered = routes.stream().map(Route::ruleKey).filter(k -> !RULES.containsKey(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(uncovered).as("routes the authorization matrix does not describe").isEmpty();
        Set<String> stale = new TreeSet<>(RULES.keySet());
        routes.forEach(r -> stale.remove(r.ruleKey()));
        assertThat(stale).as("matrix rows for routes that no longer exist").isEmpty();

        Tenants tenants = new Tenants(api, () -> idp.token(c -> c.subject("idp|matrix-support")
                .claim("soptrack_operator", true)));
        Tenant a = tenants.signUp("a", "Alpha Motors", "Aurelia Alpha", "+12175550111");
        Tenant b = tenants.signUp("b", "Bravo Autos", "Bruno Bravo", "+12175550122");
        Map<String, String> nothing = new HashMap<>();
        a.ids().keySet().forEach(name -> nothing.put(name, name.equals("ro") ? "RO-M9"
                : UUID.randomUUID().toString()));
        String operator = idp.token(c -> c.subject("idp|matrix-operator").claim("soptrack_operator", true));

        String signedOut = api.logIn(a.org().id(), Tenants.email("a", Role.ADVISOR));
        assertThat(api.post(RouteTable.API + "/auth/logout", signedOut, null).status()).isEqualTo(204);
        for (Route route : routes) {
            Rule rule = route.rule();
            Api.Answer answer = call(route, null, a.ids());
            expect(answer.status() < 500, route, "nobody", answer);
            if (rule.kind() != Kind.PUBLIC) {
                expect(answer.status() == 401, route, "nobody", answer);
                // 401, unless the request itself is malformed (input is read before anyone is asked)
                Api.Answer after = call(route, signedOut, a.ids());
                expect(after.status() == 401 || after.status() == 400 || after.status() == 422, route,
                        "a member whose session ended", after);
            }
        }
        for (Route route : routes) {
            Rule rule = route.rule();
            if (rule.kind() == Kind.PUBLIC) {
                continue;
            }
            for (Role role : Role.values()) {
                if (!rule.allows(role)) {
                    Api.Answer answer = call(route, a.tokens().get(role), a.ids());
                    expect(answer.status() == 403, route, role + " (own organization)", answer);
                }
            }
            if (rule.kind() != Kind.OPERATOR) {
                Api.Answer answer = call(route, operator, a.ids());
                expect(answer.status() >= 400 && answer.status() < 500, route, "operator without a grant", answer);
            }
        }
        for (Route route : routes) {
            Rule rule = route.rule();
            if (rule.kind() == Kind.PUBLIC || rule.kind() == Kind.OPERATOR || !namesAnId(route, rule)) {
                continue;
            }
            for (Role role : Role.values()) {
                String token = b.tokens().get(role);
                Api.Answer foreign = call(route, token, a.ids());
                Api.Answer missing = call(route, token, nothing);
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
        for (Route route : routes) {
            Rule rule = route.rule();
            if (rule.kind() != Kind.PERMISSION) {
                continue;
            }
            for (Map.Entry<Role, String> limited : a.limited().entrySet()) {
                if (!rule.allows(limited.getKey())) {
                    continue;
                }
                String who = limited.getKey() + " limited to another rooftop";
                Api.Answer answer = call(route, limited.getValue(), a.ids());
                if (rule.organizationWide()) {
                    expect(answer.status() == 403, route, who, answer);
                    continue;
                }
                if (namesAnId(route, rule)) {
                    Api.Answer missing = call(route, limited.getValue(), nothing);
                    expect(answer.status() == missing.status() && Objects.equals(answer.problem(), missing.problem()),
                            route, who, answer + " but for an id that names nothing " + missing);
                    expect(answer.status() < 200 || answer.status() > 299 || !route.hasPathId(), route, who, answer);
                }
                for (String secret : a.mainRooftopSecrets()) {
                    expect(!String.valueOf(answer.body()).contains(secret), route, who,
                            "shows \"" + secret + "\": " + answer);
                }
            }
        }
        List<Route> ordered = new ArrayList<>(routes);
        ordered.sort(Comparator.comparing((Route r) -> r.rule().ends())
                .thenComparing(r -> r.path().endsWith("/close")));
        for (Route route : ordered) {
            Rule rule = route.rule();
            if (rule.kind() == Kind.PUBLIC) {
                continue;
            }
            if (rule.kind() == Kind.OPERATOR) {
                permitted(route, rule, "operator", operator, a.ids());
                continue;
            }
            for (Role role : Role.values()) {
                if (rule.allows(role)) {
                    String token = rule.ends() ? api.logIn(a.org().id(), Tenants.email("a", role)) : a.tokens().get(role);
                    Map<String, String> ids = new HashMap<>(a.ids());
                    rule.fresh().forEach(name -> ids.put(name, tenants.make(a, name)));
                    permitted(route, rule, role + " (own organization)", token, ids);
                }
            }
        }

        System.out.printf("Authorization matrix: %d routes, %d cases%n", routes.size(), cases);
        assertThat(failures).as("authorization matrix failures (%d cases)", cases).isEmpty();
        assertThat(cases).isGreaterThan(routes.size() * Role.values().length);
    }

    private Api.Answer call(Route route, String token, Map<String, String> ids) {
        return RouteTable.call(api, route, token, ids);
    }

    private void permitted(Route route, Rule rule, String who, String token, Map<String, String> ids) {
        Api.Answer answer = call(route, token, ids);
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

}
