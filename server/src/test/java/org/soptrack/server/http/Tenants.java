package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.soptrack.server.http.RouteTable.API;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.soptrack.core.domain.tenancy.Role;

/** Organizations signed up over HTTP with a member of every role and one of each thing a route can name. */
final class Tenants {

    /**
     * One organization's actors, the ids of its things ({@link RouteTable}'s placeholders) and text only it holds;
     * {@code limited} holds members of some roles limited to a second rooftop, and {@code mainRooftopSecrets} the text
     * they must never see, since it belongs to the first rooftop or to members of every rooftop.
     */
    record Tenant(String name, Api.Org org, Map<Role, String> tokens, Map<String, String> ids, List<String> secrets,
                  Map<Role, String> limited, List<String> mainRooftopSecrets) {
    }

    /** The roles that get a member limited to the second rooftop. */
    static final List<Role> LIMITED_ROLES = List.of(Role.ADMIN, Role.ADVISOR);

    private final Api api;
    private final Supplier<String> operatorToken;

    Tenants(Api api, Supplier<String> operatorToken) {
        this.api = api;
        this.operatorToken = operatorToken;
    }

    static String email(String tenant, Role role) {
        return role.name().toLowerCase().replace('_', '-') + "@" + tenant + ".matrix.example";
    }

    /** Signs up an organization with a member of every role and one of each thing a route can name. */
    Tenant signUp(String name, String organizationName, String customerName, String phone) {
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
        ids.put("sop", created(api.post(API + "/sops", owner, RouteTable.resolve(RouteTable.order("RO-M1"), ids))));
        ids.put("ro", "RO-M1");
        ids.put("publicRequest", created(api.post(API + "/public/requests", null, Map.of("kind", "SUPPORT",
                "name", name, "dealership", name + " Motors", "email", "support@matrix.example",
                "message", "A question from " + name))));
        ids.put("member", make(org, "member", name));
        ids.put("invitation", make(org, "invitation", name));
        ids.put("grant", make(org, "grant", name));
        ids.put("hold", make(org, "hold", name, ids));
        ids.put("incident", make(org, "incident", name));
        ids.put("request", created(api.post(API + "/privacy/requests", owner, Map.of("customerId", ids.get("customer"),
                "type", "ACCESS", "requesterEmail", "subject@" + name + ".matrix.example"))));
        Api.Answer deliveries = api.get(API + "/notifications/deliveries", owner);
        ids.put("delivery", String.valueOf(deliveries.list("items").get(0).get("id")));
        ids.put("device", UUID.randomUUID().toString());
        List<String> secrets = List.of(organizationName, customerName, phone, email(name, Role.ADVISOR));
        String south = created(api.post(API + "/rooftops", owner, Map.of("name", "South Street Lexus", "brand", "Lexus",
                "city", "Peoria", "stateCode", "IL")));
        Map<Role, String> limited = new LinkedHashMap<>();
        for (Role role : LIMITED_ROLES) {
            limited.put(role, api.member(org, role.name().toLowerCase() + "-south@" + name + ".matrix.example",
                    role.name(), List.of(south)));
        }
        return new Tenant(name, org, tokens, ids, secrets, limited,
                List.of(customerName, phone, email(name, Role.ADVISOR)));
    }

    String make(Tenant tenant, String kind) {
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
                    operatorToken.get(),
                    Map.of("organizationId", org.id(), "reason", "Ticket " + n + ": counts look wrong",
                            "scope", "READ_ONLY", "duration", "PT1H")));
            case "incident" -> created(api.post(API + "/operator/incidents", operatorToken.get(), Map.of(
                    "description", "Incident " + n + " at " + name, "foundAt", "2026-01-02T03:04:05Z",
                    "categories", List.of("CUSTOMERS", "MEMBERS"),
                    "organizations", List.of(Map.of("organizationId", org.id())))));
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
