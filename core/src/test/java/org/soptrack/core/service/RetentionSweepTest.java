package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.memory.DyingTransactions;
import org.soptrack.core.memory.InMemoryAuditLogRepository;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SweepRetentionUseCase;

/**
 * The retention rules enforced by the sweep, each on a fake clock at its boundary; legal holds; a sweep killed
 * half-way; dry runs; and one organization's sweep never touching another's records.
 */
class RetentionSweepTest {

    private static final TokenHash HASH = new TokenHash("a".repeat(64));
    private static final CoreSettings SMALL_BATCHES = CoreSettings.DEFAULTS.withRetention(RetentionPolicy.defaults(), 2);

    private final CoreFixture f = new CoreFixture(SMALL_BATCHES);

    /** Records of every category, written "now" in the organization: returns a check that says what is left. */
    private Map<RetentionCategory, Supplier<Boolean>> seedEveryCategory(CoreFixture fx, CoreFixture.Org org) {
        return seedEveryCategory(fx, org, true);
    }

    /**
     * The same; {@code cancel} ends with a cancelled subscription, whose purge after 90 days takes the business data
     * and anonymizes every account, else with an active one.
     */
    private Map<RetentionCategory, Supplier<Boolean>> seedEveryCategory(CoreFixture fx, CoreFixture.Org org,
                                                                        boolean cancel) {
        TenantId t = org.tenant();
        MemberId owner = org.owner().memberId();
        Instant now = fx.clock.now();
        AuditEvent login = new AuditEvent(UUID.randomUUID(), t, now, ActorRef.member(owner), AuditAction.LOGIN_FAILED,
                "member:" + owner, Map.of("address", "203.0.113.9"));
        Session challenge = Session.awaitingSecondFactor(SessionId.of(UUID.randomUUID()), t, owner,
                new Session.Challenge(MfaMethod.EMAIL_CODE, HASH, Optional.of(HASH), now.plusSeconds(600), 0), now,
                "203.0.113.9", "Firefox/140");
        TrustedDevice device = TrustedDevice.trust(TrustedDeviceId.of(UUID.randomUUID()), t, owner, HASH, "Laptop", now);
        OperatorAccessGrant grant = OperatorAccessGrant.open(new GrantId(UUID.randomUUID()), t,
                new OperatorId(UUID.randomUUID()), "Ticket 4711: customer cannot see SOPs", GrantScope.READ_ONLY,
                Duration.ofHours(1), now);
        grant.close(ActorRef.system(), now);
        RaisedEvent event = new RaisedEvent(UUID.randomUUID(), t, NotificationEvent.SOP_RECEIVED, "k:" + UUID.randomUUID(),
                Optional.of(org.rooftop()), now, Map.of());
        OutboxMessage message = OutboxMessage.create(UUID.randomUUID(), event, new Destination(ChannelKind.EMAIL,
                "parts@example.com", Map.of()), new MessageContent("s", "b"), Optional.empty(), now);
        message.claim(now);
        message.record(new DeliveryResult.Delivered("250"), now, DispatchPolicy.DEFAULTS, RandomGenerator.getDefault());
        if (in(fx, t, () -> fx.ports.organizations().find(t).orElseThrow().readOnly())) {
            bill(fx, t, "subscription.activated", now);
        }
        MemberActor absent = fx.join(org, Role.ADVISOR);
        MemberActor leaving = fx.join(org, Role.VIEWER);
        fx.core.accounts().closeAccount().requestDeletion(leaving, Optional.of(CoreFixture.PASSWORD)).orElseThrow();
        PublicRequest request = new PublicRequest(UUID.randomUUID(), PublicRequest.Kind.DEMO, "Dana Dealer",
                "Dana's Toyota", Email.of("dana@example.com"), Optional.empty(), "Please show us soptrack", now);
        fx.ports.publicRequests().add(request);
        OperatorId operator = OperatorId.of(UUID.randomUUID());
        PlatformAuditEntry replied = new PlatformAuditEntry(UUID.randomUUID(), now, operator,
                PlatformAuditEntry.Action.PUBLIC_REQUEST_REPLIED, request.id(), "Replied");
        fx.ports.publicRequests().addReply(new PublicRequestReply(UUID.randomUUID(), request.id(), operator, "Hello",
                now, Optional.empty()), replied);
        Incident incident = new Incident(UUID.randomUUID(), "A stolen laptop", now, now, operator,
                Set.of(Incident.DataCategory.CUSTOMERS), List.of(new Incident.Affected(t, Set.of())));
        fx.ports.incidents().add(incident, new PlatformAuditEntry(UUID.randomUUID(), now, operator,
                PlatformAuditEntry.Action.INCIDENT_RECORDED, incident.id(), "Recorded"));
        CustomerId customer = fx.customer(org.owner());
        SpecialOrder order = fx.create(org.owner(), org.rooftop(), customer, "RO-" + UUID.randomUUID().toString()
                .substring(0, 6)).orElseThrow();
        bill(fx, t, "invoice.paid", now);
        bill(fx, t, cancel ? "subscription.cancelled" : "subscription.activated", now);
        in(fx, t, () -> {
            fx.ports.audit().append(t, login);
            fx.ports.sessions().add(t, challenge);
            fx.ports.trustedDevices().add(t, device);
            fx.ports.grants().add(t, grant);
            fx.ports.outbox().recordEvent(t, event);
            fx.ports.outbox().enqueue(t, message);
            return null;
        });
        return plus(plus(Map.of(
                RetentionCategory.SECURITY_LOG, () -> fx.audit(org, AuditAction.LOGIN_FAILED).size() == 1,
                RetentionCategory.MFA_CODES, () -> in(fx, t, () -> fx.ports.sessions().find(t, challenge.id()).isPresent()),
                RetentionCategory.TRUSTED_DEVICES, () -> in(fx, t, () -> fx.ports.trustedDevices().find(t, device.id())
                        .isPresent()),
                RetentionCategory.INACTIVE_MEMBERS, () -> in(fx, t, () -> fx.ports.members().find(t, absent.memberId())
                        .orElseThrow().state().status() != MemberStatus.ANONYMIZED),
                RetentionCategory.DELETED_MEMBERS, () -> in(fx, t, () -> fx.ports.members().find(t, leaving.memberId())
                        .isPresent()),
                RetentionCategory.OPERATOR_AUDIT, () -> in(fx, t, () -> fx.ports.grants().find(t, grant.id()).isPresent()),
                RetentionCategory.DELIVERY_LOG, () -> in(fx, t, () -> fx.ports.outbox().find(t, message.id()).isPresent()),
                RetentionCategory.TENANT_DATA, () -> in(fx, t, () -> fx.ports.orders().find(t, order.id()).isPresent()
                        && fx.ports.customers().find(t, customer).isPresent()),
                RetentionCategory.BILLING_RECORDS, () -> in(fx, t, () -> !fx.ports.billing().findAll(t).isEmpty()),
                RetentionCategory.PUBLIC_REQUESTS, () -> fx.ports.publicRequests().latest(10_000).contains(request)),
                RetentionCategory.PLATFORM_AUDIT, () -> fx.ports.platformAudit().latest(10_000).contains(replied)),
                RetentionCategory.INCIDENTS, () -> fx.ports.incidents().find(incident.id()).isPresent());
    }

