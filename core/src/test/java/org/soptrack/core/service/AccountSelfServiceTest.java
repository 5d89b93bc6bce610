package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.OutboxQuery;

/**
 * R-SEC-8 on in-memory adapters and a fake clock: a forgotten password is reset from an e-mailed link that works once
 * for 30 minutes and ends every session; the answer to a reset request is the same for any address; a member changes
 * their own password (other sessions end), name and address (confirmed from the new mailbox, the old one told).
 */
class AccountSelfServiceTest {

    private static final LogInUseCase.Client CLIENT = new LogInUseCase.Client("203.0.113.7", "Firefox/140");
    private static final Password NEW = new Password("copper kettle under the stairs");
    private static final Pattern RESET_LINK = Pattern.compile("/reset-password#(pwr_[A-Za-z0-9_-]+)");
    private static final Pattern EMAIL_LINK = Pattern.compile("/confirm-email#(eml_[A-Za-z0-9_-]+)");

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme");
    private final MemberActor staff = f.join(org, Role.PARTS_MANAGER);
    private final Email email = in(() -> f.ports.members().find(org.tenant(), staff.memberId())).orElseThrow().email();

    private <T> T in(Supplier<T> work) {
        return f.ports.transactions().inTenant(org.tenant(), work);
    }

    private PasswordResetUseCase resets() {
        return f.core.accounts().passwordReset();
    }

    private OwnProfileUseCase profiles() {
        return f.core.accounts().ownProfile();
    }

    private Outcome<SignIn> logIn(Email address, Password password) {
        return f.core.accounts().logIn().logIn(new LogInUseCase.Command(address, password, CLIENT));
    }

    private MemberActor signedIn(Password password) {
        return ((SignIn.SignedIn) logIn(email, password).orElseThrow()).member();
    }

    private boolean stillSignedIn(MemberActor session) {
        return f.core.accounts().currentMember().current(session).isOk();
    }

