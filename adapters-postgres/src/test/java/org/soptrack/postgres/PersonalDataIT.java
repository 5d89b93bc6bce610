package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.CoreSettings;
import org.soptrack.core.service.SoptrackCore;
import org.soptrack.core.tck.TestData;

/**
 * R-DSR-3 and R-DSR-4 on PostgreSQL, table by table. Every tenant table must be listed in
 * {@link PostgresPersonalData#ENTITIES}; a customer and a member are then written into every table that can hold data
 * about them, and the export must find them in each, without secrets and without the other customer. Erasure must
 * then leave none of their personal values anywhere but in the request records the law asks to keep, twice changes
 * nothing, and another tenant can neither read nor erase any of it.
 */
class PersonalDataIT {

    private static final String NAME = "Casey Quintero";
    private static final String PHONE = "+15551239876";
    private static final String EMAIL = "casey.quintero@example.com";
    private static final String VIN = "4T1B11HK5JU123456";
    private static final String NOTES = "Casey's spare key is in the glovebox";
    private static final String NOTE = "Casey asked for a call after 5pm";
    private static final String REASON = "Casey cancelled on the phone";
    private static final String MEMBER_EMAIL = "morgan.staff@acme-motors.example";
    private static final String MEMBER_NAME = "Morgan Staff";
    private static final String OTHER = "Dana Otherperson";
    private static final Password PASSWORD = new Password("staff password for tests");

    private final FakeClock clock = FakeClock.at("2026-03-02T14:00:00Z");
    private final TestDatabase db = TestDatabase.get();
    private final CorePorts ports = db.ports(clock);
    private final SoptrackCore core = new SoptrackCore(ports, CoreSettings.DEFAULTS);

    private MemberActor owner;
    private MemberActor member;
    private CustomerId customer;
    private CustomerId other;

    private <T> T in(TenantId tenant, Supplier<T> work) {
        return ports.transactions().inTenant(tenant, work);
    }

