package org.soptrack.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.CorrectCustomerUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.SubjectRequestRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Corrects a customer the actor reaches, and completes the rectification request it answers. */
public final class CorrectCustomerService implements CorrectCustomerUseCase {

    private final UseCaseContext ctx;
    private final CustomerVisibility visibility;
    private final CustomerRepository customers;
    private final SubjectRequestRepository requests;

    CorrectCustomerService(UseCaseContext ctx, CustomerVisibility visibility, CustomerRepository customers,
                           SubjectRequestRepository requests) {
        this.ctx = ctx;
        this.visibility = visibility;
        this.customers = customers;
        this.requests = requests;
    }

    @Override
    public Outcome<Customer> correct(Command command) {
        Permission needed = command.rectifies().isPresent() ? Permission.PRIVACY_MANAGE : Permission.CUSTOMER_MANAGE;
        return ctx.authorized(command.actor(), needed, access -> {
            Optional<Customer> found = visibility.find(access, command.actor().tenantId(), command.customerId());
            if (found.isEmpty()) {
                return Outcome.notFound("customer");
            }
            Customer customer = found.get();
            if (customer.version() != command.expectedVersion()) {
                return UseCaseContext.stale("customer");
            }
            if (customer.erased()) {
                return Outcome.rejected(ERASED, "The customer's data was erased; register the person anew if they "
                        + "come back");
            }
            Optional<SubjectRequest> request = command.rectifies().flatMap(id -> requests.find(customer.tenantId(), id))
                    .filter(r -> r.subject().equals(DataSubject.customer(customer.id().value())));
            if (command.rectifies().isPresent() && request.isEmpty()) {
                return Outcome.invalid("rectifies", "names no privacy request of this customer");
            }
            Optional<Outcome<Customer>> refused = request.flatMap(r -> SubjectRequestsService.refusal(r,
                    t -> t == RequestType.RECTIFICATION, "a correction"));
            if (refused.isPresent()) {
                return refused.get();
            }
            List<String> fields = changedFields(customer.contact(), command.contact());
            if (!fields.isEmpty()) {
                customer.changeContact(command.contact());
                if (customers.update(customer.tenantId(), customer) == UpdateResult.CONFLICT) {
                    return UseCaseContext.stale("customer");
                }
                ctx.audit.record(customer.tenantId(), access.actor(), AuditAction.CUSTOMER_CORRECTED,
                        "customer:" + customer.id(), Map.of("fields", String.join(",", fields)));
            }
            return request.map(r -> completed(access, r, fields).map(done -> customer)).orElseGet(() ->
                    Outcome.ok(customer));
        });
    }

    private Outcome<SubjectRequest> completed(Access.Granted access, SubjectRequest request, List<String> fields) {
        request.complete(fields.isEmpty() ? "Checked: the data was already correct"
                : "Corrected: " + String.join(", ", fields), access.actor(), ctx.now());
        if (requests.update(request.tenantId(), request) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("request");
        }
        ctx.audit.record(request.tenantId(), access.actor(), AuditAction.PRIVACY_REQUEST_COMPLETED,
                "privacy-request:" + request.id(), Map.of("type", request.type().name(),
                        "subject", request.subject().toString()));
        return Outcome.ok(request);
    }

    private static List<String> changedFields(Customer.Contact before, Customer.Contact after) {
        List<String> fields = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            fields.add("name");
        }
        if (!before.phone().equals(after.phone())) {
            fields.add("phone");
        }
        if (!before.email().equals(after.email())) {
            fields.add("email");
        }
        if (!before.preferences().equals(after.preferences())) {
            fields.add("preferences");
        }
        return fields;
    }
}
