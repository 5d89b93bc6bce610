package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.SearchUseCase;
import org.soptrack.server.http.PhoneNumbers;
import org.soptrack.server.security.Principals;

/**
 * Opening a special order (R-WEB-2): first the customer, found by the one search or registered on the spot, then the
 * order for that customer at the rooftop. Each post calls one use case; a refused field is shown next to itself with
 * what was typed kept.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class NewOrderPages {

    private final SearchUseCase search;
    private final RegisterCustomerUseCase register;
    private final GetCustomerUseCase getCustomer;
    private final CreateSpecialOrderUseCase create;
    private final PhoneNumbers phones;
    private final Csrf csrf;

    NewOrderPages(SearchUseCase search, RegisterCustomerUseCase register, GetCustomerUseCase getCustomer,
                  CreateSpecialOrderUseCase create, PhoneNumbers phones, Csrf csrf) {
        this.search = search;
        this.register = register;
        this.getCustomer = getCustomer;
        this.create = create;
        this.phones = phones;
        this.csrf = csrf;
    }

    @Get(value = "/orders/new{?rooftop,q}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> customerStep(HttpRequest<?> request, Authentication authentication, @QueryValue String rooftop,
                                 @Nullable @QueryValue String q) {
        List<Customer> found = List.of();
        String problem = "";
        if (q != null && !q.isBlank()) {
            try {
                found = search.search(new SearchUseCase.Query(Principals.actor(authentication), SearchText.of(q),
                        RooftopScope.allRooftops(), Optional.empty(), Optional.empty(), 20))
                        .map(r -> r.customers().items()).orElseThrow();
            } catch (RuntimeException e) {
                problem = "Type at least three letters of a name, or a phone number or e-mail address.";
            }
        }
        return Pages.render(request, HttpStatus.OK, "order_customer", Map.of("rooftop", rooftop,
                "q", q == null ? "" : q, "found", found, "problem", problem, "values", Map.of(), "errors", Map.of()));
    }

    @Post(value = "/orders/new/customer", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> registerCustomer(HttpRequest<?> request, Authentication authentication,
                                     @Body CustomerForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        var phone = errors.read("phone", () -> Pages.blank(form.phone()) ? Optional.<PhoneNumber>empty()
                : Optional.of(phones.forCaller(actor, Optional.empty()).read("phone", form.phone())));
        var email = errors.read("email", () -> Pages.blank(form.email()) ? Optional.<Email>empty()
                : Optional.of(Email.of(form.email())));
        Customer.Contact contact = errors.any() ? null : errors.readWhole("name", () -> new Customer.Contact(
                form.name(), phone, email, ContactPreferences.allChannels()));
        if (contact != null) {
            Outcome<Customer> registered = register.register(new RegisterCustomerUseCase.Command(actor, contact));
            if (registered instanceof Outcome.Ok<Customer> ok) {
                return HttpResponse.seeOther(URI.create("/orders/new/details?rooftop=" + form.rooftop()
                        + "&customer=" + ok.value().id().value()));
            }
            errors.add(registered);
        }
        return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "order_customer", Map.of("rooftop",
                form.rooftop(), "q", "", "found", List.of(), "problem", "", "values", values(form.name(),
                form.phone(), form.email()), "errors", errors.asMap()));
    }

    @Get(value = "/orders/new/details{?rooftop,customer}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> detailsStep(HttpRequest<?> request, Authentication authentication, @QueryValue String rooftop,
                                @QueryValue String customer) {
        return details(request, authentication, rooftop, customer, Map.of(), Map.of(), HttpStatus.OK);
    }

    @Post(value = "/orders/new/details", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> open(HttpRequest<?> request, Authentication authentication, @Body PartFields.Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        FormErrors errors = new FormErrors();
        RooftopId rooftop = errors.read("form", () -> RooftopId.parse(form.rooftop()));
        CustomerId customer = errors.read("form", () -> CustomerId.parse(form.customer()));
        SpecialOrderDetails details = errors.any() ? null
                : PartFields.read(errors, form, customer, Optional.empty());
        if (details != null) {
            Outcome<SpecialOrder> opened = create.create(new CreateSpecialOrderUseCase.Command(
                    Principals.actor(authentication), rooftop, details));
            if (opened instanceof Outcome.Ok<SpecialOrder> ok) {
                return HttpResponse.seeOther(URI.create("/sops/" + ok.value().id().value()));
            }
            errors.add(opened);
        }
        return details(request, authentication, Pages.nz(form.rooftop()), Pages.nz(form.customer()), PartFields.typed(form),
                errors.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> details(HttpRequest<?> request, Authentication authentication, String rooftop,
                                    String customer, Map<String, String> values, Map<String, String> errors,
                                    HttpStatus status) {
        Optional<Customer> who;
        try {
            who = getCustomer.get(new GetCustomerUseCase.Query(Principals.actor(authentication),
                    CustomerId.parse(customer))) instanceof Outcome.Ok<Customer> ok ? Optional.of(ok.value())
                    : Optional.empty();
        } catch (RuntimeException e) {
            who = Optional.empty();
        }
        if (who.isEmpty()) {
            return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
        }
        return Pages.render(request, status, "order_details", Map.of("rooftop", rooftop, "customerId", customer,
                "customerName", who.get().contact().name(), "values", values, "errors", errors));
    }

    private static Map<String, String> values(String name, String phone, String email) {
        return Map.of("name", Pages.nz(name), "phone", Pages.nz(phone), "email", Pages.nz(email));
    }

    @Serdeable
    record CustomerForm(@Nullable String rooftop, @Nullable String name, @Nullable String phone,
                        @Nullable String email, @Nullable String _csrf) {
    }

}