    private static void bill(CoreFixture fx, TenantId tenant, String type, Instant at) {
        fx.core.organizations().billing().receive(new BillingUseCase.Notice(tenant, "evt_" + UUID.randomUUID(), type, at,
                Optional.of("149.00"), Optional.of("USD"), Optional.of("INV-1"), Optional.of("billing@example.com")))
                .orElseThrow();
    }

    /** Entries of categories (at most ten, as many as {@code Map.of} takes) and one more. */
    private static <V> Map<RetentionCategory, V> plus(Map<RetentionCategory, V> ten, RetentionCategory category,
                                                      V value) {
        Map<RetentionCategory, V> all = new java.util.EnumMap<>(ten);
        all.put(category, value);
        return all;
    }

    private static <T> T in(CoreFixture fx, TenantId tenant, Supplier<T> work) {
        return fx.ports.transactions().inTenant(tenant, work);
    }

    /** The published periods, each checked just inside and just past its end. */
    private static final Map<RetentionCategory, Duration[]> BOUNDARIES = plus(plus(Map.of(
            RetentionCategory.TENANT_DATA, new Duration[] {Duration.ofDays(89), Duration.ofDays(91)},
            RetentionCategory.BILLING_RECORDS, new Duration[] {Duration.ofDays(7 * 365), Duration.ofDays(7 * 365 + 3)},
            RetentionCategory.SECURITY_LOG, new Duration[] {Duration.ofDays(179), Duration.ofDays(181)},
            RetentionCategory.MFA_CODES, new Duration[] {Duration.ofMinutes(9), Duration.ofMinutes(11)},
            RetentionCategory.TRUSTED_DEVICES, new Duration[] {Duration.ofDays(89), Duration.ofDays(91)},
            RetentionCategory.INACTIVE_MEMBERS, new Duration[] {Duration.ofDays(179), Duration.ofDays(181)},
            RetentionCategory.DELETED_MEMBERS, new Duration[] {Duration.ofDays(29), Duration.ofDays(31)},
            RetentionCategory.PUBLIC_REQUESTS, new Duration[] {Duration.ofDays(364), Duration.ofDays(366)},
            RetentionCategory.DELIVERY_LOG, new Duration[] {Duration.ofDays(89), Duration.ofDays(91)},
            RetentionCategory.OPERATOR_AUDIT, new Duration[] {Duration.ofDays(730), Duration.ofDays(732)}),
            RetentionCategory.PLATFORM_AUDIT, new Duration[] {Duration.ofDays(730), Duration.ofDays(732)}),
            RetentionCategory.INCIDENTS, new Duration[] {Duration.ofDays(5 * 365), Duration.ofDays(5 * 365 + 3)});

