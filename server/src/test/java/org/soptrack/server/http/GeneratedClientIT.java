package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.client.ApiClient;
import org.soptrack.client.ApiException;
import org.soptrack.client.api.CustomersApi;
import org.soptrack.client.api.SignInApi;
import org.soptrack.client.api.SignUpApi;
import org.soptrack.client.api.SpecialOrdersApi;
import org.soptrack.client.model.AuthControllerLoginRequest;
import org.soptrack.client.model.CustomersControllerNewCustomer;
import org.soptrack.client.model.Problem;
import org.soptrack.client.model.RooftopJsonDetails;
import org.soptrack.client.model.SignupControllerSignupRequest;
import org.soptrack.client.model.SignupControllerSignupResponse;
import org.soptrack.client.model.SopJsonDetails;
import org.soptrack.client.model.SopJsonTransition;
import org.soptrack.client.model.SopJsonVehicleJson;

/**
 * The Java client openapi-generator writes from the server's OpenAPI document (at build time, into the tests' sources)
 * runs the first session of docs/api.md: sign up, log in, a customer, a special order, a move, the list. Its failures
 * arrive as the documented problems, and another organization's client sees nothing of it.
 */
@MicronautTest(transactional = false)
class GeneratedClientIT {

    private static final String PASSWORD = "plum tractor harbour lantern";

    @Inject
    EmbeddedServer server;

    private ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.getURI().toString().replaceAll("/$", ""));
        return client;
    }

    private ApiClient signedIn(String token) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private record Organization(SignupControllerSignupResponse ids, ApiClient client) {
    }

    private Organization signUp(String name, String email) throws ApiException {
        var ids = new SignUpApi(anonymous()).signUp(new SignupControllerSignupRequest()
                .organizationName(name)
                .rooftop(new RooftopJsonDetails().name(name + " Toyota").brand("Toyota").city("Springfield")
                        .stateCode("IL"))
                .ownerEmail(email).ownerName("Olive Owner").ownerPassword(PASSWORD));
        var tokens = new SignInApi(anonymous()).logIn(new AuthControllerLoginRequest().email(email).password(PASSWORD));
        assertThat(tokens.getTokenType()).isEqualTo("Bearer");
        assertThat(tokens.getMember().getOrganizationId()).isEqualTo(ids.getOrganizationId());
        return new Organization(ids, signedIn(tokens.getAccessToken()));
    }

    @Test
    void the_readme_session_runs_through_the_generated_client() throws Exception {
        Organization acme = signUp("Acme Motor Group", "olive@acme-client.example");

        var customer = new CustomersApi(acme.client()).registerCustomer(new CustomersControllerNewCustomer()
                .name("Carla Customer").phone("+12175550100"));
        assertThat(customer.getVersion()).isZero();
        assertThat(customer.getPhone()).isEqualTo("+12175550100");

        var orders = new SpecialOrdersApi(acme.client());
        var opened = orders.createSpecialOrder(new SopJsonDetails()
                .rooftopId(acme.ids().getRooftopId()).customerId(customer.getId())
                .vehicle(new SopJsonVehicleJson().year(2021).make("Toyota").model("Camry"))
                .roNumber("RO-1001").partNumber("90915-YZZD1").description("Oil filter").quantity(2)
                .vendor("Toyota Parts Center").unitPrice("12.50"));
        assertThat(opened.getStatus()).isEqualTo("REQUESTED");
        assertThat(opened.getSopNumber()).isEqualTo(1L);
        assertThat(opened.getAllowedTransitions()).containsExactlyInAnyOrder("CANCELLED", "ORDERED");

        var ordered = orders.transitionSpecialOrder(opened.getId(),
                new SopJsonTransition().version(opened.getVersion()).to("ORDERED"));
        assertThat(ordered.getStatus()).isEqualTo("ORDERED");
        assertThat(ordered.getVersion()).isEqualTo(opened.getVersion() + 1);

        var page = orders.specialOrders(List.of("ORDERED"), null, "RO-1001", null, null, null, null, 20, null);
        assertThat(page.getItems()).extracting("id").containsExactly(opened.getId());
        assertThat(page.getNext()).isNull();
        assertThat(orders.countSpecialOrders(null)).containsEntry("ORDERED", 1L).containsEntry("REQUESTED", 0L);
    }

    @Test
    void failures_arrive_as_the_documented_problems() throws Exception {
        Organization acme = signUp("Problem Motors", "olive@problem-client.example");
        var orders = new SpecialOrdersApi(acme.client());

        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> orders.getSpecialOrder(UUID.randomUUID().toString()));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseHeaders().firstValue("Content-Type")).hasValue(Problems.MEDIA_TYPE);
        Problem problem = new ObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo("urn:soptrack:problem:not-found");
        assertThat(problem.getStatus()).isEqualTo(404);

        ApiException tooMany = catchThrowableOfType(ApiException.class,
                () -> orders.specialOrders(null, null, null, null, null, null, null, 500, null));
        assertThat(tooMany.getCode()).isEqualTo(422);
        assertThat(new ObjectMapper().readValue(tooMany.getResponseBody(), Problem.class).getField())
                .isEqualTo("limit");

        ApiException noToken = catchThrowableOfType(ApiException.class,
                () -> new SpecialOrdersApi(anonymous()).countSpecialOrders(null));
        assertThat(noToken.getCode()).isEqualTo(401);
    }

    @Test
    void another_organizations_client_sees_nothing() throws Exception {
        Organization a = signUp("Alpha Autos", "olive@alpha-client.example");
        Organization b = signUp("Beta Cars", "olive@beta-client.example");
        var customer = new CustomersApi(a.client()).registerCustomer(new CustomersControllerNewCustomer()
                .name("Alma Customer"));
        var order = new SpecialOrdersApi(a.client()).createSpecialOrder(new SopJsonDetails()
                .rooftopId(a.ids().getRooftopId()).customerId(customer.getId())
                .vehicle(new SopJsonVehicleJson().year(2020).make("Toyota").model("RAV4"))
                .roNumber("RO-7").partNumber("04465-0R010").description("Brake pads").quantity(1)
                .vendor("Toyota Parts Center").unitPrice("80.00"));

        var bOrders = new SpecialOrdersApi(b.client());
        assertThat(catchThrowableOfType(ApiException.class, () -> bOrders.getSpecialOrder(order.getId())).getCode())
                .isEqualTo(404);
        assertThat(catchThrowableOfType(ApiException.class,
                () -> new CustomersApi(b.client()).getCustomer(customer.getId())).getCode()).isEqualTo(404);
        assertThat(bOrders.specialOrders(null, null, null, null, null, null, null, null, null).getItems()).isEmpty();
        assertThat(bOrders.countSpecialOrders(null).values()).containsOnly(0L);
        assertThat(new SpecialOrdersApi(a.client()).specialOrders(null, null, null, null, null, null, null, null, null)
                .getItems()).extracting("id").containsExactly(order.getId());
    }
}
