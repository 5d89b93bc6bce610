package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.memory.TestLinkSignatures;
import org.soptrack.core.port.in.CustomerOptOutUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;

/**
 * R-NOT-2: every e-mail to a customer carries a signed one-click unsubscribe link that stops e-mail to them without a
 * sign-in, and an SMS STOP reported by the provider stops SMS to every customer at that number, START restarts it.
 */
class CustomerOptOutTest {

    private final NotifyFixture n = new NotifyFixture();
    private final CoreFixture f = n.f;
    private final CoreFixture.Org org = f.signUp("Acme");
    private final CustomerId customer = n.customer(org.owner(), "Casey Customer", ContactPreferences.allChannels());

    private CustomerOptOutUseCase optOut() {
        return f.core.customers().optOut();
    }

    private Customer stored(CoreFixture.Org in, CustomerId id) {
        return f.core.customers().getCustomer().get(new GetCustomerUseCase.Query(in.owner(), id)).orElseThrow();
    }

    /** Each customer message of a back-order at the customer's own address, dispatched. */
    private void backorder(String ro) {
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, ro).orElseThrow(), SopStatus.ORDERED,
                SopStatus.BACKORDERED);
        n.dispatchAll();
    }

    private List<NotificationChannelPort.Delivery> toCustomer(Supplier<List<NotificationChannelPort.Delivery>> sent) {
        return sent.get().stream().filter(d -> d.event() == NotificationEvent.SOP_BACKORDERED
                && Set.of("casey@example.com", "+15551230000").contains(d.destination().address())).toList();
    }

    private String token() {
        NotificationChannelPort.Delivery mail = toCustomer(n.email::delivered).get(0);
        URI link = mail.content().unsubscribe().orElseThrow();
        assertThat(mail.content().body()).endsWith("To stop e-mails like this one: " + link);
        assertThat(link.toString()).startsWith("http://localhost:8080/unsubscribe?token=uns_");
        return link.getQuery().substring("token=".length());
    }

    @Test
    void a_customer_e_mail_carries_a_link_that_stops_e_mail_and_nothing_else() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.SOP_BACKORDERED,
                Set.of(ChannelKind.EMAIL)), Set.of(NotificationEvent.SOP_BACKORDERED)));
        backorder("RO-1");
        assertThat(toCustomer(n.sms::delivered)).singleElement()
                .satisfies(d -> assertThat(d.content().unsubscribe()).isEmpty());
        assertThat(n.email.delivered()).filteredOn(d -> d.destination().address().endsWith("@acme.example"))
                .as("staff mail has no customer's link").isNotEmpty()
                .allSatisfy(d -> assertThat(d.content().unsubscribe()).isEmpty());
        String token = token();

        assertThat(optOut().describe(token).orElseThrow())
                .isEqualTo(new CustomerOptOutUseCase.Target("Acme", "c***@example.com", false));
        assertThat(stored(org, customer).contact().preferences().email()).as("a look changes nothing").isTrue();
        assertThat(optOut().unsubscribe(token).orElseThrow().unsubscribed()).isTrue();
        assertThat(optOut().unsubscribe(token).isOk()).as("twice is fine").isTrue();
        assertThat(stored(org, customer).contact().preferences())
                .isEqualTo(new ContactPreferences(true, true, false, false));
        assertThat(f.audit(org, AuditAction.CUSTOMER_OPTED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("channel", "EMAIL"));

        backorder("RO-2");
        assertThat(toCustomer(n.email::delivered)).as("no second e-mail").hasSize(1);
        assertThat(toCustomer(n.sms::delivered)).as("SMS still goes").hasSize(2);
    }

    /** One character of the signature changed (not the last, which may carry only padding bits). */
    private static String tampered(String token) {
        int at = token.length() - 10;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    @Test
    void a_link_altered_or_signed_under_another_key_opens_nothing() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(), Set.of(NotificationEvent.SOP_BACKORDERED)));
        backorder("RO-1");
        String token = token();
        CoreFixture.Org other = f.signUp("Other");
        CustomerId theirs = f.customer(other.owner());
        UnsubscribeLinks sameKey = new UnsubscribeLinks(URI.create("http://localhost:8080/"),
                TestLinkSignatures.standard());
        UnsubscribeLinks otherKey = new UnsubscribeLinks(URI.create("http://localhost:8080/"),
                new TestLinkSignatures("another deployment's key"));
        String swapped = sameKey.token(other.tenant(), customer);
        for (String bad : List.of(tampered(token), otherKey.token(org.tenant(), customer),
                swapped, "uns_", "", token.replace("uns_", "pwr_"))) {
            assertThat(optOut().unsubscribe(bad)).as(bad).isInstanceOfSatisfying(Outcome.Rejected.class,
                    r -> assertThat(r.code()).isEqualTo(PasswordResetUseCase.LINK_INVALID));
        }
        assertThat(stored(org, customer).contact().preferences().email()).isTrue();
        assertThat(stored(other, theirs).contact().preferences().email()).isTrue();
        assertThat(optOut().unsubscribe(sameKey.token(other.tenant(), theirs)).isOk())
                .as("the other organization's own customer, correctly signed").isTrue();
    }

    @Test
    void stop_from_a_phone_stops_sms_to_every_customer_at_that_number_and_start_restarts_it() {
        CoreFixture.Org other = f.signUp("Other");
        CustomerId theirs = n.customer(other.owner(), "Casey Elsewhere", ContactPreferences.allChannels());
        CustomerId unrelated = f.core.customers().registerCustomer().register(
                new org.soptrack.core.port.in.RegisterCustomerUseCase.Command(org.owner(), new Customer.Contact(
                        "Dana Different", Optional.of(PhoneNumber.of("+15559990000")), Optional.empty(),
                        ContactPreferences.allChannels()))).orElseThrow().id();
        PhoneNumber from = PhoneNumber.of("+15551230000");

        assertThat(optOut().smsReply(from, "  stop ")).isEqualTo(Outcome.ok(2));
        assertThat(stored(org, customer).contact().preferences().sms()).isFalse();
        assertThat(stored(other, theirs).contact().preferences().sms()).isFalse();
        assertThat(stored(org, customer).contact().preferences().email()).isTrue();
        assertThat(stored(org, unrelated).contact().preferences().sms()).isTrue();
        assertThat(optOut().smsReply(from, "STOP")).as("already stopped").isEqualTo(Outcome.ok(0));
        assertThat(optOut().smsReply(from, "Please stop by at 5")).isEqualTo(Outcome.ok(0));
        assertThat(f.audit(org, AuditAction.CUSTOMER_OPTED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("channel", "SMS"));

        assertThat(optOut().smsReply(from, "START")).isEqualTo(Outcome.ok(2));
        assertThat(stored(other, theirs).contact().preferences().sms()).isTrue();
        assertThat(f.audit(other, AuditAction.CUSTOMER_OPTED_IN)).hasSize(1);
    }
}