    @Test
    void every_rule_keeps_its_records_until_its_period_ends_and_removes_them_after() {
        assertThat(BOUNDARIES.keySet()).containsExactlyInAnyOrder(RetentionCategory.values());
        for (RetentionCategory category : RetentionCategory.values()) {
            CoreFixture fx = new CoreFixture(SMALL_BATCHES);
            CoreFixture.Org org = fx.signUp("Rule " + category.ordinal());
            // Only the business data's rule needs the cancellation; its purge would anonymize the accounts too.
            Map<RetentionCategory, Supplier<Boolean>> present = seedEveryCategory(fx, org,
                    category == RetentionCategory.TENANT_DATA);
            Instant start = fx.clock.now();

            fx.clock.set(start.plus(BOUNDARIES.get(category)[0]));
            fx.core.privacy().sweepRetention().sweepAll(false);
            assertThat(present.get(category).get()).as("%s just inside its period", category).isTrue();

            fx.clock.set(start.plus(BOUNDARIES.get(category)[1]));
            fx.core.privacy().sweepRetention().sweepAll(false);
            assertThat(present.get(category).get()).as("%s just past its period", category).isFalse();
        }
    }

    @Test
    void the_seven_year_and_two_year_rules_count_calendar_years() {
        Instant leapDay = Instant.parse("2028-02-29T12:00:00Z");
        var operator = RetentionPolicy.defaults().rule(RetentionCategory.OPERATOR_AUDIT).period();
        assertThat(operator.cutoff(leapDay)).isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
        var sevenYears = org.soptrack.core.domain.retention.RetentionPeriod.years(7);
        assertThat(sevenYears.cutoff(Instant.parse("2033-11-23T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void a_hold_on_the_organization_suspends_every_rule_there_and_nowhere_else_until_released() {
        CoreFixture.Org held = f.signUp("Held");
        CoreFixture.Org free = f.signUp("Free");
        Map<RetentionCategory, Supplier<Boolean>> heldRecords = seedEveryCategory(f, held);
        Map<RetentionCategory, Supplier<Boolean>> freeRecords = seedEveryCategory(f, free);
        LegalHold hold = f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(held.owner(),
                HoldSubject.organization(), "Litigation hold: case 24-CV-1187")).orElseThrow();
        f.clock.advance(Duration.ofDays(8 * 366));

        SweepRetentionUseCase.Report report = f.core.privacy().sweepRetention().sweepAll(false);

        heldRecords.forEach((category, present) -> assertThat(present.get()).as("held %s", category)
                .isEqualTo(!category.platform()));
        freeRecords.forEach((category, present) -> assertThat(present.get()).as("free %s", category).isFalse());
        assertThat(report.lines()).filteredOn(l -> l.tenant().equals(held.tenant()))
                .hasSize(RetentionCategory.values().length - 3) // all but the platform's requests, audit log, incidents
                .allSatisfy(l -> assertThat(l.suspended()).isTrue())
                .allSatisfy(l -> assertThat(l.why()).contains(hold.id().toString()));

        f.core.privacy().legalHolds().release(held.owner(), hold.id()).orElseThrow();
        f.core.privacy().sweepRetention().sweepAll(false);
        heldRecords.forEach((category, present) -> assertThat(present.get()).as("released %s", category).isFalse());
    }

    @Test
    void a_held_member_keeps_their_security_log_while_everyone_else_loses_theirs() {
        CoreFixture.Org org = f.signUp("Members");
        var colleague = f.join(org, Role.VIEWER);
        Map<RetentionCategory, Supplier<Boolean>> owner = seedEveryCategory(f, org);
        in(f, org.tenant(), () -> {
            f.ports.audit().append(org.tenant(), new AuditEvent(UUID.randomUUID(), org.tenant(), f.clock.now(),
                    ActorRef.member(colleague.memberId()), AuditAction.LOGIN_SUCCEEDED, "member:x", Map.of()));
            return null;
        });
        f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(org.owner(),
                HoldSubject.member(org.owner().memberId().value()), "Employment dispute, counsel's request")).orElseThrow();
        f.clock.advance(Duration.ofDays(200));

        f.core.privacy().sweepRetention().sweepAll(false);

        assertThat(owner.get(RetentionCategory.SECURITY_LOG).get()).isTrue();
        assertThat(owner.get(RetentionCategory.TRUSTED_DEVICES).get()).isTrue();
        assertThat(owner.get(RetentionCategory.MFA_CODES).get()).isTrue();
        assertThat(f.audit(org, AuditAction.LOGIN_SUCCEEDED)).isEmpty();
    }

    @Test
    void each_batch_of_the_security_log_starts_where_the_one_before_it_ended_and_each_sweep_at_the_start() {
        CoreFixture.Org org = f.signUp("Resuming");
        InMemoryAuditLogRepository log = (InMemoryAuditLogRepository) f.ports.audit();
        for (int sweep = 0; sweep < 2; sweep++) {
            int calls = log.sweepCalls().size();
            for (int i = 0; i < 5; i++) {
                Instant at = f.clock.now().minus(Duration.ofMinutes(i));
                in(f, org.tenant(), () -> {
                    f.ports.audit().append(org.tenant(), new AuditEvent(UUID.randomUUID(), org.tenant(), at,
                            ActorRef.member(org.owner().memberId()), AuditAction.LOGIN_FAILED, "member:x", Map.of()));
                    return null;
                });
            }
            f.clock.advance(Duration.ofDays(200));
            f.core.privacy().sweepRetention().sweepAll(false);

            List<InMemoryAuditLogRepository.SweepCall> batches = log.sweepCalls().subList(calls,
                    log.sweepCalls().size()).stream().filter(c -> c.tenant().equals(org.tenant())
                    && c.category() == RetentionCategory.SECURITY_LOG).toList();
            assertThat(batches).as("five entries in batches of two").hasSize(3);
            assertThat(batches.get(0).after()).as("sweep %d starts at the start", sweep).isEmpty();
            for (int i = 1; i < batches.size(); i++) {
                assertThat(batches.get(i).after()).isPresent().isEqualTo(batches.get(i - 1).batch().resumeAt());
            }
            assertThat(f.audit(org, AuditAction.LOGIN_FAILED)).isEmpty();
        }
    }

    private record Remains(int logins, int messages, int sweepsAudited, long removedAudited) {
    }

    private Remains remains(CoreFixture fx, CoreFixture.Org org) {
        List<AuditEvent> sweeps = fx.audit(org, AuditAction.RETENTION_SWEPT);
        int messages = in(fx, org.tenant(), () -> fx.ports.outbox().find(org.tenant(),
                new org.soptrack.core.port.out.OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 200))
                .items().size());
        return new Remains(fx.audit(org, AuditAction.LOGIN_FAILED).size(), messages, sweeps.size(),
                sweeps.stream().mapToLong(e -> Long.parseLong(e.details().get("records"))).sum());
    }

