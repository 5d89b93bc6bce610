package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signing in and out of the staff application in a real browser (R-WEB-2, R-WEB-3, R-WEB-5): the sign-in page and the
 * board pass axe-core with no script error under their policy; a password opens the board of the rooftop; signing
 * out ends the session on the server, so the same cookie no longer opens a page; a change posted without the
 * browser's form token (another site's form) is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserIT {

    private static final String PASSWORD = "plum tractor harbour lantern";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Browser browser;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() {
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    /** An organization signed up over the API, with one special order at its rooftop. */
    @SuppressWarnings("unchecked")
    private String signUp(String email) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationName", "Browser Motors " + System.nanoTime());
        body.put("rooftop", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                "stateCode", "IL"));
        body.put("ownerEmail", email);
        body.put("ownerName", "Olive Owner");
        body.put("ownerPassword", PASSWORD);
        Map<String, Object> up = json.readValue(post("/api/v1/signup", null, body).body(), Map.class);
        Map<String, Object> login = json.readValue(post("/api/v1/auth/login", null, Map.of("email", email,
                "password", PASSWORD)).body(), Map.class);
        String token = String.valueOf(login.get("accessToken"));
        Map<String, Object> customer = json.readValue(post("/api/v1/customers", token, Map.of("name",
                "Carla Customer")).body(), Map.class);
        Map<String, Object> order = new HashMap<>();
        order.put("rooftopId", up.get("rooftopId"));
        order.put("customerId", customer.get("id"));
        order.put("vehicle", Map.of("year", 2021, "make", "Toyota", "model", "Camry"));
        order.put("roNumber", "RO-1");
        order.put("partNumber", "90915-YZZD1");
        order.put("description", "Oil filter");
        order.put("quantity", 1);
        order.put("vendor", "Toyota Parts Center");
        order.put("unitPrice", "12.50");
        assertThat(post("/api/v1/sops", token, order).statusCode()).isEqualTo(201);
        return String.valueOf(up.get("rooftopId"));
    }

    private HttpResponse<String> post(String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What went wrong in the page beyond its own status: a script error or a refusal by the policy (console errors
     * other than the browser's note of the document's 4xx), or a stylesheet or script that did not load.
     */
    private static List<String> errorsOf(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (!r.request().resourceType().equals("document") && r.status() >= 400) {
                errors.add(r.status() + " " + r.url());
            }
        });
        return errors;
    }

    @Test
    void a_password_opens_the_board_and_signing_out_ends_the_session() throws Exception {
        String email = "browser-" + System.nanoTime() + "@web.example";
        signUp(email);
        Page page = browser.newPage();
        List<String> errors = errorsOf(page);
        page.navigate(server.getURI().toString());
        assertThat(page.url()).endsWith("/sign-in");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("wrong");

        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/board");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("Main Street Toyota");
        assertThat(page.locator(".counts li").first().textContent()).contains("1").contains("Requested");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        Cookie session = page.context().cookies().stream().filter(c -> c.name.equals(WebSession.COOKIE))
                .findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(server.getURI().resolve("/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", WebSession.COOKIE + "=" + session.value)
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=guess")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("another site's form").isEqualTo(403);
        page.reload();
        assertThat(page.url()).as("still signed in").endsWith("/board");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/sign-in");
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(server.getURI().resolve("/board"))
                .header("Cookie", WebSession.COOKIE + "=" + session.value).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).as("the old cookie opens nothing").isEqualTo(303);
        assertThat(stale.headers().firstValue("Location")).contains("/sign-in");
        assertThat(errors).as("nothing the policy refused, no script error").isEmpty();
    }

    @Test
    void signing_in_works_from_the_keyboard_alone() throws Exception {
        String email = "keyboard-" + System.nanoTime() + "@web.example";
        signUp(email);
        Page page = browser.newPage();
        page.navigate(server.getURI().resolve("/sign-in").toString());
        // From the top of the page: the brand link, then the form's fields in order.
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("email");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/board");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                .as("the focused control shows it").isNotEqualTo("none");
    }

    @Test
    void the_api_does_not_take_the_session_cookie() throws Exception {
        String email = "cookie-" + System.nanoTime() + "@web.example";
        signUp(email);
        Page page = browser.newPage();
        page.navigate(server.getURI().resolve("/sign-in").toString());
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/board");
        String cookie = page.context().cookies().stream().filter(c -> c.name.equals(WebSession.COOKIE))
                .findFirst().orElseThrow().value;
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/me"))
                .header("Cookie", WebSession.COOKIE + "=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }
}
