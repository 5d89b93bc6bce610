package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The board's lists and an order's page in a real browser: the owner opens a status, an order, and moves it; a viewer
 * sees the order without a single move button and a post forged from the viewer's own session is refused; another
 * organization's order URL shows the not-found page. Every page passes axe-core.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBrowserIT {

    private static final String PASSWORD = "plum tractor harbour lantern";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Browser browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isLessThan(300);
        return json.readValue(response.body(), Map.class);
    }

    /** An owner with one order at the signup rooftop; answers the owner's API token and the order's id. */
    private String[] organization(String email) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationName", "Order Motors " + System.nanoTime());
        body.put("rooftop", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                "stateCode", "IL"));
        body.put("ownerEmail", email);
        body.put("ownerName", "Olive Owner");
        body.put("ownerPassword", PASSWORD);
        Map<String, Object> up = post("/api/v1/signup", null, body);
        String token = String.valueOf(post("/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD))
                .get("accessToken"));
        Object customer = post("/api/v1/customers", token, Map.of("name", "Carla Customer")).get("id");
        Map<String, Object> order = new HashMap<>();
        order.put("rooftopId", up.get("rooftopId"));
        order.put("customerId", customer);
        order.put("vehicle", Map.of("year", 2021, "make", "Toyota", "model", "Camry"));
        order.put("roNumber", "RO-77");
        order.put("partNumber", "90915-YZZD1");
        order.put("description", "Oil filter");
        order.put("quantity", 1);
        order.put("vendor", "Toyota Parts Center");
        order.put("unitPrice", "12.50");
        return new String[] {token, String.valueOf(post("/api/v1/sops", token, order).get("id"))};
    }

    private Page signIn(String email) {
        Page page = browser.newPage();
        page.navigate(server.getURI().resolve("/sign-in").toString());
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/board");
        return page;
    }

    @Test
    void the_owner_opens_a_status_and_moves_an_order_and_a_viewer_sees_no_move() throws Exception {
        String owner = "owner-" + System.nanoTime() + "@orders.example";
        String[] org = organization(owner);
        String sop = org[1];

        Page page = signIn(owner);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 Requested")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Requested")).isVisible())
                .isTrue();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1").setExact(true)).click();
        page.waitForURL("**/sops/" + sop);
        assertThat(page.locator(".status").textContent()).contains("Requested");
        assertThat(page.locator(".moves button").allTextContents()).containsExactly("Ordered", "Cancelled");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ordered")).click();
        page.waitForURL("**/sops/" + sop);
        assertThat(page.locator(".status").textContent()).contains("Ordered");
        assertThat(page.locator(".history li").allTextContents()).singleElement()
                .satisfies(line -> assertThat(line).contains("REQUESTED → ORDERED"));

        String viewer = "viewer-" + System.nanoTime() + "@orders.example";
        Object invitation = post("/api/v1/invitations", org[0], Map.of("email", viewer, "role", "VIEWER",
                "rooftops", java.util.List.of("*")))
                .get("token");
        post("/api/v1/invitations/accept", null, Map.of("token", invitation, "email", viewer, "displayName",
                "Vic Viewer", "password", PASSWORD));
        Page seen = signIn(viewer);
        seen.navigate(server.getURI().resolve("/sops/" + sop).toString());
        assertThat(seen.locator(".status").textContent()).contains("Ordered");
        assertThat(seen.locator(".moves button").count()).as("no move for a viewer").isZero();
        String formToken = seen.context().cookies().stream().filter(c -> c.name.equals(Csrf.COOKIE)).findFirst()
                .orElseThrow().value;
        APIResponse forged = seen.context().request().post(server.getURI().resolve("/sops/" + sop + "/move")
                .toString(), RequestOptions.create().setForm(FormData.create().set("_csrf", formToken)
                .set("version", "1").set("to", "RECEIVED")).setMaxRedirects(0));
        assertThat(forged.status()).as("the server refuses what the page did not offer").isEqualTo(403);
        page.reload();
        assertThat(page.locator(".status").textContent()).contains("Ordered");

        String stranger = "stranger-" + System.nanoTime() + "@orders.example";
        organization(stranger);
        Page other = signIn(stranger);
        other.navigate(server.getURI().resolve("/sops/" + sop).toString());
        assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("Not found");
        assertThat(browser.accessibilityViolations(other)).isEmpty();
    }
}
