package org.soptrack.core.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.service.SecureRandomTokens;
import org.soptrack.core.tck.TestData;

/** R-TEN-4: invitations expire after 7 days, are single use, revocable while pending, for the invited e-mail only. */
class InvitationTest {

    private final SecureRandomTokens tokens = new SecureRandomTokens();
    private final byte[] secret = tokens.newSecret(InvitationToken.SECRET_BYTES);
    private final TenantId tenant = TestData.newTenant();
    private final Email invited = Email.of("new.hire@example.com");

    private Invitation invitation() {
        return Invitation.create(new InvitationId(UUID.randomUUID()), tenant, invited, Role.BDC,
                RooftopScope.allRooftops(), tokens.hash(secret), ActorRef.system(), TestData.T0,
                Invitation.DEFAULT_VALIDITY);
    }

    private Invitation.Acceptance accept(Invitation inv, Email email, Instant at) {
        return inv.accept(tokens.hash(secret), email, MemberId.of(UUID.randomUUID()), "New Hire", at);
    }

    private static AcceptRefusal refusal(Invitation.Acceptance a) {
        return ((Invitation.Refused) a).reason();
    }

    @Test
    void accepted_one_second_before_seven_days_makes_a_member_with_the_invited_role() {
        Invitation inv = invitation();
        Invitation.Acceptance result = accept(inv, invited, TestData.T0.plus(Duration.ofDays(7)).minusSeconds(1));
        assertThat(result).isInstanceOf(Invitation.Accepted.class);
        Member member = ((Invitation.Accepted) result).member();
        assertThat(member.role()).isEqualTo(Role.BDC);
        assertThat(member.email()).isEqualTo(invited);
        assertThat(member.tenantId()).isEqualTo(tenant);
        assertThat(inv.statusAt(TestData.T0.plus(Duration.ofDays(30)))).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void at_seven_days_it_has_expired() {
        Invitation inv = invitation();
        Instant expiry = TestData.T0.plus(Duration.ofDays(7));
        assertThat(inv.statusAt(expiry.minusMillis(1))).isEqualTo(InvitationStatus.PENDING);
        assertThat(inv.statusAt(expiry)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(refusal(accept(inv, invited, expiry))).isEqualTo(AcceptRefusal.EXPIRED);
        assertThat(inv.revoke(expiry)).isFalse();
    }

    @Test
    void it_can_be_used_once_only() {
        Invitation inv = invitation();
        assertThat(accept(inv, invited, TestData.T0)).isInstanceOf(Invitation.Accepted.class);
        assertThat(refusal(accept(inv, invited, TestData.T0.plusSeconds(1)))).isEqualTo(AcceptRefusal.ALREADY_ACCEPTED);
        assertThat(inv.revoke(TestData.T0.plusSeconds(2))).isFalse();
    }

    @Test
    void a_revoked_invitation_cannot_be_accepted() {
        Invitation inv = invitation();
        assertThat(inv.revoke(TestData.T0.plusSeconds(5))).isTrue();
        assertThat(refusal(accept(inv, invited, TestData.T0.plusSeconds(6)))).isEqualTo(AcceptRefusal.REVOKED);
        assertThat(inv.revoke(TestData.T0.plusSeconds(7))).isFalse();
    }

    @Test
    void another_email_or_another_secret_is_refused_and_leaves_it_pending() {
        Invitation inv = invitation();
        assertThat(refusal(accept(inv, Email.of("someone.else@example.com"), TestData.T0)))
                .isEqualTo(AcceptRefusal.WRONG_EMAIL);
        byte[] otherSecret = tokens.newSecret(InvitationToken.SECRET_BYTES);
        assertThat(refusal(inv.accept(tokens.hash(otherSecret), invited, MemberId.of(UUID.randomUUID()), "X",
                TestData.T0))).isEqualTo(AcceptRefusal.INVALID_TOKEN);
        assertThat(inv.statusAt(TestData.T0)).isEqualTo(InvitationStatus.PENDING);
        assertThat(inv.version()).isZero();
        assertThat(accept(inv, invited, TestData.T0)).isInstanceOf(Invitation.Accepted.class);
    }

    @Test
    void the_token_carries_at_least_128_random_bits_and_round_trips() {
        InvitationToken token = new InvitationToken(tenant, new InvitationId(UUID.randomUUID()), secret);
        assertThat(token.secret().length * 8).isGreaterThanOrEqualTo(128);
        InvitationToken parsed = InvitationToken.parse(token.encode()).orElseThrow();
        assertThat(parsed).isEqualTo(token);
        assertThat(tokens.hash(parsed.secret())).isEqualTo(tokens.hash(secret));
        assertThat(tokens.newSecret(32)).isNotEqualTo(tokens.newSecret(32));
        assertThat(token.toString()).doesNotContain(token.encode());
    }

    @Property(tries = 300)
    void any_text_parses_to_a_token_or_to_nothing_never_an_exception(@ForAll String text) {
        assertThat(InvitationToken.parse(text)).isNotNull();
    }

    @Test
    void grants_are_active_from_opening_until_expiry_or_close() {
        OperatorAccessGrant grant = OperatorAccessGrant.open(new GrantId(UUID.randomUUID()), tenant,
                org.soptrack.core.domain.shared.OperatorId.of(UUID.randomUUID()), "Ticket 12: data looks wrong",
                GrantScope.READ_ONLY, Duration.ofHours(1), TestData.T0);
        assertThat(grant.isActiveAt(TestData.T0.minusSeconds(1))).isFalse();
        assertThat(grant.isActiveAt(TestData.T0)).isTrue();
        assertThat(grant.isActiveAt(TestData.T0.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(grant.isActiveAt(TestData.T0.plus(Duration.ofHours(1)))).isFalse();
        assertThat(grant.close(ActorRef.system(), TestData.T0.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(grant.isActiveAt(TestData.T0.plus(Duration.ofMinutes(11)))).isFalse();
        assertThat(grant.close(ActorRef.system(), TestData.T0.plus(Duration.ofMinutes(12)))).isFalse();
    }
}
