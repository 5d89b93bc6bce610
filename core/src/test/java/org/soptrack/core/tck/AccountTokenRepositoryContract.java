package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code AccountTokenRepository} must do. */
public abstract class AccountTokenRepositoryContract extends PortsContract {

    private static final TokenHash HASH = new TokenHash("a".repeat(64));

    private MemberId member(TenantId tenant) {
        Member m = TestData.member(tenant, UUID.randomUUID() + "@example.com", Role.ADVISOR);
        run(tenant, () -> ports.members().add(tenant, m));
        return m.id();
    }

    private AccountToken reset(TenantId tenant, MemberId member, Duration at) {
        AccountToken t = AccountToken.passwordReset(UUID.randomUUID(), tenant, member, HASH, TestData.at(at));
        run(tenant, () -> ports.accountTokens().add(tenant, t));
        return t;
    }

    private AccountToken load(TenantId tenant, AccountToken token) {
        return in(tenant, () -> ports.accountTokens().find(tenant, token.id())).orElseThrow();
    }

    @Test
    void both_kinds_round_trip_and_a_use_is_stored_once_with_a_stale_update_conflicting() {
        Seed s = seed();
        MemberId member = member(s.tenant());
        AccountToken change = AccountToken.emailChange(UUID.randomUUID(), s.tenant(), member, HASH,
                Email.of("new.address@example.com"), TestData.T0);
        run(s.tenant(), () -> ports.accountTokens().add(s.tenant(), change));
        assertThat(load(s.tenant(), change).state()).isEqualTo(change.state());
        AccountToken reset = reset(s.tenant(), member, Duration.ZERO);
        assertThat(load(s.tenant(), reset).state()).isEqualTo(reset.state());

        AccountToken first = load(s.tenant(), reset);
        AccountToken second = load(s.tenant(), reset);
        assertThat(first.use(AccountToken.Purpose.PASSWORD_RESET, HASH, TestData.at(Duration.ofMinutes(5)))).isTrue();
        assertThat(in(s.tenant(), () -> ports.accountTokens().update(s.tenant(), first)))
                .isEqualTo(UpdateResult.UPDATED);
        assertThat(second.use(AccountToken.Purpose.PASSWORD_RESET, HASH, TestData.at(Duration.ofMinutes(6)))).isTrue();
        assertThat(in(s.tenant(), () -> ports.accountTokens().update(s.tenant(), second)))
                .as("the link was used meanwhile").isEqualTo(UpdateResult.CONFLICT);
        assertThat(load(s.tenant(), reset).state()).isEqualTo(first.state());
        assertThat(load(s.tenant(), reset).state().usedAt()).contains(TestData.at(Duration.ofMinutes(5)));
    }

    @Test
    void counts_the_links_of_one_member_and_purpose_from_a_moment_on() {
        Seed s = seed();
        MemberId member = member(s.tenant());
        reset(s.tenant(), member, Duration.ofMinutes(0));
        reset(s.tenant(), member, Duration.ofMinutes(10));
        reset(s.tenant(), member, Duration.ofMinutes(20));
        reset(s.tenant(), member(s.tenant()), Duration.ofMinutes(20));
        run(s.tenant(), () -> ports.accountTokens().add(s.tenant(), AccountToken.emailChange(UUID.randomUUID(),
                s.tenant(), member, HASH, Email.of("x@example.com"), TestData.at(Duration.ofMinutes(20)))));
        assertThat(in(s.tenant(), () -> ports.accountTokens().countRequestedSince(s.tenant(), member,
                AccountToken.Purpose.PASSWORD_RESET, TestData.at(Duration.ofMinutes(10))))).isEqualTo(2);
        assertThat(in(s.tenant(), () -> ports.accountTokens().countRequestedSince(s.tenant(), member,
                AccountToken.Purpose.EMAIL_CHANGE, TestData.T0))).isEqualTo(1);
        assertThat(in(s.tenant(), () -> ports.accountTokens().countRequestedSince(s.tenant(), member,
                AccountToken.Purpose.PASSWORD_RESET, TestData.at(Duration.ofMinutes(21))))).isZero();
    }