    private void owner(String sql, Object... args) {
        try (Connection c = db.owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String ownerText(String sql, Object... args) {
        try (Connection c = db.owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private CustomerId customer(Actor by, String name, String phone, String email) {
        return core.customers().registerCustomer().register(new RegisterCustomerUseCase.Command(by, new Customer.Contact(name,
                Optional.of(PhoneNumber.of(phone)), Optional.of(Email.of(email)), ContactPreferences.allChannels())))
                .orElseThrow().id();
    }

    private SpecialOrder order(CustomerId who, String ro) {
        SpecialOrderDetails d = TestData.details(who, ro, "PN-" + ro);
        return core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(owner, rooftop(),
                new SpecialOrderDetails(who, d.vehicle(), d.roNumber(), d.partNumber(), d.description(), 1,
                        d.vendor(), d.unitPrice(), d.eta(), d.orderDate(), d.binLocation(), Optional.empty(), false,
                        who.equals(customer) ? NOTES : "Spare key with " + OTHER))).orElseThrow();
    }

    private org.soptrack.core.domain.shared.RooftopId rooftop() {
        return in(owner.tenantId(), () -> ports.rooftops().findAll(owner.tenantId()).get(0).id());
    }

    /** A customer and a member written into every table that can hold data about them, and a second customer. */
    private void seed() {
        var up = core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme " + UUID.randomUUID(),
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"),
                Email.of("owner@" + UUID.randomUUID() + ".example"), "Olive Owner")).orElseThrow();
        owner = new MemberActor(up.ownerId(), up.organizationId(), Role.OWNER, RooftopScope.allRooftops());
        TenantId t = owner.tenantId();
        core.notifications().notificationSettings().replace(owner, new RooftopNotifications(up.rooftopId(),
                new RooftopNotifications.Recipients(List.of(Email.of(MEMBER_EMAIL), Email.of("parts@acme.example")),
                        Optional.empty(), List.of(), Optional.empty()),
                Map.of(NotificationEvent.SOP_CREATED, Set.of(ChannelKind.EMAIL),
                        NotificationEvent.SOP_SCHEDULED, Set.of(ChannelKind.EMAIL)),
                Set.of(NotificationEvent.SOP_SCHEDULED), Map.of())).orElseThrow();
        var invited = core.team().inviteMember().invite(new InviteMemberUseCase.Command(owner, Email.of(MEMBER_EMAIL),
                Role.PARTS_MANAGER, RooftopScope.allRooftops())).orElseThrow();
        MemberId memberId = core.team().acceptInvitation().accept(new AcceptInvitationUseCase.Command(invited.token(),
                Email.of(MEMBER_EMAIL), MEMBER_NAME, Optional.of(PASSWORD))).orElseThrow().id();
        member = new MemberActor(memberId, t, Role.PARTS_MANAGER, RooftopScope.allRooftops());

        customer = customer(owner, NAME, PHONE, EMAIL);
        // The member registered the other customer: their export names the row, not the customer's data.
        other = customer(member, OTHER, "+15550001111", "dana@example.com");
        SpecialOrder mine = order(customer, "RO-1");
        order(other, "RO-2");
        for (SopStatus step : List.of(SopStatus.ORDERED, SopStatus.RECEIVED, SopStatus.CUSTOMER_NOTIFIED,
                SopStatus.SCHEDULED)) {
            mine = core.orders().transitionSpecialOrder().transition(new TransitionSpecialOrderUseCase.Command(member,
                    mine.id(), mine.version(), step, Optional.of(REASON))).orElseThrow();
        }
        core.orders().notes().add(member, Note.About.order(mine.id()), NOTE).orElseThrow();
        core.orders().notes().add(member, Note.About.customer(customer), "Call " + NAME + " after 5pm").orElseThrow();
        core.orders().notes().add(member, Note.About.customer(other), "Spare key with " + OTHER).orElseThrow();
        core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(member, rooftop(), RoNumber.of("RO-1"),
                ContactChannel.CALL, ContactOutcome.VOICEMAIL, NOTE)).orElseThrow();
        core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(owner, HoldSubject.customer(customer.value()),
                "Warranty dispute about RO-1")).orElseThrow();
        core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(owner, HoldSubject.member(memberId.value()),
                "Employment dispute, case 7")).orElseThrow();
        core.privacy().subjectRequests().receive(new SubjectRequestsUseCase.Receive(owner, customer, RequestType.ACCESS,
                Regime.GDPR, EMAIL, Optional.empty())).orElseThrow();
        core.privacy().subjectRequests().exportMine(member, Optional.of(PASSWORD)).orElseThrow();
        core.accounts().passwordReset().request(Email.of(MEMBER_EMAIL), new LogInUseCase.Client("203.0.113.9",
                "Firefox")).orElseThrow();
        in(t, () -> {
            ports.personalData().recordErasure(t, new ErasureRecord(UUID.randomUUID(), t,
                    DataSubject.customer(customer.value()), Optional.empty(), clock.now()));
            ports.personalData().recordErasure(t, new ErasureRecord(UUID.randomUUID(), t,
                    DataSubject.member(memberId.value()), Optional.empty(), clock.now()));
            return null;
        });
        // What the use cases above do not write: a session, a trusted device, a part kept past its deadline, an
        // operator grant the member closed, delivery attempts, and a billing record naming the member's address.
        owner("INSERT INTO sessions (organization_id, id, member_id, status, started_at, last_used_at, refresh_hash, "
                + "address, user_agent, version) VALUES (?, ?, ?, 'ACTIVE', now(), now(), ?, '203.0.113.9', "
                + "'Firefox', 0)", t.value(), UUID.randomUUID(), memberId.value(), "d".repeat(64));
        owner("INSERT INTO trusted_devices (organization_id, id, member_id, token_hash, label, trusted_at, "
                + "last_used_at, version) VALUES (?, ?, ?, ?, 'Morgan''s phone', now(), now(), 0)",
                t.value(), UUID.randomUUID(), memberId.value(), "c".repeat(64));
        owner("UPDATE special_orders SET kept_by_kind = 'MEMBER', kept_by_id = ?, kept_at = now(), "
                + "keep_reason = 'Customer will come back next week' WHERE organization_id = ? AND id = ?",
                memberId.value(), t.value(), mine.id().value());
        owner("INSERT INTO operator_access_grants (organization_id, id, operator_id, reason, scope, opened_at, "
                + "expires_at, closed_at, closed_by_kind, closed_by_id, version) VALUES (?, ?, ?, "
                + "'Ticket 42: support', 'READ_ONLY', now(), now() + interval '1 hour', now(), 'MEMBER', ?, 1)",
                t.value(), UUID.randomUUID(), UUID.randomUUID(), memberId.value());
        owner("INSERT INTO delivery_attempts (organization_id, message_id, attempt, attempted_at, outcome, detail) "
                + "SELECT organization_id, id, 1, now(), 'TRANSIENT_FAILURE', 'mailbox of ' || address || ' full' "
                + "FROM outbox_messages WHERE organization_id = ? AND (customer_id = ? OR address = ?)",
                t.value(), customer.value(), MEMBER_EMAIL);
        owner("INSERT INTO billing_events (organization_id, id, provider_event_id, type, occurred_at, received_at, "
                + "billing_email) VALUES (?, ?, 'evt_1', 'INVOICE_PAID', now(), now(), ?)",
                t.value(), UUID.randomUUID(), MEMBER_EMAIL);
    }

    private static String text(PersonalDataExport export) {
        return export.entities().toString();
    }

    /** The export with the request records left out: they keep the requester's address on purpose. */
    private static String withoutRequests(PersonalDataExport export) {
        Map<String, Object> entities = new HashMap<>(export.entities());
        entities.remove("subject_requests");
        return entities.toString();
    }

    private PersonalDataExport export(TenantId tenant, DataSubject subject) {
        return in(tenant, () -> ports.personalData().export(tenant, subject, clock.now()));
    }

    private ErasureResult erase(TenantId tenant, DataSubject subject) {
        return in(tenant, () -> ports.personalData().erase(tenant, subject, clock.now()));
    }

    private static Set<String> listed(java.util.function.Function<PostgresPersonalData.Entity, String> condition) {
        return PostgresPersonalData.ENTITIES.stream().filter(e -> condition.apply(e) != null)
                .map(PostgresPersonalData.Entity::table).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_tenant_table_is_listed_for_export_and_erasure() throws SQLException {
        Set<String> tenantTables = new TreeSet<>();
        try (Connection c = db.owner().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                        + "AND column_name = 'organization_id'")) {
            while (rs.next()) {
                tenantTables.add(rs.getString(1));
            }
        }
        assertThat(tenantTables).hasSizeGreaterThan(20);
        assertThat(PostgresPersonalData.ENTITIES).extracting(PostgresPersonalData.Entity::table)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tenantTables);
    }

    @Test
    void the_exports_find_the_customer_and_the_member_in_every_table_that_holds_them_and_nothing_else() {
        seed();
        TenantId t = owner.tenantId();
        PersonalDataExport aboutCustomer = export(t, DataSubject.customer(customer.value()));
        assertThat(aboutCustomer.entities().keySet()).containsExactlyInAnyOrderElementsOf(
                listed(PostgresPersonalData.Entity::customer));
        aboutCustomer.entities().forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        assertThat(text(aboutCustomer)).contains(NAME, PHONE, EMAIL, VIN, NOTES, NOTE, REASON).doesNotContain(OTHER);

        PersonalDataExport aboutMember = export(t, DataSubject.member(member.memberId().value()));
        assertThat(aboutMember.entities().keySet()).containsExactlyInAnyOrderElementsOf(
                listed(PostgresPersonalData.Entity::member));
        aboutMember.entities().forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        assertThat(text(aboutMember)).contains(MEMBER_EMAIL, MEMBER_NAME, "203.0.113.9", "Morgan's phone")
                .doesNotContain(NAME, OTHER);
        String hash = ownerText("SELECT password_hash FROM credentials WHERE member_id = ?",
                member.memberId().value());
        assertThat(text(aboutMember)).doesNotContain(hash, "c".repeat(64), "d".repeat(64));
        assertThat(aboutMember.rows("credentials")).singleElement()
                .satisfies(row -> assertThat(row).doesNotContainKeys("password_hash", "totp_key"));

        PersonalDataExport organization = in(t, () -> ports.personalData().exportOrganization(t, clock.now()));
        assertThat(organization.entities().keySet()).containsExactlyInAnyOrderElementsOf(
                listed(PostgresPersonalData.Entity::table));
        assertThat(text(organization)).contains(NAME, OTHER, MEMBER_EMAIL).doesNotContain(hash);
    }

    @Test
    void erasure_leaves_no_personal_value_twice_changes_nothing_and_spares_the_other_customer() {
        seed();
        TenantId t = owner.tenantId();
        DataSubject subject = DataSubject.customer(customer.value());
        ErasureResult result = erase(t, subject);
        assertThat(result.erased()).containsEntry("customers", 1L).containsEntry("contact_attempts", 1L)
                .containsEntry("special_orders", 1L).containsEntry("special_order_transitions", 4L);
        assertThat(result.erased().get("outbox_messages")).isPositive();
        assertThat(result.erased().get("notification_events")).isPositive();
        assertThat(result.kept()).extracting(ErasureResult.Kept::entity)
                .containsExactlyInAnyOrder("audit_events", "subject_requests");
        String after = withoutRequests(export(t, subject));
        assertThat(after).doesNotContain(NAME, "Casey", PHONE, EMAIL, VIN, NOTES, NOTE, REASON);
        assertThat(erase(t, subject).total()).as("a second erasure").isZero();
        assertThat(text(export(t, DataSubject.customer(other.value())))).contains(OTHER, "dana@example.com");
        assertThat(ownerText("SELECT count(*) FROM outbox_messages WHERE organization_id = ? AND customer_id = ? "
                + "AND status = 'PENDING'", t.value(), customer.value())).isEqualTo("0");

        DataSubject staff = DataSubject.member(member.memberId().value());
        ErasureResult memberResult = erase(t, staff);
        assertThat(memberResult.erased()).containsEntry("invitations", 1L).containsEntry("notification_settings", 1L);
        assertThat(memberResult.kept()).extracting(ErasureResult.Kept::entity).contains("billing_events");
        PersonalDataExport traces = export(t, staff);
        for (String table : List.of("invitations", "outbox_messages", "notification_settings", "notification_events",
                "delivery_attempts")) {
            assertThat(traces.rows(table).toString()).as(table).doesNotContain(MEMBER_EMAIL);
        }
        assertThat(ownerText("SELECT restricted_at IS NOT NULL FROM billing_events WHERE organization_id = ?",
                t.value())).isEqualTo("t");
        assertThat(erase(t, staff).total()).isZero();
    }

    @Test
    void another_tenant_reads_and_erases_nothing_of_it() {
        seed();
        TenantId t = owner.tenantId();
        var b = core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Bravo " + UUID.randomUUID(),
                new Rooftop.Details("Bravo Ford", "Ford", "Peoria", "IL"),
                Email.of("owner@" + UUID.randomUUID() + ".example"), "Bo Owner")).orElseThrow();
        TenantId bravo = b.organizationId();
        for (DataSubject subject : List.of(DataSubject.customer(customer.value()),
                DataSubject.member(member.memberId().value()))) {
            assertThat(export(bravo, subject).size()).as("export of %s as tenant B", subject).isZero();
            assertThat(erase(bravo, subject).total()).as("erasure of %s as tenant B", subject).isZero();
        }
        assertThat(text(in(bravo, () -> ports.personalData().exportOrganization(bravo, clock.now()))))
                .doesNotContain(NAME, MEMBER_EMAIL, t.value().toString());
        assertThat(in(bravo, () -> ports.personalData().erasures(bravo))).isEmpty();
        assertThat(text(export(t, DataSubject.customer(customer.value())))).contains(NAME, NOTE);
    }
}
