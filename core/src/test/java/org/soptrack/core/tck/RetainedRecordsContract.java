package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.RemovedBatch;
import org.soptrack.core.port.out.RetainedRecordsPort;

/**
 * What every store a retention rule covers must do (R-RET-3): count and remove exactly the records before the cutoff
 * (one at the cutoff stays), spare held subjects, stop at the batch size, change nothing when run again, refuse a
 * category it does not hold, and never see another tenant's rows.
 */
public abstract class RetainedRecordsContract extends PortsContract {

    private static final Instant CUTOFF = TestData.at(Duration.ofDays(400));

    private static Expiry expiry(RetentionCategory category, Set<UUID> members, Set<UUID> customers, int batch) {
        return new Expiry(category, CUTOFF, members, customers, batch);
    }

    private static Expiry expiry(RetentionCategory category) {
        return expiry(category, Set.of(), Set.of(), 1000);
    }

    private static Instant before(Duration d) {
        return CUTOFF.minus(d);
    }

    private long count(TenantId tenant, RetainedRecordsPort store, Expiry expiry) {
        return in(tenant, () -> store.countExpired(tenant, expiry));
    }

    private int remove(TenantId tenant, RetainedRecordsPort store, Expiry expiry) {
        return in(tenant, () -> store.removeExpired(tenant, expiry));
    }

    private MemberId member(TenantId tenant) {
        Member m = TestData.member(tenant, UUID.randomUUID() + "@example.com", Role.VIEWER);
        run(tenant, () -> ports.members().add(tenant, m));
        return m.id();
    }

    private void audit(TenantId tenant, MemberId member, AuditAction action, Instant at) {
        run(tenant, () -> ports.audit().append(tenant, new AuditEvent(UUID.randomUUID(), tenant, at,
                ActorRef.member(member), action, "member:" + member, Map.of("address", "203.0.113.9"))));
    }