    private CoreFixture.Org seedMany(CoreFixture fx) {
        CoreFixture.Org org = fx.signUp("Many");
        for (int i = 0; i < 7; i++) {
            seedEveryCategory(fx, org);
        }
        fx.clock.advance(Duration.ofDays(100));
        for (int i = 0; i < 3; i++) {
            seedEveryCategory(fx, org);
        }
        fx.clock.advance(Duration.ofDays(85));
        return org;
    }

    @Test
    void a_sweep_killed_half_way_and_run_again_ends_where_an_uninterrupted_sweep_ends() {
        CoreFixture whole = new CoreFixture(SMALL_BATCHES);
        Remains uninterrupted = remains(whole, sweptOnce(whole));

        for (int survive : new int[] {1, 3, 6, 11}) {
            CoreFixture fx = new CoreFixture(SMALL_BATCHES);
            CoreFixture.Org org = seedMany(fx);
            SoptrackCore dying = new SoptrackCore(fx.ports.withTransactions(DyingTransactions.after(fx.ports.transactions(),
                    survive)), SMALL_BATCHES);
            assertThatThrownBy(() -> dying.privacy().sweepRetention().sweepAll(false)).hasMessage("killed");
            fx.core.privacy().sweepRetention().sweepAll(false);
            Remains resumed = remains(fx, org);
            assertThat(resumed.logins()).as("killed after %d", survive).isEqualTo(uninterrupted.logins());
            assertThat(resumed.messages()).as("killed after %d", survive).isEqualTo(uninterrupted.messages());
            assertThat(resumed.removedAudited()).as("killed after %d", survive)
                    .isEqualTo(uninterrupted.removedAudited());
        }
        assertThat(uninterrupted.logins()).isEqualTo(3);
        assertThat(uninterrupted.removedAudited()).isGreaterThan(7 * 4);
        assertThat(uninterrupted.sweepsAudited()).as("a batch of at most 2 per entry").isGreaterThan(14);
    }