    private List<OutboxMessage> messages(NotificationEvent event) {
        return in(() -> f.ports.outbox().find(org.tenant(), new OutboxQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), 200)).items()).stream().filter(m -> m.event() == event).toList();
    }

    /** The token of the newest message of {@code event}, read from its link as a person would. */
    private String link(NotificationEvent event, Pattern pattern) {
        List<OutboxMessage> sent = messages(event);
        assertThat(sent).isNotEmpty();
        Matcher m = pattern.matcher(sent.get(0).content().body());
        assertThat(m.find()).as("a link in %s", sent.get(0).content().body()).isTrue();
        return m.group(1);
    }

    private static void assertRejected(Outcome<?> outcome, String code) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_ends_every_session_and_trusted_device() {
        MemberActor first = signedIn(CoreFixture.PASSWORD);
        MemberActor second = signedIn(CoreFixture.PASSWORD);

        assertThat(resets().request(email, CLIENT).isOk()).isTrue();
        assertThat(messages(NotificationEvent.PASSWORD_RESET)).singleElement()
                .satisfies(m -> assertThat(m.destination().address()).isEqualTo(email.value()));
        String token = link(NotificationEvent.PASSWORD_RESET, RESET_LINK);

        assertThat(resets().reset(token, NEW, CLIENT)).isEqualTo(Outcome.ok(2));
        assertThat(stillSignedIn(first)).isFalse();
        assertThat(stillSignedIn(second)).isFalse();
        assertRejected(logIn(email, CoreFixture.PASSWORD), LogInUseCase.FAILED);
        assertThat(logIn(email, NEW).isOk()).isTrue();
        assertRejected(resets().reset(token, new Password("yet another fine password"), CLIENT),
                PasswordResetUseCase.LINK_INVALID);
        assertThat(messages(NotificationEvent.PASSWORD_CHANGED)).singleElement()
                .satisfies(m -> assertThat(m.content().body()).contains("every session was signed out"));
        assertThat(f.audit(org, AuditAction.PASSWORD_RESET_REQUESTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("linkSent", "true")
                        .containsEntry("address", "203.0.113.7"));
        assertThat(f.audit(org, AuditAction.PASSWORD_RESET)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("sessionsEnded", "2"));
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_nothing_is_sent_or_logged() {
        Outcome<PasswordResetUseCase.Requested> known = resets().request(email, CLIENT);
        Outcome<PasswordResetUseCase.Requested> unknown = resets().request(Email.of("nobody@nowhere.example"), CLIENT);
        assertThat(unknown).isEqualTo(known);
        assertThat(messages(NotificationEvent.PASSWORD_RESET)).hasSize(1);
        assertThat(f.audit(org, AuditAction.PASSWORD_RESET_REQUESTED)).hasSize(1);
    }

    @Test
    void a_link_works_for_thirty_minutes() {
        resets().request(email, CLIENT);
        String token = link(NotificationEvent.PASSWORD_RESET, RESET_LINK);
        f.clock.advance(Duration.ofMinutes(30));
        assertRejected(resets().reset(token, NEW, CLIENT), PasswordResetUseCase.LINK_INVALID);
        assertThat(logIn(email, CoreFixture.PASSWORD).isOk()).isTrue();

        resets().request(email, CLIENT);
        f.clock.advance(Duration.ofMinutes(29));
        assertThat(resets().reset(link(NotificationEvent.PASSWORD_RESET, RESET_LINK), NEW, CLIENT).isOk()).isTrue();
    }

    @Test
    void a_tampered_or_foreign_kind_of_link_is_refused_alike() {
        resets().request(email, CLIENT);
        String token = link(NotificationEvent.PASSWORD_RESET, RESET_LINK);
        int at = token.length() - 10; // inside the secret; the last character may carry only padding bits
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        assertRejected(resets().reset(tampered, NEW, CLIENT), PasswordResetUseCase.LINK_INVALID);
        assertRejected(resets().reset(token.replace("pwr_", "eml_"), NEW, CLIENT), PasswordResetUseCase.LINK_INVALID);
        assertRejected(profiles().confirmEmailChange(token.replace("pwr_", "eml_")), PasswordResetUseCase.LINK_INVALID);
        assertRejected(resets().reset("", NEW, CLIENT), PasswordResetUseCase.LINK_INVALID);
        assertThat(resets().reset(token, NEW, CLIENT).isOk()).as("the real one still works").isTrue();
    }

    @Test
    void three_links_an_hour_per_account_then_none_until_the_hour_has_passed() {
        for (int i = 0; i < 4; i++) {
            assertThat(resets().request(email, CLIENT).isOk()).isTrue();
            f.clock.advance(Duration.ofMinutes(1));
        }
        assertThat(messages(NotificationEvent.PASSWORD_RESET)).hasSize(3);
        assertThat(f.audit(org, AuditAction.PASSWORD_RESET_REQUESTED)).extracting(e -> e.details().get("linkSent"))
                .containsExactlyInAnyOrder("true", "true", "true", "false");
        f.clock.advance(Duration.ofMinutes(57));
        resets().request(email, CLIENT);
        assertThat(messages(NotificationEvent.PASSWORD_RESET)).hasSize(4);
    }

    @Test
    void a_weak_new_password_is_refused_and_leaves_the_link_usable() {
        resets().request(email, CLIENT);
        String token = link(NotificationEvent.PASSWORD_RESET, RESET_LINK);
        assertThat(resets().reset(token, new Password("short"), CLIENT))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("newPassword"));
        assertThat(resets().reset(token, NEW, CLIENT).isOk()).isTrue();
    }

    @Test
    void a_reset_ends_a_lockout() {
        for (int i = 0; i < 10; i++) {
            logIn(email, new Password("wrong guess number " + i));
        }
        assertRejected(logIn(email, CoreFixture.PASSWORD), LogInUseCase.FAILED);
        resets().request(email, CLIENT);
        resets().reset(link(NotificationEvent.PASSWORD_RESET, RESET_LINK), NEW, CLIENT).orElseThrow();
        assertThat(logIn(email, NEW).isOk()).isTrue();
    }

    @Test
    void a_password_change_needs_the_current_one_and_ends_the_other_sessions_only() {
        MemberActor here = signedIn(CoreFixture.PASSWORD);
        MemberActor elsewhere = signedIn(CoreFixture.PASSWORD);
        assertRejected(profiles().changePassword(here, new Password("not my password at all"), NEW),
                SecondFactorSettingsUseCase.REAUTHENTICATION_FAILED);
        assertThat(f.audit(org, AuditAction.REAUTHENTICATION_FAILED)).hasSize(1);
        assertThat(profiles().changePassword(here, CoreFixture.PASSWORD, new Password("short")))
                .isInstanceOf(Outcome.Invalid.class);

        assertThat(profiles().changePassword(here, CoreFixture.PASSWORD, NEW)).isEqualTo(Outcome.ok(1));
        assertThat(stillSignedIn(here)).isTrue();
        assertThat(stillSignedIn(elsewhere)).isFalse();
        assertThat(logIn(email, NEW).isOk()).isTrue();
        assertThat(f.audit(org, AuditAction.PASSWORD_CHANGED)).hasSize(1);
        assertThat(messages(NotificationEvent.PASSWORD_CHANGED)).singleElement()
                .satisfies(m -> assertThat(m.content().body()).contains("your other sessions were signed out"));
    }

    @Test
    void a_member_corrects_their_name() {
        MemberActor me = signedIn(CoreFixture.PASSWORD);
        assertThat(profiles().rename(me, "  Sam Q. Staff ").orElseThrow().displayName()).isEqualTo("Sam Q. Staff");
        assertThat(profiles().profile(me).orElseThrow().displayName()).isEqualTo("Sam Q. Staff");
        assertThat(profiles().rename(me, " ")).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(i.field()).isEqualTo("displayName"));
        profiles().rename(me, "Sam Q. Staff");
        assertThat(f.audit(org, AuditAction.PROFILE_CHANGED)).as("one change, one entry").hasSize(1);
    }

    @Test
    void a_new_address_counts_once_confirmed_from_its_mailbox_and_the_old_one_is_told() {
        MemberActor me = signedIn(CoreFixture.PASSWORD);
        Email next = Email.of("sam.new@acme.example");
        assertThat(profiles().requestEmailChange(me, next, Optional.empty())).isInstanceOfSatisfying(
                Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("currentPassword"));
        assertThat(profiles().requestEmailChange(me, next, Optional.of(CoreFixture.PASSWORD)).orElseThrow().newEmail())
                .isEqualTo(next);
        assertThat(messages(NotificationEvent.EMAIL_CHANGE_CONFIRMATION)).singleElement()
                .satisfies(m -> assertThat(m.destination().address()).isEqualTo(next.value()));
        assertThat(messages(NotificationEvent.EMAIL_CHANGE_NOTICE)).singleElement().satisfies(m -> {
            assertThat(m.destination().address()).isEqualTo(email.value());
            assertThat(m.content().body()).contains(next.value());
        });
        assertThat(logIn(email, CoreFixture.PASSWORD).isOk()).as("unchanged until confirmed").isTrue();

        String token = link(NotificationEvent.EMAIL_CHANGE_CONFIRMATION, EMAIL_LINK);
        assertThat(profiles().confirmEmailChange(token).orElseThrow().email()).isEqualTo(next);
        assertRejected(profiles().confirmEmailChange(token), PasswordResetUseCase.LINK_INVALID);
        assertRejected(logIn(email, CoreFixture.PASSWORD), LogInUseCase.FAILED);
        assertThat(logIn(next, CoreFixture.PASSWORD).isOk()).isTrue();
        assertThat(f.audit(org, AuditAction.EMAIL_CHANGE_REQUESTED)).hasSize(1);
        assertThat(f.audit(org, AuditAction.EMAIL_CHANGED)).hasSize(1);
    }

    @Test
    void an_address_another_member_has_cannot_be_taken_even_if_they_got_it_after_the_request() {
        MemberActor me = signedIn(CoreFixture.PASSWORD);
        MemberActor colleague = f.join(org, Role.ADVISOR);
        Email theirs = in(() -> f.ports.members().find(org.tenant(), colleague.memberId())).orElseThrow().email();
        assertRejected(profiles().requestEmailChange(me, theirs, Optional.of(CoreFixture.PASSWORD)),
                OwnProfileUseCase.EMAIL_TAKEN);
        assertThat(profiles().requestEmailChange(me, email, Optional.of(CoreFixture.PASSWORD)))
                .isInstanceOf(Outcome.Invalid.class);

        Email wanted = Email.of("wanted@acme.example");
        profiles().requestEmailChange(me, wanted, Optional.of(CoreFixture.PASSWORD)).orElseThrow();
        String token = link(NotificationEvent.EMAIL_CHANGE_CONFIRMATION, EMAIL_LINK);
        MemberActor colleagueSignedIn = ((SignIn.SignedIn) logIn(theirs, CoreFixture.PASSWORD).orElseThrow()).member();
        profiles().requestEmailChange(colleagueSignedIn, wanted, Optional.of(CoreFixture.PASSWORD)).orElseThrow();
        String theirToken = messages(NotificationEvent.EMAIL_CHANGE_CONFIRMATION).stream()
                .map(m -> EMAIL_LINK.matcher(m.content().body())).filter(Matcher::find).map(m -> m.group(1))
                .filter(t -> !t.equals(token)).findFirst().orElseThrow();
        assertThat(profiles().confirmEmailChange(theirToken).isOk()).isTrue();
        assertRejected(profiles().confirmEmailChange(token), OwnProfileUseCase.EMAIL_TAKEN);
    }

    @Test
    void a_link_of_a_removed_member_no_longer_works() {
        resets().request(email, CLIENT);
        String token = link(NotificationEvent.PASSWORD_RESET, RESET_LINK);
        f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(org.owner(), staff.memberId()))
                .orElseThrow();
        assertRejected(resets().reset(token, NEW, CLIENT), PasswordResetUseCase.LINK_INVALID);
        assertRejected(f.core.accounts().currentMember().current(staff), CurrentMemberUseCase.SIGNED_OUT);
    }
}
