package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CorrectCustomerUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.server.http.PhoneNumbers;
import org.soptrack.server.security.Principals;

/**
 * A customer (R-WEB-2): contact data and preferences, their special orders, notes, and a correction form at the
 * version read (R-NOT-2, rectification). Only roles that read contact data see the page; core refuses the rest.
 */
@Hidden
@Controller("/customers")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class CustomerPage {

    private final GetCustomerUseCase get;
    private final CorrectCustomerUseCase correct;
    private final SearchSpecialOrdersUseCase orders;
    private final NotesUseCase notes;
    private final PhoneNumbers phones;
    private final Csrf csrf;

    CustomerPage(GetCustomerUseCase get, CorrectCustomerUseCase correct, SearchSpecialOrdersUseCase orders,
                 NotesUseCase notes, PhoneNumbers phones, Csrf csrf) {
        this.get = get;
        this.correct = correct;
        this.orders = orders;
        this.notes = notes;
        this.phones = phones;
        this.csrf = csrf;
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        Optional<CustomerId> customer = Pages.id(id, CustomerId::parse);
        if (customer.isEmpty()) {
            return Pages.notFound(request);
        }
        return render(request, Principals.actor(authentication), customer.get(), HttpStatus.OK, "", null,
                new FormErrors());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> correct(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                            @Body ContactForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Optional<CustomerId> customer = Pages.id(id, CustomerId::parse);
        if (customer.isEmpty() || form.version() == null) {
            return Pages.notFound(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        Optional<PhoneNumber> phone = errors.read("phone", () -> Pages.blank(form.phone()) ? Optional.<PhoneNumber>empty()
                : Optional.of(phones.forCaller(actor, Optional.empty()).read("phone", form.phone())));
        Optional<Email> email = errors.read("email", () -> Pages.blank(form.email()) ? Optional.<Email>empty()
                : Optional.of(Email.of(form.email())));
        Customer.Contact contact = errors.any() ? null : errors.readWhole("name", () -> new Customer.Contact(
                form.name(), phone, email, new ContactPreferences(form.call() != null, form.sms() != null,
                form.mail() != null, false)));
        if (contact != null) {
            Outcome<Customer> done = correct.correct(new CorrectCustomerUseCase.Command(actor, customer.get(),
                    form.version(), contact, Optional.empty()));
            if (done.isOk()) {
                return HttpResponse.seeOther(URI.create("/customers/" + customer.get().value()));
            }
            if (Pages.pageWide(done)) {
                return Pages.refusal(request, done);
            }
            errors.add(done);
        }
        return render(request, actor, customer.get(), HttpStatus.UNPROCESSABLE_ENTITY, "", form, errors);
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, CustomerId id, HttpStatus status,
                                   String message, @Nullable ContactForm typed, FormErrors errors) {
        Outcome<Customer> found = get.get(new GetCustomerUseCase.Query(actor, id));
        if (!(found instanceof Outcome.Ok<Customer> ok)) {
            return Pages.refusal(request, found);
        }
        Customer customer = ok.value();
        List<SpecialOrder> theirs = orders.search(new SearchSpecialOrdersUseCase.Query(actor,
                SpecialOrderQuery.all(RooftopScope.allRooftops(), 50).withCustomer(id)))
                instanceof Outcome.Ok<org.soptrack.core.domain.shared.Page<SpecialOrder>> page
                ? page.value().items() : List.of();
        List<NotesUseCase.Entry> written = notes.list(actor, Note.About.customer(id))
                instanceof Outcome.Ok<List<NotesUseCase.Entry>> listed ? listed.value() : List.of();
        Map<String, Object> model = new HashMap<>();
        model.put("customer", customer);
        model.put("orders", theirs);
        model.put("notes", written);
        model.put("message", message);
        model.put("errors", errors.asMap());
        model.put("values", typed == null ? Map.of(
                "name", customer.contact().name(),
                "phone", customer.contact().phone().map(PhoneNumber::value).orElse(""),
                "email", customer.contact().email().map(Email::value).orElse("")) : Map.of(
                "name", Pages.nz(typed.name()), "phone", Pages.nz(typed.phone()), "email", Pages.nz(typed.email())));
        return Pages.render(request, status, "customer", model);
    }

    @Serdeable
    record ContactForm(@Nullable String name, @Nullable String phone, @Nullable String email, @Nullable String call,
                       @Nullable String sms, @Nullable String mail, @Nullable Long version, @Nullable String _csrf) {
    }
}