    @Test
    void batches_sized_to_a_target_remove_what_fixed_batches_remove_in_fewer_larger_batches() {
        CoreFixture fixed = new CoreFixture(SMALL_BATCHES);
        Remains byTwo = remains(fixed, sweptOnce(fixed));
        // An hour per batch: every batch is quick, so each is twice the last, from 2 up to 64 times 2.
        CoreFixture sized = new CoreFixture(SMALL_BATCHES.withSweepBatchTarget(Duration.ofHours(1)));
        CoreFixture.Org org = sweptOnce(sized);
        Remains growing = remains(sized, org);

        assertThat(growing.logins()).isEqualTo(byTwo.logins());
        assertThat(growing.messages()).isEqualTo(byTwo.messages());
        assertThat(growing.removedAudited()).isEqualTo(byTwo.removedAudited());
        assertThat(growing.sweepsAudited()).isLessThan(byTwo.sweepsAudited());
        assertThat(sized.audit(org, AuditAction.RETENTION_SWEPT))
                .extracting(e -> Integer.parseInt(e.details().get("records")))
                .anySatisfy(records -> assertThat(records).isGreaterThan(2))
                .allSatisfy(records -> assertThat(records).isLessThanOrEqualTo(2 * 64));
    }

    private CoreFixture.Org sweptOnce(CoreFixture fx) {
        CoreFixture.Org org = seedMany(fx);
        SweepRetentionUseCase.Report report = fx.core.privacy().sweepRetention().sweepAll(false);
        assertThat(fx.core.privacy().sweepRetention().sweepAll(false).total()).as("a second run finds nothing").isZero();
        assertThat(report.total()).isEqualTo(remains(fx, org).removedAudited());
        return org;
    }