    private List<AuditAction> auditActions(TenantId tenant) {
        return in(tenant, () -> ports.audit().find(tenant, new AuditQuery(Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), 200))).items().stream()
                .map(AuditEvent::action).sorted().toList();
    }

    @Test
    void audit_entries_of_the_category_go_before_the_cutoff_and_held_members_stay() {
        Seed a = seed();
        Seed b = seed();
        MemberId m = member(a.tenant());
        MemberId held = member(a.tenant());
        MemberId other = member(b.tenant());
        audit(a.tenant(), m, AuditAction.LOGIN_FAILED, before(Duration.ofSeconds(1)));
        audit(a.tenant(), m, AuditAction.SECOND_FACTOR_PASSED, before(Duration.ofDays(30)));
        audit(a.tenant(), m, AuditAction.LOGIN_SUCCEEDED, CUTOFF);
        audit(a.tenant(), held, AuditAction.LOGIN_FAILED, before(Duration.ofDays(1)));
        audit(a.tenant(), m, AuditAction.ROLE_CHANGED, before(Duration.ofDays(1)));
        audit(a.tenant(), m, AuditAction.OPERATOR_ACCESS_USED, before(Duration.ofDays(1)));
        audit(b.tenant(), other, AuditAction.LOGIN_FAILED, before(Duration.ofDays(1)));
        Expiry security = expiry(RetentionCategory.SECURITY_LOG, Set.of(held.value()), Set.of(), 1);

        assertThat(count(a.tenant(), ports.audit(), security)).isEqualTo(2);
        assertThat(count(a.tenant(), ports.audit(), expiry(RetentionCategory.OPERATOR_AUDIT))).isEqualTo(1);
        assertThat(remove(a.tenant(), ports.audit(), security)).isEqualTo(1);
        assertThat(remove(a.tenant(), ports.audit(), security)).isEqualTo(1);
        assertThat(remove(a.tenant(), ports.audit(), security)).isZero();
        assertThat(auditActions(a.tenant())).containsExactly(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED,
                AuditAction.ROLE_CHANGED, AuditAction.OPERATOR_ACCESS_USED);
        assertThat(auditActions(b.tenant())).containsExactly(AuditAction.LOGIN_FAILED);
        assertThatThrownBy(() -> count(a.tenant(), ports.audit(), expiry(RetentionCategory.DELIVERY_LOG)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_audit_logs_batches_go_on_where_the_last_one_ended_and_miss_nothing_behind_it() {
        Seed a = seed();
        Seed b = seed();
        MemberId m = member(a.tenant());
        MemberId held = member(a.tenant());
        Instant shared = before(Duration.ofDays(2));
        for (int i = 0; i < 3; i++) { // a batch of two ends among entries of one action and time
            audit(a.tenant(), m, AuditAction.LOGIN_FAILED, shared);
        }
        audit(a.tenant(), held, AuditAction.LOGIN_FAILED, before(Duration.ofDays(1)));
        audit(a.tenant(), m, AuditAction.LOGIN_FAILED, before(Duration.ofHours(1)));
        audit(a.tenant(), m, AuditAction.LOGIN_SUCCEEDED, before(Duration.ofDays(5)));
        audit(a.tenant(), m, AuditAction.SECOND_FACTOR_PASSED, before(Duration.ofDays(3)));
        audit(a.tenant(), m, AuditAction.LOGIN_SUCCEEDED, CUTOFF);
        audit(b.tenant(), member(b.tenant()), AuditAction.LOGIN_FAILED, shared);
        Expiry security = expiry(RetentionCategory.SECURITY_LOG, Set.of(held.value()), Set.of(), 2);

        List<Integer> batches = new ArrayList<>();
        AtomicReference<Optional<String>> after = new AtomicReference<>(Optional.empty());
        RemovedBatch batch;
        do {
            batch = in(a.tenant(), () -> ports.audit().removeExpired(a.tenant(), security, after.get()));
            batches.add(batch.removed());
            after.set(batch.resumeAt());
        } while (batch.removed() == 2);

        assertThat(batches).containsExactly(2, 2, 2, 0);
        assertThat(count(a.tenant(), ports.audit(), security)).isZero();
        assertThat(auditActions(a.tenant())).containsExactly(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED);
        assertThat(auditActions(b.tenant())).containsExactly(AuditAction.LOGIN_FAILED);
        assertThatThrownBy(() -> in(a.tenant(), () -> ports.audit().removeExpired(a.tenant(), security,
                Optional.of("LOGIN_FAILED yesterday")))).isInstanceOf(IllegalArgumentException.class);
    }

    private static TokenHash hash(char c) {
        return new TokenHash(String.valueOf(c).repeat(64));
    }

    private Session waiting(TenantId tenant, MemberId member, Instant startedAt) {
        Session s = Session.awaitingSecondFactor(SessionId.of(UUID.randomUUID()), tenant, member,
                new Session.Challenge(MfaMethod.EMAIL_CODE, hash('a'), Optional.of(hash('b')),
                        startedAt.plus(Duration.ofMinutes(10)), 0), startedAt, "203.0.113.7", "Firefox/140");
        run(tenant, () -> ports.sessions().add(tenant, s));
        return s;
    }

    private Session signedIn(TenantId tenant, MemberId member, Instant startedAt, Optional<Instant> endedAt) {
        Session s = Session.signedIn(SessionId.of(UUID.randomUUID()), tenant, member, hash('c'), startedAt,
                "203.0.113.8", "Safari/18");
        endedAt.ifPresent(at -> s.end(Session.EndReason.LOGGED_OUT, at));
        run(tenant, () -> ports.sessions().add(tenant, s));
        return s;
    }

    private boolean exists(TenantId tenant, Session session) {
        return in(tenant, () -> ports.sessions().find(tenant, session.id())).isPresent();
    }

    @Test
    void sessions_waiting_for_a_code_and_ended_sessions_go_by_their_own_clocks() {
        Seed a = seed();
        Seed b = seed();
        MemberId m = member(a.tenant());
        MemberId held = member(a.tenant());
        Session oldChallenge = waiting(a.tenant(), m, before(Duration.ofSeconds(1)));
        Session freshChallenge = waiting(a.tenant(), m, CUTOFF);
        Session endedLongAgo = signedIn(a.tenant(), m, before(Duration.ofDays(9)), Optional.of(before(Duration.ofDays(8))));
        Session unusedLongAgo = signedIn(a.tenant(), m, before(Duration.ofDays(2)), Optional.empty());
        Session endedRecently = signedIn(a.tenant(), m, before(Duration.ofDays(9)), Optional.of(CUTOFF));
        Session heldSession = signedIn(a.tenant(), held, before(Duration.ofDays(9)), Optional.of(before(Duration.ofDays(8))));
        Session otherTenant = waiting(b.tenant(), member(b.tenant()), before(Duration.ofDays(1)));

        Expiry log = expiry(RetentionCategory.SECURITY_LOG, Set.of(held.value()), Set.of(), 1000);
        assertThat(count(a.tenant(), ports.sessions(), log)).as("challenges are MFA codes' to remove").isEqualTo(2);
        Expiry codes = expiry(RetentionCategory.MFA_CODES);
        assertThat(count(a.tenant(), ports.sessions(), codes)).isEqualTo(1);
        assertThat(remove(a.tenant(), ports.sessions(), codes)).isEqualTo(1);
        assertThat(exists(a.tenant(), oldChallenge)).isFalse();
        assertThat(exists(a.tenant(), freshChallenge)).isTrue();

        assertThat(remove(a.tenant(), ports.sessions(), log)).isEqualTo(2);
        assertThat(remove(a.tenant(), ports.sessions(), log)).isZero();
        assertThat(exists(a.tenant(), endedLongAgo)).isFalse();
        assertThat(exists(a.tenant(), unusedLongAgo)).isFalse();
        assertThat(exists(a.tenant(), endedRecently)).isTrue();
        assertThat(exists(a.tenant(), heldSession)).isTrue();
        assertThat(exists(a.tenant(), freshChallenge)).isTrue();
        assertThat(exists(b.tenant(), otherTenant)).isTrue();
        assertThatThrownBy(() -> count(a.tenant(), ports.sessions(), expiry(RetentionCategory.TRUSTED_DEVICES)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private TrustedDevice device(TenantId tenant, MemberId member, Instant lastUsed, boolean revoked) {
        TrustedDevice d = TrustedDevice.trust(TrustedDeviceId.of(UUID.randomUUID()), tenant, member, hash('d'),
                "Firefox on Linux", lastUsed.minus(Duration.ofDays(1)));
        d.use(lastUsed);
        if (revoked) {
            d.revoke(lastUsed);
        }
        run(tenant, () -> ports.trustedDevices().add(tenant, d));
        return d;
    }

    private boolean exists(TenantId tenant, TrustedDevice device) {
        return in(tenant, () -> ports.trustedDevices().find(tenant, device.id())).isPresent();
    }

    @Test
    void revoked_devices_and_devices_unused_since_the_cutoff_go() {
        Seed a = seed();
        Seed b = seed();
        MemberId m = member(a.tenant());
        MemberId held = member(a.tenant());
        TrustedDevice unused = device(a.tenant(), m, before(Duration.ofSeconds(1)), false);
        TrustedDevice revokedToday = device(a.tenant(), m, CUTOFF.plus(Duration.ofDays(20)), true);
        TrustedDevice inUse = device(a.tenant(), m, CUTOFF, false);
        TrustedDevice heldDevice = device(a.tenant(), held, before(Duration.ofDays(3)), false);
        TrustedDevice otherTenant = device(b.tenant(), member(b.tenant()), before(Duration.ofDays(3)), true);

        Expiry devices = expiry(RetentionCategory.TRUSTED_DEVICES, Set.of(held.value()), Set.of(), 1000);
        assertThat(count(a.tenant(), ports.trustedDevices(), devices)).isEqualTo(2);
        assertThat(remove(a.tenant(), ports.trustedDevices(), devices)).isEqualTo(2);
        assertThat(remove(a.tenant(), ports.trustedDevices(), devices)).isZero();
        assertThat(exists(a.tenant(), unused)).isFalse();
        assertThat(exists(a.tenant(), revokedToday)).isFalse();
        assertThat(exists(a.tenant(), inUse)).isTrue();
        assertThat(exists(a.tenant(), heldDevice)).isTrue();
        assertThat(exists(b.tenant(), otherTenant)).isTrue();
        assertThatThrownBy(() -> remove(a.tenant(), ports.trustedDevices(), expiry(RetentionCategory.SECURITY_LOG)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private OperatorAccessGrant grant(TenantId tenant, Instant openedAt, Duration length, Optional<Instant> closedAt) {
        OperatorAccessGrant g = OperatorAccessGrant.open(new GrantId(UUID.randomUUID()), tenant,
                new OperatorId(UUID.randomUUID()), "Ticket 4711: customer cannot see SOPs", GrantScope.READ_ONLY,
                length, openedAt);
        closedAt.ifPresent(at -> g.close(ActorRef.system(), at));
        run(tenant, () -> ports.grants().add(tenant, g));
        return g;
    }

    @Test
    void grants_go_once_they_closed_or_expired_before_the_cutoff() {
        Seed a = seed();
        Seed b = seed();
        grant(a.tenant(), before(Duration.ofHours(3)), Duration.ofHours(2),
                Optional.empty());
        grant(a.tenant(), before(Duration.ofHours(3)), Duration.ofHours(8),
                Optional.of(before(Duration.ofHours(2))));
        OperatorAccessGrant endsAtCutoff = grant(a.tenant(), before(Duration.ofHours(2)), Duration.ofHours(2),
                Optional.empty());
        OperatorAccessGrant otherTenant = grant(b.tenant(), before(Duration.ofDays(3)), Duration.ofHours(2),
                Optional.empty());

        Expiry operator = expiry(RetentionCategory.OPERATOR_AUDIT);
        assertThat(count(a.tenant(), ports.grants(), operator)).isEqualTo(2);
        assertThat(remove(a.tenant(), ports.grants(), operator)).isEqualTo(2);
        assertThat(in(a.tenant(), () -> ports.grants().findAll(a.tenant()))).extracting(OperatorAccessGrant::id)
                .containsExactly(endsAtCutoff.id());
        assertThat(in(b.tenant(), () -> ports.grants().find(b.tenant(), otherTenant.id()))).isPresent();
        assertThatThrownBy(() -> count(a.tenant(), ports.grants(), expiry(RetentionCategory.MFA_CODES)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private OutboxMessage message(TenantId tenant, NotificationEvent type, Instant at, Optional<CustomerId> customer,
                                  Optional<Instant> deliveredAt) {
        RaisedEvent event = new RaisedEvent(UUID.randomUUID(), tenant, type, type.type() + ":" + UUID.randomUUID(),
                Optional.empty(), at, Map.of("customer", "Jordan Driver"));
        OutboxMessage m = OutboxMessage.create(UUID.randomUUID(), event, new Destination(ChannelKind.EMAIL,
                "jordan@example.com", Map.of()), new MessageContent("subject", "code 123456"), customer, at);
        run(tenant, () -> {
            ports.outbox().recordEvent(tenant, event);
            ports.outbox().enqueue(tenant, m);
        });
        deliveredAt.ifPresent(when -> run(tenant, () -> {
            OutboxMessage loaded = ports.outbox().find(tenant, m.id()).orElseThrow();
            loaded.claim(when.plusSeconds(60));
            DeliveryAttempt attempt = loaded.record(new DeliveryResult.Delivered("250 OK"), when,
                    DispatchPolicy.DEFAULTS, RandomGenerator.getDefault());
            ports.outbox().update(tenant, loaded);
            ports.outbox().addAttempt(tenant, attempt);
        }));
        return m;
    }

    private Optional<OutboxMessage> find(TenantId tenant, OutboxMessage m) {
        return in(tenant, () -> ports.outbox().find(tenant, m.id()));
    }

    @Test
    void settled_messages_go_with_their_attempts_and_events_while_pending_and_held_ones_stay() {
        Seed a = seed();
        Seed b = seed();
        Optional<Instant> longAgo = Optional.of(before(Duration.ofSeconds(1)));
        OutboxMessage delivered = message(a.tenant(), NotificationEvent.SOP_RECEIVED, before(Duration.ofDays(2)),
                Optional.of(new CustomerId(UUID.randomUUID())), longAgo);
        OutboxMessage pending = message(a.tenant(), NotificationEvent.SOP_RECEIVED, before(Duration.ofDays(2)),
                Optional.empty(), Optional.empty());
        OutboxMessage recent = message(a.tenant(), NotificationEvent.SOP_RECEIVED, before(Duration.ofDays(2)),
                Optional.empty(), Optional.of(CUTOFF));
        OutboxMessage held = message(a.tenant(), NotificationEvent.SOP_RECEIVED, before(Duration.ofDays(2)),
                Optional.of(a.customer()), longAgo);
        OutboxMessage otherTenant = message(b.tenant(), NotificationEvent.SOP_RECEIVED, before(Duration.ofDays(2)),
                Optional.empty(), longAgo);

        Expiry log = expiry(RetentionCategory.DELIVERY_LOG, Set.of(), Set.of(a.customer().value()), 1000);
        assertThat(count(a.tenant(), ports.outbox(), log)).as("one message and its event").isEqualTo(2);
        assertThat(remove(a.tenant(), ports.outbox(), log)).isEqualTo(2);
        assertThat(remove(a.tenant(), ports.outbox(), log)).isZero();
        assertThat(find(a.tenant(), delivered)).isEmpty();
        assertThat(in(a.tenant(), () -> ports.outbox().attempts(a.tenant(), delivered.id()))).isEmpty();
        assertThat(find(a.tenant(), pending)).isPresent();
        assertThat(find(a.tenant(), recent)).isPresent();
        assertThat(find(a.tenant(), held)).isPresent();
        assertThat(in(a.tenant(), () -> ports.outbox().attempts(a.tenant(), held.id()))).hasSize(1);
        assertThat(find(b.tenant(), otherTenant)).isPresent();
    }

    @Test
    void sign_in_code_messages_past_the_cutoff_lose_their_text_and_stop_retrying() {
        Seed a = seed();
        Seed b = seed();
        OutboxMessage stale = message(a.tenant(), NotificationEvent.ONE_TIME_CODE, before(Duration.ofSeconds(1)),
                Optional.empty(), Optional.empty());
        OutboxMessage fresh = message(a.tenant(), NotificationEvent.ONE_TIME_CODE, CUTOFF, Optional.empty(),
                Optional.empty());
        OutboxMessage notACode = message(a.tenant(), NotificationEvent.SOP_RECEIVED, before(Duration.ofDays(1)),
                Optional.empty(), Optional.empty());
        OutboxMessage otherTenant = message(b.tenant(), NotificationEvent.ONE_TIME_CODE,
                before(Duration.ofDays(1)), Optional.empty(), Optional.empty());

        Expiry codes = expiry(RetentionCategory.MFA_CODES);
        assertThat(count(a.tenant(), ports.outbox(), codes)).isEqualTo(1);
        assertThat(remove(a.tenant(), ports.outbox(), codes)).isEqualTo(1);
        assertThat(count(a.tenant(), ports.outbox(), codes)).isZero();
        OutboxMessage expired = find(a.tenant(), stale).orElseThrow();
        assertThat(expired.status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(expired.content()).isEqualTo(MessageContent.REDACTED);
        assertThat(find(a.tenant(), fresh).orElseThrow().status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(find(a.tenant(), notACode).orElseThrow().content().body()).isEqualTo("code 123456");
        assertThat(find(b.tenant(), otherTenant).orElseThrow().content().body()).isEqualTo("code 123456");
    }
}