    @Test
    void the_security_log_rule_takes_links_asked_for_before_the_cutoff_but_not_a_held_members() {
        Seed s = seed();
        MemberId member = member(s.tenant());
        MemberId held = member(s.tenant());
        AccountToken old = reset(s.tenant(), member, Duration.ZERO);
        AccountToken atCutoff = reset(s.tenant(), member, Duration.ofDays(180));
        AccountToken heldOne = reset(s.tenant(), held, Duration.ZERO);
        Expiry expiry = new Expiry(RetentionCategory.SECURITY_LOG, TestData.at(Duration.ofDays(180)),
                Set.of(held.value()), Set.of(), 1000);
        assertThat(in(s.tenant(), () -> ports.accountTokens().countExpired(s.tenant(), expiry))).isEqualTo(1);
        assertThat(in(s.tenant(), () -> ports.accountTokens().removeExpired(s.tenant(), expiry))).isEqualTo(1);
        assertThat(in(s.tenant(), () -> ports.accountTokens().removeExpired(s.tenant(), expiry))).isZero();
        assertThat(in(s.tenant(), () -> ports.accountTokens().find(s.tenant(), old.id()))).isEmpty();
        assertThat(in(s.tenant(), () -> ports.accountTokens().find(s.tenant(), atCutoff.id()))).isPresent();
        assertThat(in(s.tenant(), () -> ports.accountTokens().find(s.tenant(), heldOne.id()))).isPresent();
        assertThatThrownBy(() -> in(s.tenant(), () -> ports.accountTokens().countExpired(s.tenant(),
                new Expiry(RetentionCategory.TRUSTED_DEVICES, TestData.T0, Set.of(), Set.of(), 10))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_members_links_go_with_the_accounts_sign_in_data() {
        Seed s = seed();
        MemberId member = member(s.tenant());
        AccountToken link = reset(s.tenant(), member, Duration.ZERO);
        Expiry purge = new Expiry(RetentionCategory.TENANT_DATA, TestData.at(Duration.ofDays(1)), Set.of(), Set.of(),
                1000);
        assertThat(in(s.tenant(), () -> ports.members().removeExpired(s.tenant(), purge))).isPositive();
        assertThat(in(s.tenant(), () -> ports.accountTokens().find(s.tenant(), link.id()))).isEmpty();
    }

    @Test
    void another_tenant_sees_counts_and_changes_nothing() {
        Seed a = seed();
        MemberId member = member(a.tenant());
        AccountToken link = reset(a.tenant(), member, Duration.ZERO);
        Seed b = seed();
        assertThat(in(b.tenant(), () -> ports.accountTokens().find(b.tenant(), link.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.accountTokens().find(a.tenant(), link.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.accountTokens().countRequestedSince(a.tenant(), member,
                AccountToken.Purpose.PASSWORD_RESET, TestData.T0))).isZero();
        AccountToken loaded = load(a.tenant(), link);
        loaded.use(AccountToken.Purpose.PASSWORD_RESET, HASH, TestData.T0.plusSeconds(1));
        assertThat(in(b.tenant(), () -> ports.accountTokens().update(a.tenant(), loaded)))
                .isEqualTo(UpdateResult.CONFLICT);
        assertThat(load(a.tenant(), link).state().usedAt()).isEmpty();
        Expiry all = new Expiry(RetentionCategory.SECURITY_LOG, TestData.at(Duration.ofDays(1)), Set.of(), Set.of(),
                1000);
        assertThat(in(b.tenant(), () -> ports.accountTokens().removeExpired(a.tenant(), all))).isZero();
        assertThat(load(a.tenant(), link)).isNotNull();
    }
}
