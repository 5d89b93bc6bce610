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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.in.CorrectCustomerUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.server.security.Principals;

/** The customers special orders are for, with how they may be contacted. */
@Tag(name = "Customers")
@ProblemResponses
@Controller("/api/v1/customers")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class CustomersController {

    private final GetCustomerUseCase getCustomer;
    private final RegisterCustomerUseCase registerCustomer;
    private final RestrictCustomerUseCase restrict;
    private final CorrectCustomerUseCase correct;
    private final PhoneNumbers phones;

    CustomersController(GetCustomerUseCase getCustomer, RegisterCustomerUseCase registerCustomer,
                        RestrictCustomerUseCase restrict, CorrectCustomerUseCase correct, PhoneNumbers phones) {
        this.phones = phones;
        this.getCustomer = getCustomer;
        this.registerCustomer = registerCustomer;
        this.restrict = restrict;
        this.correct = correct;
    }

    /** Registers a customer. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CustomerJson> registerCustomer(Authentication auth, @Body NewCustomer body) {
        var contact = contact(auth, body.name(), body.phone(), body.email(),
                body.preferences() == null ? ContactPreferences.allChannels() : body.preferences().preferences());
        var command = new RegisterCustomerUseCase.Command(Principals.actor(auth), contact);
        return Problems.respond(registerCustomer.register(command), HttpStatus.CREATED, CustomerJson::of);
    }

    /**
     * {@code {version, name, phone?, email?, preferences, rectifies?}}: the customer's data as it should be now; a
     * phone or e-mail left out is removed. {@code rectifies} names the rectification request this answers.
     */
    @Put("/{id}")
    HttpResponse<CustomerJson> correctCustomer(Authentication auth, @PathVariable String id,
                                               @Body CorrectedCustomer body) {
        if (body.preferences() == null) {
            throw new InvalidValueException("preferences", "is required");
        }
        var command = new CorrectCustomerUseCase.Command(Principals.actor(auth), Input.pathId(id, CustomerId::parse),
                body.version(), contact(auth, body.name(), body.phone(), body.email(), body.preferences().preferences()),
                Input.optional("rectifies", body.rectifies(), SubjectRequestId::parse));
        return Problems.ok(correct.correct(command), CustomerJson::of);
    }

    private Customer.Contact contact(Authentication auth, String name, String phone, String email,
                                     ContactPreferences preferences) {
        return new Customer.Contact(name, phones.forCaller(Principals.actor(auth), Optional.empty())
                .optional("phone", phone),
                Input.optional("email", email, Email::of), preferences);
    }

    /** One customer. */
    @Get("/{id}")
    HttpResponse<CustomerJson> getCustomer(Authentication auth, @PathVariable String id) {
        var query = new GetCustomerUseCase.Query(Principals.actor(auth), Input.pathId(id, CustomerId::parse));
        return Problems.ok(getCustomer.get(query), CustomerJson::of);
    }

    /** R-DSR-5: {@code {ground: RESTRICTION or OBJECTION}}; the data stays, no message goes to the customer. */
    @Post("/{id}/restriction")
    HttpResponse<CustomerJson> restrictCustomer(Authentication auth, @PathVariable String id, @Body Restriction body) {
        return Problems.ok(restrict.restrict(restriction(auth, id, body)), CustomerJson::of);
    }

    /** Lifts the restriction of processing on a customer. */
    @Delete("/{id}/restriction")
    HttpResponse<CustomerJson> liftRestriction(Authentication auth, @PathVariable String id) {
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
    record CorrectedCustomer(long version, String name, @Nullable String phone, @Nullable String email,
                             @Nullable Preferences preferences, @Nullable String rectifies) {
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