    @Test
    void a_dry_run_counts_what_the_sweep_then_removes_and_changes_nothing() {
        CoreFixture.Org org = seedMany(f);
        CoreFixture.Org other = f.signUp("Other");
        seedEveryCategory(f, other);

        SweepRetentionUseCase.Report dry = f.core.privacy().sweepRetention().dryRun(org.owner()).orElseThrow();
        SweepRetentionUseCase.Report allDry = f.core.privacy().sweepRetention().sweepAll(true);
        Remains before = remains(f, org);
        SweepRetentionUseCase.Report real = f.core.privacy().sweepRetention().sweepAll(false);

        assertThat(dry.lines()).allSatisfy(l -> assertThat(l.tenant()).isEqualTo(org.tenant()));
        assertThat(dry.total()).isPositive().isEqualTo(allDry.total()).isEqualTo(real.total());
        assertThat(before.sweepsAudited()).isZero();
        assertThat(before.logins()).isEqualTo(10);
        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(records(dry, category)).as("%s", category).isEqualTo(records(real, category));
        }
        assertThat(records(dry, RetentionCategory.TRUSTED_DEVICES)).isEqualTo(7);
        assertThat(real.lines()).filteredOn(l -> l.tenant().equals(other.tenant()))
                .allSatisfy(l -> assertThat(l.records()).isZero());
    }

    private static long records(SweepRetentionUseCase.Report report, RetentionCategory category) {
        return report.lines().stream().filter(l -> l.category() == category)
                .mapToLong(SweepRetentionUseCase.Line::records).sum();
    }

    @Test
    void only_administrators_see_dry_runs_and_manage_holds_of_their_own_organization() {
        CoreFixture.Org org = f.signUp("Guarded");
        CoreFixture.Org other = f.signUp("Elsewhere");
        var viewer = f.join(org, Role.VIEWER);
        var admin = f.join(org, Role.ADMIN);
        var customerOfOther = f.customer(other.owner());

        assertThat(f.core.privacy().sweepRetention().dryRun(viewer)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.privacy().sweepRetention().dryRun(admin).isOk()).isTrue();
        assertThat(f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(viewer, HoldSubject.organization(),
                "Litigation hold: case 24-CV-1187"))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(admin,
                HoldSubject.customer(customerOfOther.value()), "Litigation hold: case 24-CV-1187")))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(admin, HoldSubject.organization(), "short")))
                .isInstanceOf(Outcome.Invalid.class);
        LegalHold hold = f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(admin, HoldSubject.organization(),
                "Litigation hold: case 24-CV-1187")).orElseThrow();
        assertThat(f.core.privacy().legalHolds().release(other.owner(), hold.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.privacy().legalHolds().list(other.owner()).orElseThrow()).isEmpty();
        assertThat(f.core.privacy().legalHolds().release(admin, hold.id()).isOk()).isTrue();
        assertThat(f.core.privacy().legalHolds().release(admin, hold.id())).isEqualTo(
                new Outcome.Rejected<>(LegalHoldsUseCase.RELEASED_ALREADY, "The legal hold was released already"));
        assertThat(f.audit(org, AuditAction.LEGAL_HOLD_PLACED)).hasSize(1);
        assertThat(f.audit(org, AuditAction.LEGAL_HOLD_RELEASED)).hasSize(1);
    }
}
