package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the browser tests set up through the REST API (an organization with its owner, members, customers and orders)
 * and signing a person in from a fresh browser context.
 */
final class WebFixture {

    static final String PASSWORD = "plum tractor harbour lantern";

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final Browser browser;
    private final HttpClient http = HttpClient.newHttpClient();

    WebFixture(EmbeddedServer server, JsonMapper json, Browser browser) {
        this.server = server;
        this.json = json;
        this.browser = browser;
    }

    /** An organization signed up through the API: its id, its owner's e-mail and API token, its first rooftop. */
    record Org(String id, String ownerEmail, String token, String rooftopId) {
    }

    String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/json");
        try {
            request.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s", path, response.body()).isLessThan(300);
            return response.body().isBlank() ? Map.of() : json.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Org organization(String name) {
        String email = "owner-" + System.nanoTime() + "@" + name.toLowerCase().replace(' ', '-') + ".example";
        Map<String, Object> body = new HashMap<>();
        body.put("organizationName", name + " " + System.nanoTime());
        body.put("rooftop", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                "stateCode", "IL"));
        body.put("ownerEmail", email);
        body.put("ownerName", "Olive Owner");
        body.put("ownerPassword", PASSWORD);
        Map<String, Object> up = post("/api/v1/signup", null, body);
        return new Org(String.valueOf(up.get("organizationId")), email, token(email),
                String.valueOf(up.get("rooftopId")));
    }

    String token(String email) {
        return String.valueOf(post("/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD))
                .get("accessToken"));
    }

    /** A member of {@code org} with {@code role} at every rooftop, invited and accepted; answers their e-mail. */
    String member(Org org, String role, String name) {
        String email = role.toLowerCase() + "-" + System.nanoTime() + "@members.example";
        Object invitation = post("/api/v1/invitations", org.token(), Map.of("email", email, "role", role,
                "rooftops", List.of("*"))).get("token");
        post("/api/v1/invitations/accept", null, Map.of("token", invitation, "email", email, "displayName", name,
                "password", PASSWORD));
        return email;
    }

    String customer(Org org, String name) {
        return String.valueOf(post("/api/v1/customers", org.token(), Map.of("name", name)).get("id"));
    }

    /** A special order opened through the API at the organization's first rooftop; answers its id. */
    String order(Org org, String token, String customer, String ro, String part) {
        Map<String, Object> order = new HashMap<>();
        order.put("rooftopId", org.rooftopId());
        order.put("customerId", customer);
        order.put("vehicle", Map.of("year", 2021, "make", "Toyota", "model", "Camry"));
        order.put("roNumber", ro);
        order.put("partNumber", part);
        order.put("description", "Oil filter");
        order.put("quantity", 1);
        order.put("vendor", "Toyota Parts Center");
        order.put("unitPrice", "12.50");
        return String.valueOf(post("/api/v1/sops", token, order).get("id"));
    }

    /** Moves an order through the API from the version it is at. */
    void move(String token, String order, long version, String to) {
        post("/api/v1/sops/" + order + "/transitions", token, Map.of("version", version, "to", to));
    }

    /** A fresh browser context signed in as {@code email}, on the board. */
    Page signIn(String email) {
        Page page = browser.newPage();
        page.navigate(url("/sign-in"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/board");
        return page;
    }
}
