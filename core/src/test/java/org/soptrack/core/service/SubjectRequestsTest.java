package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.memory.RecordingChannel;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase.Filter;
import org.soptrack.core.port.in.SubjectRequestsUseCase.Receive;

/**
 * Data-subject requests end to end on a fake clock (R-DSR-1 … R-DSR-6): received with a due date, verified before any
 * data leaves, extended once with the requester told, completed by export, erasure, restriction or a written answer,
 * reminded when due soon and overdue, and every step audited; another organization sees none of it.
 */
class SubjectRequestsTest {

    private static final String NOTE = "Casey asked us to call after 5pm on 555-123-0000";

    private final NotifyFixture n = new NotifyFixture();
    private final CoreFixture f = n.f;
    private final CoreFixture.Org org = f.signUp("Acme");
    private final SubjectRequestsUseCase requests = f.core.privacy().subjectRequests();
    private final CustomerId customer = f.customer(org.owner());

    SubjectRequestsTest() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(
                NotificationEvent.DSR_RECEIVED, Set.of(ChannelKind.EMAIL),
                NotificationEvent.DSR_DUE_SOON, Set.of(ChannelKind.EMAIL),
                NotificationEvent.DSR_OVERDUE, Set.of(ChannelKind.EMAIL),
                NotificationEvent.RO_PARTS_ARRIVED, Set.of()), Set.of(NotificationEvent.RO_PARTS_ARRIVED)));
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow(), SopStatus.ORDERED);
        f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(org.owner(), org.rooftop(),
                RoNumber.of("RO-1"), ContactChannel.CALL, ContactOutcome.VOICEMAIL, NOTE)).orElseThrow();
    }

    private SubjectRequest receive(RequestType type) {
        return requests.receive(new Receive(org.owner(), customer, type, Regime.GDPR, "casey@example.com",
                Optional.empty())).orElseThrow();
    }

    private SubjectRequest verified(RequestType type) {
        SubjectRequest request = receive(type);
        return requests.verify(org.owner(), request.id(), "Called back on the phone number on file").orElseThrow();
    }

    private Outcome<Customer> customer() {
        return f.core.customers().getCustomer().get(new GetCustomerUseCase.Query(org.owner(), customer));
    }

    private static void assertRejected(Outcome<?> outcome, String code) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    private List<RecordingChannel.Delivery> delivered(NotificationEvent event) {
        n.dispatchAll();
        return n.email.delivered().stream().filter(d -> d.event() == event).toList();
    }

    /** The export as text, without the requests themselves (which keep the requester's address on purpose). */
    private static String text(PersonalDataExport export) {
        Map<String, ?> entities = new java.util.HashMap<>(export.entities());
        entities.remove("subject_requests");
        return entities.toString();
    }

    @Test
    void a_received_request_is_due_per_its_regime_audited_and_announced_to_the_routed_staff() {
        f.clock.set(java.time.Instant.parse("2026-01-31T10:00:00Z"));
        SubjectRequest request = receive(RequestType.ACCESS);
        assertThat(request.dueOn()).isEqualTo(LocalDate.parse("2026-02-28"));
        SubjectRequest ccpa = requests.receive(new Receive(org.owner(), customer, RequestType.ERASURE, Regime.CCPA,
                "casey@example.com", Optional.of(LocalDate.parse("2026-01-20")))).orElseThrow();
        assertThat(ccpa.dueOn()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(f.audit(org, AuditAction.PRIVACY_REQUEST_RECEIVED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).containsEntry("subject", "customer:" + customer.value()));
        assertThat(delivered(NotificationEvent.DSR_RECEIVED)).extracting(d -> d.content().body().strip())
                .contains("New access request from a data subject, due 2026-02-28",
                        "New erasure request from a data subject, due 2026-03-06");
        assertThat(requests.list(org.owner(), Filter.OPEN).orElseThrow()).extracting(SubjectRequest::id)
                .containsExactly(request.id(), ccpa.id());
    }

    @Test
    void nothing_leaves_before_the_identity_is_verified_and_the_export_holds_everything_about_the_customer() {
        SubjectRequest request = receive(RequestType.ACCESS);
        assertRejected(requests.export(org.owner(), request.id()), SubjectRequestsUseCase.NOT_VERIFIED);
        assertThat(f.audit(org, AuditAction.PERSONAL_DATA_EXPORTED)).isEmpty();

        requests.verify(org.owner(), request.id(), "Called back on the phone number on file").orElseThrow();
        PersonalDataExport export = requests.export(org.owner(), request.id()).orElseThrow();
        assertThat(export.rows("customers")).singleElement()
                .satisfies(row -> assertThat(row.toString()).contains("Casey Customer", "casey@example.com"));
        assertThat(export.rows("special_orders")).hasSize(1);
        assertThat(export.rows("contact_attempts")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("note", NOTE));
        assertThat(export.rows("subject_requests")).hasSize(1);
        assertThat(export.rows("audit_events")).isNotEmpty();

        SubjectRequest done = requests.get(org.owner(), request.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(SubjectRequest.Status.COMPLETED);
        assertThat(requests.export(org.owner(), request.id()).isOk()).as("a second download").isTrue();
        assertThat(f.audit(org, AuditAction.PERSONAL_DATA_EXPORTED)).hasSize(2);
        assertThat(f.audit(org, AuditAction.PRIVACY_REQUEST_COMPLETED)).hasSize(1);
    }

    @Test
    void erasure_removes_the_customer_everywhere_is_logged_and_can_be_applied_again_after_a_restore() {
        f.clock.advance(Duration.ofHours(1));
        SubjectRequest request = verified(RequestType.ERASURE);
        SubjectRequestsUseCase.Erasure erasure = requests.erase(org.owner(), request.id()).orElseThrow();
        assertThat(erasure.request().status()).isEqualTo(SubjectRequest.Status.COMPLETED);
        assertThat(erasure.result().erased()).containsEntry("customers", 1L).containsEntry("contact_attempts", 1L);
        assertThat(erasure.result().kept()).extracting(k -> k.entity()).contains("audit_events", "subject_requests");
        assertThat(erasure.request().state().closing().orElseThrow().resolution()).contains("Kept", "audit_events");

        Customer erased = customer().orElseThrow();
        assertThat(erased.contact().name()).isEqualTo(Customer.ERASED_NAME);
        assertThat(erased.contact().phone()).isEmpty();
        assertThat(erased.restricted()).isTrue();
        SubjectRequest access = verified(RequestType.ACCESS);
        String after = text(requests.export(org.owner(), access.id()).orElseThrow());
        assertThat(after).doesNotContain("Casey", "casey@example.com", "555-123-0000", "5551230000");
        assertThat(f.audit(org, AuditAction.PERSONAL_DATA_ERASED)).singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("customer:" + customer.value()));

        OperatorId operator = new OperatorId(UUID.randomUUID());
        List<ErasureRecord> log = requests.erasureLog(operator);
        assertThat(log).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo(DataSubject.customer(customer.value()));
            assertThat(r.request()).contains(request.id());
        });
        // A restore brings back a note written before the erasure; applying the log again removes it.
        f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(org.owner(), org.rooftop(),
                RoNumber.of("RO-1"), ContactChannel.CALL, ContactOutcome.VOICEMAIL, NOTE)).orElseThrow();
        ErasureRecord elsewhere = new ErasureRecord(UUID.randomUUID(), new TenantId(UUID.randomUUID()),
                DataSubject.customer(UUID.randomUUID()), Optional.empty(), f.clock.now());
        assertThat(requests.reapply(operator, List.of(log.get(0), elsewhere))).isEqualTo(1);
        SubjectRequest again = verified(RequestType.ACCESS);
        assertThat(text(requests.export(org.owner(), again.id()).orElseThrow())).doesNotContain("555-123-0000");
        assertThat(f.audit(org, AuditAction.ERASURE_REAPPLIED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("records", "1"));
    }

    @Test
    void a_legal_hold_on_the_customer_or_the_organization_stops_an_erasure_until_released() {
        SubjectRequest request = verified(RequestType.ERASURE);
        LegalHold hold = f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(org.owner(),
                HoldSubject.customer(customer.value()), "Warranty dispute, case 12")).orElseThrow();
        assertRejected(requests.erase(org.owner(), request.id()), SubjectRequestsUseCase.HELD);
        assertThat(customer().orElseThrow().contact().name())
                .isEqualTo("Casey Customer");
        f.core.privacy().legalHolds().release(org.owner(), hold.id()).orElseThrow();
        LegalHold whole = f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(org.owner(),
                HoldSubject.organization(), "Litigation hold on everything")).orElseThrow();
        assertRejected(requests.erase(org.owner(), request.id()), SubjectRequestsUseCase.HELD);
        f.core.privacy().legalHolds().release(org.owner(), whole.id()).orElseThrow();
        assertThat(requests.erase(org.owner(), request.id()).isOk()).isTrue();
    }

    @Test
    void restriction_and_objection_stop_customer_messages_while_the_data_stays() {
        SubjectRequest request = verified(RequestType.OBJECTION);
        assertRejected(requests.erase(org.owner(), request.id()), SubjectRequestsUseCase.WRONG_STEP);
        assertThat(requests.restrict(org.owner(), request.id()).orElseThrow().status())
                .isEqualTo(SubjectRequest.Status.COMPLETED);
        Customer restricted = customer().orElseThrow();
        assertThat(restricted.restricted()).isTrue();
        assertThat(restricted.contact().name()).isEqualTo("Casey Customer");
        assertThat(f.audit(org, AuditAction.CUSTOMER_RESTRICTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("ground", "OBJECTION"));
    }

    @Test
    void one_extension_tells_the_requester_the_reason_and_the_new_date_before_the_first_deadline() {
        f.clock.set(java.time.Instant.parse("2026-01-31T10:00:00Z"));
        SubjectRequest request = receive(RequestType.ACCESS);
        f.clock.set(java.time.Instant.parse("2026-02-28T20:00:00Z"));
        SubjectRequest extended = requests.extend(org.owner(), request.id(), "Seven years of orders to collect")
                .orElseThrow();
        assertThat(extended.dueOn()).isEqualTo(LocalDate.parse("2026-04-28"));
        assertThat(delivered(NotificationEvent.DSR_EXTENDED)).singleElement().satisfies(d -> {
            assertThat(d.destination().address()).isEqualTo("casey@example.com");
            assertThat(d.content().body()).contains("2026-04-28", "Seven years of orders to collect", "2026-01-31");
        });
        assertRejected(requests.extend(org.owner(), request.id(), "Still more to collect, sorry"),
                SubjectRequestsUseCase.NOT_EXTENDABLE);

        SubjectRequest late = receive(RequestType.ACCESS);
        f.clock.set(java.time.Instant.parse("2026-03-31T00:00:01Z"));
        assertRejected(requests.extend(org.owner(), late.id(), "Seven years of orders to collect"),
                SubjectRequestsUseCase.NOT_EXTENDABLE);
        assertThat(f.audit(org, AuditAction.PRIVACY_REQUEST_EXTENDED)).hasSize(1);
    }

    @Test
    void due_soon_and_overdue_requests_are_listed_and_staff_reminded_once_each() {
        f.clock.set(java.time.Instant.parse("2026-04-01T09:00:00Z"));
        SubjectRequest request = receive(RequestType.RECTIFICATION);
        f.clock.set(java.time.Instant.parse("2026-04-23T09:00:00Z"));
        assertThat(requests.list(org.owner(), Filter.DUE_SOON).orElseThrow()).isEmpty();
        assertThat(requests.remind()).isZero();
        f.clock.set(java.time.Instant.parse("2026-04-24T09:00:00Z"));
        assertThat(requests.list(org.owner(), Filter.DUE_SOON).orElseThrow()).hasSize(1);
        assertThat(requests.remind()).isEqualTo(1);
        assertThat(requests.remind()).isZero();
        f.clock.set(java.time.Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(requests.list(org.owner(), Filter.OVERDUE).orElseThrow()).extracting(SubjectRequest::id)
                .containsExactly(request.id());
        assertThat(requests.remind()).isEqualTo(1);
        assertThat(requests.remind()).isZero();
        assertThat(delivered(NotificationEvent.DSR_DUE_SOON)).hasSize(2);
        assertThat(delivered(NotificationEvent.DSR_OVERDUE)).hasSize(2)
                .allSatisfy(d -> assertThat(d.content().body()).contains("was due 2026-05-01"));

        requests.verify(org.owner(), request.id(), "Asked in person at the service desk").orElseThrow();
        requests.complete(org.owner(), request.id(), "Corrected the phone number").orElseThrow();
        assertThat(requests.list(org.owner(), Filter.OVERDUE).orElseThrow()).isEmpty();
        assertThat(requests.list(org.owner(), Filter.ALL).orElseThrow()).hasSize(1);
    }

    @Test
    void only_privacy_managers_of_the_organization_see_or_handle_its_requests() {
        SubjectRequest request = receive(RequestType.ACCESS);
        MemberActor advisor = f.join(org, Role.ADVISOR);
        assertThat(requests.get(advisor, request.id())).isInstanceOf(Outcome.Forbidden.class);
        assertThat(requests.exportOrganization(advisor)).isInstanceOf(Outcome.Forbidden.class);
        CoreFixture.Org other = f.signUp("Other");
        assertThat(requests.get(other.owner(), request.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(requests.verify(other.owner(), request.id(), "Called back on the phone number"))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(requests.receive(new Receive(other.owner(), customer, RequestType.ACCESS, Regime.GDPR,
                "casey@example.com", Optional.empty()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(requests.list(other.owner(), Filter.ALL).orElseThrow()).isEmpty();
        assertThat(text(requests.exportOrganization(other.owner()).orElseThrow())).doesNotContain("Casey");
        assertThat(text(requests.exportOrganization(org.owner()).orElseThrow())).contains("Casey", NOTE);
        assertThat(f.audit(org, AuditAction.ORGANIZATION_EXPORTED)).hasSize(1);
    }

    @Test
    void bad_input_names_the_field_and_writes_nothing() {
        assertThat(requests.receive(new Receive(org.owner(), customer, RequestType.ACCESS, Regime.GDPR, "not-mail",
                Optional.empty()))).isInstanceOfSatisfying(Outcome.Invalid.class,
                        i -> assertThat(i.field()).isEqualTo("requesterEmail"));
        assertThat(requests.receive(new Receive(org.owner(), customer, RequestType.ACCESS, Regime.GDPR,
                "casey@example.com", Optional.of(LocalDate.parse("2026-03-03"))))).isInstanceOfSatisfying(
                        Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("receivedOn"));
        SubjectRequest request = receive(RequestType.ACCESS);
        assertThat(requests.verify(org.owner(), request.id(), "ok")).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(i.field()).isEqualTo("method"));
        assertThat(requests.reject(org.owner(), request.id(), " ")).isInstanceOf(Outcome.Invalid.class);
        assertThat(requests.list(org.owner(), Filter.ALL).orElseThrow()).hasSize(1);
        assertThat(f.audit(org, AuditAction.PRIVACY_REQUEST_RECEIVED)).hasSize(1);
    }

    @Test
    void a_member_downloads_their_own_data_after_giving_the_password_again() {
        MemberActor member = f.join(org, Role.PARTS_MANAGER);
        assertThat(requests.exportMine(member, Optional.empty())).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(i.field()).isEqualTo("currentPassword"));
        assertThat(requests.exportMine(member, Optional.of(new Password("not the right password"))).isOk()).isFalse();
        PersonalDataExport mine = requests.exportMine(member, Optional.of(CoreFixture.PASSWORD)).orElseThrow();
        assertThat(mine.rows("members")).singleElement()
                .satisfies(row -> assertThat(row.toString()).contains("Sam Staff"));
        assertThat(mine.rows("customers")).isEmpty();
        assertThat(requests.list(org.owner(), Filter.ALL).orElseThrow())
                .filteredOn(r -> r.subject().equals(DataSubject.member(member.memberId().value())))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(SubjectRequest.Status.COMPLETED);
                    assertThat(r.verified()).isTrue();
                });
        assertThat(f.audit(org, AuditAction.PERSONAL_DATA_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("member:" + member.memberId().value()));
    }

    @Test
    void closing_an_account_is_the_members_erasure_request_and_erases_the_traces_of_their_address() {
        MemberActor member = f.join(org, Role.PARTS_MANAGER);
        String address = f.ports.transactions().inTenant(org.tenant(), () -> f.ports.members()
                .find(org.tenant(), member.memberId())).orElseThrow().email().value();
        assertThat(delivered(NotificationEvent.INVITATION)).extracting(d -> d.destination().address())
                .contains(address);
        f.core.accounts().closeAccount().requestDeletion(member, Optional.of(CoreFixture.PASSWORD)).orElseThrow();

        SubjectRequest erasure = requests.list(org.owner(), Filter.ALL).orElseThrow().stream()
                .filter(r -> r.subject().equals(DataSubject.member(member.memberId().value()))).findFirst()
                .orElseThrow();
        assertThat(erasure.type()).isEqualTo(RequestType.ERASURE);
        assertThat(erasure.status()).isEqualTo(SubjectRequest.Status.COMPLETED);
        assertThat(erasure.state().closing().orElseThrow().resolution()).contains("were erased now");
        assertThat(requests.erasureLog(new OperatorId(UUID.randomUUID()))).singleElement()
                .satisfies(r -> assertThat(r.request()).contains(erasure.id()));
        PersonalDataExport left = f.ports.transactions().inTenant(org.tenant(), () -> f.ports.personalData()
                .export(org.tenant(), DataSubject.member(member.memberId().value()), f.clock.now()));
        assertThat(left.rows("outbox_messages")).as("only the notice that the account closed")
                .singleElement().satisfies(m -> assertThat(m.get("event")).isEqualTo("ACCOUNT_CLOSED"));
        assertThat(left.rows("notification_events").toString()).doesNotContain(address);
    }
}
