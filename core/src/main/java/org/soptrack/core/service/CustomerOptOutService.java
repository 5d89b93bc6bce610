package org.soptrack.core.service;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.port.in.CustomerOptOutUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.UpdateResult;

/** Opt-outs on the customer's own word: the unsubscribe link and the SMS keywords. */
public final class CustomerOptOutService implements CustomerOptOutUseCase {

    private final UseCaseContext ctx;
    private final UnsubscribeLinks links;
    private final CustomerRepository customers;
    private final OrganizationRepository organizations;
    private final TenantDirectoryPort directory;

    CustomerOptOutService(UseCaseContext ctx, UnsubscribeLinks links, CorePorts ports) {
        this.ctx = ctx;
        this.links = links;
        this.customers = ports.customers();
        this.organizations = ports.organizations();
        this.directory = ports.tenants();
    }

    @Override
    public Outcome<Target> describe(String token) {
        return withCustomer(token, customer -> Outcome.ok(target(customer)));
    }

    @Override
    public Outcome<Target> unsubscribe(String token) {
        return withCustomer(token, customer -> {
            ContactPreferences p = customer.contact().preferences();
            if (p.email()) {
                Outcome<Customer> saved = change(customer, new ContactPreferences(p.call(), p.sms(), false,
                        p.optedOut()), AuditAction.CUSTOMER_OPTED_OUT, "EMAIL", "unsubscribe-link");
                if (!saved.isOk()) {
                    return saved.map(c -> target(c));
                }
            }
            return Outcome.ok(target(customer));
        });
    }

    @Override
    public Outcome<Integer> smsReply(PhoneNumber from, String text) {
        String word = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        boolean stop = STOP_WORDS.contains(word);
        if (!stop && !START_WORDS.contains(word)) {
            return Outcome.ok(0);
        }
        int changed = 0;
        for (TenantId tenant : directory.organizationsWithCustomerPhone(from)) {
            changed += ctx.inTenant(tenant, () -> {
                int n = 0;
                for (Customer customer : customers.findByPhone(tenant, from)) {
                    ContactPreferences p = customer.contact().preferences();
                    if (p.sms() == stop) {
                        Outcome<Customer> saved = change(customer, new ContactPreferences(p.call(), !stop, p.email(),
                                p.optedOut()), stop ? AuditAction.CUSTOMER_OPTED_OUT : AuditAction.CUSTOMER_OPTED_IN,
                                "SMS", "sms-keyword");
                        if (!saved.isOk()) {
                            return saved.map(c -> 0);
                        }
                        n++;
                    }
                }
                return Outcome.ok(n);
            }).orElseThrow();
        }
        return Outcome.ok(changed);
    }

    private Outcome<Customer> change(Customer customer, ContactPreferences preferences, AuditAction action,
                                     String channel, String via) {
        Customer.Contact c = customer.contact();
        customer.changeContact(new Customer.Contact(c.name(), c.phone(), c.email(), preferences));
        if (customers.update(customer.tenantId(), customer) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("customer");
        }
        ctx.audit.record(customer.tenantId(), ActorRef.system(), action, "customer:" + customer.id(),
                Map.of("channel", channel, "via", via));
        return Outcome.ok(customer);
    }

    private <T> Outcome<T> withCustomer(String token, java.util.function.Function<Customer, Outcome<T>> work) {
        Optional<UnsubscribeLinks.Target> target = links.open(token);
        if (target.isEmpty()) {
            return invalid();
        }
        TenantId tenant = target.get().tenant();
        return ctx.inTenant(tenant, () -> customers.find(tenant, target.get().customer())
                .map(work).orElseGet(CustomerOptOutService::invalid));
    }

    private Target target(Customer customer) {
        String address = customer.contact().email().map(Email::value).map(SignInSessions::mask).orElse("");
        return new Target(organizations.find(customer.tenantId()).orElseThrow().name(), address,
                !customer.contact().preferences().allows(org.soptrack.core.domain.sop.ContactChannel.EMAIL)
                        || customer.restricted());
    }

    private static <T> Outcome<T> invalid() {
        return Outcome.rejected(PasswordResetUseCase.LINK_INVALID, "This unsubscribe link is not valid");
    }
}
