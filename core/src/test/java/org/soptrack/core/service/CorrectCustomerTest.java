package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CorrectCustomerUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SubjectRequestsUseCase;

/**
 * Staff correct a customer's contact data and preferences (R-NOT-2, the right of rectification): at the version read,
 * audited by field, within the customers the actor reaches; a verified rectification request is completed by it.
 */
class CorrectCustomerTest {

    private static final Customer.Contact CORRECTED = new Customer.Contact("Casey Q. Customer",
            Optional.of(PhoneNumber.of("+12175550188")), Optional.of(Email.of("casey.q@example.com")),
            new ContactPreferences(true, false, true, false));

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme");
    private final CustomerId customer = f.customer(org.owner());

    private Outcome<Customer> correct(Actor actor, long version, Customer.Contact contact,
                                      Optional<SubjectRequestId> rectifies) {
        return f.core.customers().correctCustomer().correct(new CorrectCustomerUseCase.Command(actor, customer, version,
                contact, rectifies));
    }

    private Outcome<Customer> correct(Actor actor, long version) {
        return correct(actor, version, CORRECTED, Optional.empty());
    }

    private SubjectRequest request(boolean verified) {
        SubjectRequestsUseCase requests = f.core.privacy().subjectRequests();
        SubjectRequest received = requests.receive(new SubjectRequestsUseCase.Receive(org.owner(), customer,
                RequestType.RECTIFICATION, Regime.GDPR, "casey@example.com", Optional.empty())).orElseThrow();
        return verified ? requests.verify(org.owner(), received.id(), "Called back on the number on file")
                .orElseThrow() : received;
    }

    @Test
    void a_parts_manager_corrects_contact_data_and_preferences_at_the_version_read() {
        MemberActor manager = f.join(org, Role.PARTS_MANAGER);
        Customer corrected = correct(manager, 0).orElseThrow();
        assertThat(corrected.contact()).isEqualTo(CORRECTED);
        assertThat(corrected.version()).isEqualTo(1);
        assertThat(f.core.customers().getCustomer().get(new org.soptrack.core.port.in.GetCustomerUseCase.Query(
                manager, customer)).orElseThrow().contact()).isEqualTo(CORRECTED);
        assertThat(f.audit(org, AuditAction.CUSTOMER_CORRECTED)).singleElement().satisfies(e -> {
            assertThat(e.details()).containsEntry("fields", "name,phone,email,preferences");
            assertThat(e.details().toString()).doesNotContain("Casey").doesNotContain("0188");
        });
        assertThat(correct(manager, 0)).as("stale").isInstanceOf(Outcome.Conflict.class);
        assertThat(correct(manager, 1).orElseThrow().version()).as("nothing changed, nothing written").isEqualTo(1);
        assertThat(f.audit(org, AuditAction.CUSTOMER_CORRECTED)).hasSize(1);
    }

    @Test
    void only_who_may_register_customers_corrects_them_and_only_those_they_reach() {
        assertThat(correct(f.join(org, Role.BDC), 0)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(correct(f.join(org, Role.VIEWER), 0)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(correct(f.join(org, Role.ADMIN), 0)).as("admins answer privacy requests instead")
                .isInstanceOf(Outcome.Forbidden.class);
        var elsewhere = f.addRooftop(org, "Second Street Lexus");
        assertThat(correct(f.join(org, Role.ADVISOR, RooftopScope.only(java.util.Set.of(elsewhere))), 0))
                .as("a customer with no order at the advisor's rooftop").isInstanceOf(Outcome.NotFound.class);
        assertThat(correct(f.signUp("Other").owner(), 0)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void a_verified_rectification_request_is_completed_by_the_correction() {
        MemberActor admin = f.join(org, Role.ADMIN);
        SubjectRequest unverified = request(false);
        assertThat(correct(admin, 0, CORRECTED, Optional.of(unverified.id())))
                .isInstanceOfSatisfying(Outcome.Rejected.class,
                        r -> assertThat(r.code()).isEqualTo(SubjectRequestsUseCase.NOT_VERIFIED));
        SubjectRequest verified = request(true);
        Customer.Contact newPhone = new Customer.Contact("Casey Customer", Optional.of(PhoneNumber.of("+12175550188")),
                Optional.of(Email.of("casey@example.com")), ContactPreferences.allChannels());
        correct(admin, 0, newPhone, Optional.of(verified.id())).orElseThrow();
        SubjectRequest after = f.core.privacy().subjectRequests().get(org.owner(), verified.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(SubjectRequest.Status.COMPLETED);
        assertThat(after.state().closing().orElseThrow().resolution()).isEqualTo("Corrected: phone");
        assertThat(correct(admin, 1, CORRECTED, Optional.of(verified.id()))).as("closed")
                .isInstanceOf(Outcome.Rejected.class);
        assertThat(correct(admin, 1, CORRECTED, Optional.of(new SubjectRequestId(java.util.UUID.randomUUID()))))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("rectifies"));
    }

    @Test
    void an_erased_customer_stays_erased() {
        f.ports.transactions().inTenant(org.tenant(), () -> {
            Customer c = f.ports.customers().find(org.tenant(), customer).orElseThrow();
            c.erase(f.clock.now());
            return f.ports.customers().update(org.tenant(), c);
        });
        assertThat(correct(org.owner(), 1)).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(CorrectCustomerUseCase.ERASED));
    }
}
