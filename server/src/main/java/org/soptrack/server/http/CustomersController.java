package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.server.security.Principals;

/** The customers special orders are for, with how they may be contacted. */
@Controller("/api/v1/customers")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class CustomersController {

    private final GetCustomerUseCase getCustomer;
    private final RegisterCustomerUseCase registerCustomer;
    private final RestrictCustomerUseCase restrict;

    CustomersController(GetCustomerUseCase getCustomer, RegisterCustomerUseCase registerCustomer,
                        RestrictCustomerUseCase restrict) {
        this.getCustomer = getCustomer;
        this.registerCustomer = registerCustomer;
        this.restrict = restrict;
    }

    @Post
    HttpResponse<?> register(Authentication auth, @Body NewCustomer body) {
        var contact = new Customer.Contact(body.name(), Input.optional("phone", body.phone(), PhoneNumber::of),
                Input.optional("email", body.email(), Email::of),
                body.preferences() == null ? ContactPreferences.allChannels() : body.preferences().preferences());
        var command = new RegisterCustomerUseCase.Command(Principals.actor(auth), contact);
        return Problems.respond(registerCustomer.register(command), HttpStatus.CREATED, CustomerJson::of);
    }

    @Get("/{id}")
    HttpResponse<?> get(Authentication auth, @PathVariable String id) {
        var query = new GetCustomerUseCase.Query(Principals.actor(auth), Input.pathId(id, CustomerId::parse));
        return Problems.ok(getCustomer.get(query), CustomerJson::of);
    }

    /** R-DSR-5: {@code {ground: RESTRICTION or OBJECTION}}; the data stays, no message goes to the customer. */
    @Post("/{id}/restriction")
    HttpResponse<?> restrict(Authentication auth, @PathVariable String id, @Body Restriction body) {
        return Problems.ok(restrict.restrict(restriction(auth, id, body)), CustomerJson::of);
    }

    @Delete("/{id}/restriction")
    HttpResponse<?> lift(Authentication auth, @PathVariable String id) {
        return Problems.ok(restrict.lift(new RestrictCustomerUseCase.Command(Principals.actor(auth),
                Input.pathId(id, CustomerId::parse), RestrictCustomerUseCase.Ground.RESTRICTION)), CustomerJson::of);
    }

    private static RestrictCustomerUseCase.Command restriction(Authentication auth, String id, Restriction body) {
        CustomerId customer = Input.pathId(id, CustomerId::parse);
        return new RestrictCustomerUseCase.Command(Principals.actor(auth), customer,
                Input.required("ground", body.ground(), RestrictCustomerUseCase.Ground::valueOf));
    }

    @Serdeable
    record Restriction(@Nullable String ground) {
    }

    @Serdeable
    record Preferences(boolean call, boolean sms, boolean email, boolean optedOut) {
        ContactPreferences preferences() {
            return new ContactPreferences(call, sms, email, optedOut);
        }
    }

    @Serdeable
    record NewCustomer(String name, @Nullable String phone, @Nullable String email, @Nullable Preferences preferences) {
    }

    @Serdeable
    record CustomerJson(String id, long version, String name, @Nullable String phone, @Nullable String email,
                        Preferences preferences, @Nullable Instant restrictedSince) {
        static CustomerJson of(Customer c) {
            var p = c.contact().preferences();
            return new CustomerJson(c.id().value().toString(), c.version(), c.contact().name(),
                    c.contact().phone().map(PhoneNumber::value).orElse(null),
                    c.contact().email().map(Email::value).orElse(null),
                    new Preferences(p.call(), p.sms(), p.email(), p.optedOut()),
                    c.state().restrictedSince().orElse(null));
        }
    }
}
