package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document the build writes, read as a client generator would: every operation typed, named once, tagged,
 * its failures documented as problems, and a token asked for exactly where the API asks for one. The routes that need
 * no token are listed here, from the routes marked anonymous, anyone or the provider in docs/api.md, not taken from the code.
 */
class OpenApiDocumentTest {

    /** Method and path of every route a caller reaches without a token. */
    private static final Set<String> PUBLIC_ROUTES = Set.of(
            "post /api/v1/signup",
            "post /api/v1/auth/login",
            "post /api/v1/auth/login/choose",
            "post /api/v1/auth/login/second-factor",
            "post /api/v1/auth/refresh",
            "post /api/v1/auth/password/forgot",
            "post /api/v1/auth/password/reset",
            "post /api/v1/auth/email/confirm",
            "post /api/v1/invitations/accept",
            "post /api/v1/public/requests",
            "post /api/v1/sms/inbound",
            "post /api/v1/billing/events",
            "get /api/v1/retention/policy");

    private static final Set<String> AREAS = Set.of("Account", "Audit and operator access", "Billing", "Customers",
            "Notes", "Notifications", "Organization", "Privacy", "Public requests", "Receiving",
            "Repair orders and calls", "Retention and legal holds", "Rooftops", "Search", "Second factor", "Sign-in",
            "Sign-up", "Special orders", "Team", "Webhooks");

    private static final List<String> PROBLEM_STATUSES = List.of("400", "401", "403", "404", "409", "422", "429");

    private static Map<String, Object> document;
    private static final List<Operation> OPERATIONS = new ArrayList<>();

    record Operation(String method, String path, Map<String, Object> body) {
        String route() {
            return method + " " + path;
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/soptrack-v1.yml")) {
            assertThat(in).as("the OpenAPI document on the class path").isNotNull();
            document = new Yaml().load(in);
        }
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, methods) -> methods.forEach((method, op) ->
                OPERATIONS.add(new Operation(method, path, (Map<String, Object>) op))));
        assertThat(OPERATIONS).hasSizeGreaterThan(80);
    }

    @Test
    void only_the_api_is_described_not_the_staff_pages() {
        assertThat(OPERATIONS).allSatisfy(op -> assertThat(op.path()).startsWith("/api/v1/"));
    }

    @Test
    void every_operation_has_its_own_name_and_one_area() {
        Set<String> seen = new HashSet<>();
        for (Operation op : OPERATIONS) {
            String id = (String) op.body().get("operationId");
            assertThat(id).as(op.route()).matches("[a-z][A-Za-z]+");
            assertThat(seen.add(id)).as("operationId %s used twice", id).isTrue();
            assertThat(op.body().get("tags")).as(op.route()).asList().singleElement().isIn(AREAS);
        }
    }

    @Test
    void a_token_is_asked_for_exactly_where_the_api_needs_one() {
        assertThat(document).doesNotContainKey("security");
        Set<String> open = new HashSet<>();
        for (Operation op : OPERATIONS) {
            Object security = op.body().get("security");
            if (security == null) {
                open.add(op.route());
            } else {
                assertThat(security).as(op.route()).isEqualTo(List.of(Map.of("bearer", List.of())));
            }
        }
        assertThat(open).isEqualTo(PUBLIC_ROUTES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_success_names_its_body() {
        for (Operation op : OPERATIONS) {
            var responses = (Map<String, Map<String, Object>>) op.body().get("responses");
            var answers = responses.keySet().stream().filter(code -> code.matches("[23]..")).toList();
            assertThat(answers).as(op.route()).isNotEmpty();
            for (String code : answers) {
                var content = (Map<String, Map<String, Object>>) responses.get(code).get("content");
                if (code.equals("204")) {
                    assertThat(content).as(op.route()).isNull();
                    continue;
                }
                assertThat(content).as(op.route() + " " + code).isNotEmpty();
                content.forEach((mediaType, media) -> {
                    var schema = (Map<String, Object>) media.get("schema");
                    assertThat(typed(schema)).as("%s %s %s %s", op.route(), code, mediaType, schema).isTrue();
                });
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_failure_is_a_problem_document() {
        var schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components"))
                .get("schemas");
        assertThat((Map<String, Object>) schemas.get("Problem").get("properties"))
                .containsKeys("type", "title", "status", "detail", "field");
        for (Operation op : OPERATIONS) {
            var responses = (Map<String, Map<String, Object>>) op.body().get("responses");
            for (String status : PROBLEM_STATUSES) {
                assertThat(responses).as(op.route()).containsKey(status);
                var content = (Map<String, Map<String, Object>>) responses.get(status).get("content");
                assertThat(content).as(op.route() + " " + status).containsOnlyKeys(Problems.MEDIA_TYPE);
                assertThat(content.get(Problems.MEDIA_TYPE).get("schema"))
                        .isEqualTo(Map.of("$ref", "#/components/schemas/Problem"));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void numbers_in_the_query_are_integers() {
        int seen = 0;
        for (Operation op : OPERATIONS) {
            for (var parameter : (List<Map<String, Object>>) op.body().getOrDefault("parameters", List.of())) {
                if (List.of("limit", "sopNumber").contains(parameter.get("name"))) {
                    assertThat(((Map<String, Object>) parameter.get("schema")).get("type")).as(op.route())
                            .isEqualTo("integer");
                    seen++;
                }
            }
        }
        assertThat(seen).as("limit on seven lists (the platform audit log and incidents the last two) and the SOP number")
                .isEqualTo(8);
    }

    /** A schema a generator can type: a reference, a list or map of them, a typed value, or a file. */
    @SuppressWarnings("unchecked")
    private static boolean typed(Map<String, Object> schema) {
        if (schema == null) {
            return false;
        }
        if (schema.containsKey("$ref")) {
            return true;
        }
        Object type = schema.get("type");
        if ("array".equals(type)) {
            return typed((Map<String, Object>) schema.get("items"));
        }
        if ("object".equals(type)) {
            return schema.get("additionalProperties") instanceof Map<?, ?> values
                    && typed((Map<String, Object>) values);
        }
        return List.of("string", "integer", "number", "boolean").contains(type);
    }
}
