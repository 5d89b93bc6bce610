package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.RecordedCodes;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.OutboxQuery;

/**
 * The member-account rules of SPEC §6 on a fake clock: 180 days without a sign-in anonymize an account (never an
 * active owner), and an account closed by its member is deleted 30 days later; a legal hold on the member suspends
 * both.
 */
class MemberAccountRetentionTest {

    private static final LogInUseCase.Client CLIENT = new LogInUseCase.Client("203.0.113.7", "Firefox/140");

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = paying(f.signUp("Acme"));

    /** A paying organization, so that no trial lapses while these tests move the clock by months. */
    private CoreFixture.Org paying(CoreFixture.Org signedUp) {
        f.activate(signedUp);
        return signedUp;
    }

    private Member member(MemberActor actor) {
        return in(org.tenant(), () -> f.ports.members().find(org.tenant(), actor.memberId())).orElseThrow();
    }

    private Optional<Member> find(MemberActor actor) {
        return in(org.tenant(), () -> f.ports.members().find(org.tenant(), actor.memberId()));
    }

    private <T> T in(TenantId tenant, java.util.function.Supplier<T> work) {
        return f.ports.transactions().inTenant(tenant, work);
    }

    private Outcome<SignIn> logIn(Email email) {
        return f.core.accounts().logIn().logIn(new LogInUseCase.Command(Optional.of(org.tenant()), email, CoreFixture.PASSWORD, CLIENT,
                Optional.empty()));
    }

    private MemberActor signedIn(Email email) {
        return ((SignIn.SignedIn) logIn(email).orElseThrow()).member();
    }

    private void sweep() {
        f.core.privacy().sweepRetention().sweepAll(false);
    }

    private List<OutboxMessage> messages(NotificationEvent event) {
        return in(org.tenant(), () -> f.ports.outbox().find(org.tenant(), new OutboxQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), 200)).items()).stream().filter(m -> m.event() == event).toList();
    }

    private static void assertRejected(Outcome<?> outcome, String code) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    @Test
    void an_account_is_anonymized_180_days_after_its_last_sign_in_and_its_records_still_name_it() {
        MemberActor staff = f.join(org, Role.ADVISOR);
        Email email = member(staff).email();
        Instant joined = f.clock.now();
        f.clock.advance(Duration.ofDays(100));
        Instant lastSignIn = f.clock.now();
        signedIn(email);
        assertThat(member(staff).state().lastSignInAt()).contains(lastSignIn);

        f.clock.set(joined.plus(Duration.ofDays(181)));
        sweep();
        assertThat(member(staff).email()).as("81 days after the last sign-in").isEqualTo(email);

        f.clock.set(lastSignIn.plus(Duration.ofDays(179)));
        sweep();
        assertThat(member(staff).state().status()).isEqualTo(MemberStatus.ACTIVE);
        f.clock.set(lastSignIn.plus(Duration.ofDays(181)));
        sweep();

        Member gone = member(staff);
        assertThat(gone.state().status()).isEqualTo(MemberStatus.ANONYMIZED);
        assertThat(gone.email()).isEqualTo(Member.anonymizedEmail(staff.memberId()));
        assertThat(gone.state().displayName()).isEqualTo(Member.ANONYMIZED_NAME);
        assertThat(gone.state().removedAt()).contains(lastSignIn);
        assertThat(in(org.tenant(), () -> f.ports.credentials().find(org.tenant(), staff.memberId()))).isEmpty();
        assertRejected(logIn(email), LogInUseCase.FAILED);
        assertThat(f.audit(org, AuditAction.INVITATION_ACCEPTED)).extracting(e -> e.actor().id())
                .contains(staff.memberId().value());
        assertThat(f.audit(org, AuditAction.RETENTION_SWEPT))
                .filteredOn(e -> e.details().get("category").equals("INACTIVE_MEMBERS"))
                .extracting(e -> e.details().get("records")).containsExactly("1");

        Member owner = in(org.tenant(), () -> f.ports.members().find(org.tenant(), org.owner().memberId()))
                .orElseThrow();
        assertThat(owner.state().status()).as("an active owner who never signed in").isEqualTo(MemberStatus.ACTIVE);
        assertThat(owner.state().lastSignInAt()).isEmpty();
    }

    @Test
    void only_a_completed_second_factor_counts_as_a_sign_in() {
        MemberActor staff = f.join(org, Role.ADVISOR);
        Email email = member(staff).email();
        f.core.accounts().secondFactorSettings().useCodes(staff, CoreFixture.PASSWORD, MfaMethod.EMAIL_CODE, Optional.empty())
                .orElseThrow();
        f.clock.advance(Duration.ofDays(3));

        SignIn.SecondFactorNeeded challenge = (SignIn.SecondFactorNeeded) logIn(email).orElseThrow();
        assertThat(member(staff).state().lastSignInAt()).as("waiting for the code").isEmpty();
        RecordedCodes codes = (RecordedCodes) f.ports.oneTimeCodes();
        String code = codes.sent().get(codes.sent().size() - 1).code();
        f.clock.advance(Duration.ofMinutes(2));
        f.core.accounts().completeSignIn().complete(new CompleteSignInUseCase.Command(challenge.challengeToken(), code, false,
                CLIENT)).orElseThrow();

        assertThat(member(staff).state().lastSignInAt()).contains(f.clock.now());
    }

    @Test
    void an_identity_provider_token_counts_as_a_sign_in_written_at_most_once_a_day() {
        MemberActor staff = f.join(org, Role.ADVISOR);
        Email email = member(staff).email();
        long version = member(staff).version();

        f.core.accounts().identifyMember().byEmail(org.tenant(), email).orElseThrow();
        Instant first = f.clock.now();
        f.clock.advance(Duration.ofHours(23));
        f.core.accounts().identifyMember().byEmail(org.tenant(), email).orElseThrow();
        assertThat(member(staff).state().lastSignInAt()).contains(first);
        assertThat(member(staff).version()).isEqualTo(version + 1);

        f.clock.advance(Duration.ofHours(2));
        f.core.accounts().identifyMember().byEmail(org.tenant(), email).orElseThrow();
        assertThat(member(staff).state().lastSignInAt()).contains(f.clock.now());
    }

    @Test
    void a_removed_owner_is_anonymized_like_anyone_else() {
        MemberActor second = f.join(org, Role.OWNER);
        f.core.team().removeMember().remove(new org.soptrack.core.port.in.RemoveMemberUseCase.Command(org.owner(),
                second.memberId())).orElseThrow();
        f.clock.advance(Duration.ofDays(181));
        sweep();
        assertThat(member(second).state().status()).isEqualTo(MemberStatus.ANONYMIZED);
        assertThat(in(org.tenant(), () -> f.ports.members().find(org.tenant(), org.owner().memberId())))
                .map(m -> m.state().status()).contains(MemberStatus.ACTIVE);
    }

    @Test
    void a_closed_account_stops_working_at_once_and_is_deleted_30_days_later() {
        MemberActor staff = f.join(org, Role.PARTS_MANAGER);
        Email email = member(staff).email();
        MemberActor session = signedIn(email);

        assertRejected(f.core.accounts().closeAccount().requestDeletion(session, Optional.of(new Password("not my password"))),
                SecondFactorSettingsUseCase.REAUTHENTICATION_FAILED);
        assertThat(f.core.accounts().closeAccount().requestDeletion(session, Optional.empty()))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("currentPassword"));
        assertThat(member(staff).isActive()).isTrue();
        assertThat(f.audit(org, AuditAction.REAUTHENTICATION_FAILED)).hasSize(1);

        Instant requested = f.clock.now();
        CloseAccountUseCase.Closed closed = f.core.accounts().closeAccount().requestDeletion(session,
                Optional.of(CoreFixture.PASSWORD)).orElseThrow();

        assertThat(closed.requestedAt()).isEqualTo(requested);
        assertThat(closed.deletedFrom()).isEqualTo(requested.plus(Duration.ofDays(30)));
        assertRejected(f.core.accounts().currentMember().current(session), CurrentMemberUseCase.SIGNED_OUT);
        assertRejected(logIn(email), LogInUseCase.FAILED);
        assertThat(member(staff).state().deletionRequestedAt()).contains(requested);
        assertThat(messages(NotificationEvent.ACCOUNT_CLOSED)).singleElement().satisfies(m -> {
            assertThat(m.destination().address()).isEqualTo(email.value());
            assertThat(m.content().body()).contains("deleted on 2026-04-01");
        });
        AuditEvent audited = f.audit(org, AuditAction.ACCOUNT_DELETION_REQUESTED).get(0);
        assertThat(audited.actor().id()).isEqualTo(staff.memberId().value());
        assertThat(audited.details()).containsEntry("deletedFrom", closed.deletedFrom().toString());

        f.clock.set(requested.plus(Duration.ofDays(29)));
        sweep();
        assertThat(find(staff)).isPresent();
        f.clock.set(requested.plus(Duration.ofDays(31)));
        sweep();
        assertThat(find(staff)).isEmpty();
        assertThat(in(org.tenant(), () -> f.ports.credentials().find(org.tenant(), staff.memberId()))).isEmpty();
        assertThat(f.audit(org, AuditAction.ACCOUNT_DELETION_REQUESTED)).as("the organization's log keeps the request")
                .hasSize(1);
    }

    @Test
    void the_last_owner_cannot_close_their_account_but_one_of_two_owners_can() {
        MemberActor owner = org.owner();
        assertRejected(f.core.accounts().closeAccount().requestDeletion(owner, Optional.empty()), CloseAccountUseCase.LAST_OWNER);
        assertThat(member(owner).isActive()).isTrue();

        MemberActor second = f.join(org, Role.OWNER);
        f.core.accounts().closeAccount().requestDeletion(second, Optional.of(CoreFixture.PASSWORD)).orElseThrow();
        assertRejected(f.core.accounts().closeAccount().requestDeletion(owner, Optional.empty()), CloseAccountUseCase.LAST_OWNER);
    }

    @Test
    void a_member_who_signs_in_through_the_identity_provider_closes_the_account_without_a_password() {
        Email email = Email.of("sso-user@acme.example");
        var issued = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(org.owner(), email, Role.VIEWER,
                RooftopScope.allRooftops())).orElseThrow();
        Member joined = f.core.team().acceptInvitation().accept(new AcceptInvitationUseCase.Command(issued.token(), email,
                "Sasha Sso", Optional.empty())).orElseThrow();
        MemberActor sso = f.core.accounts().identifyMember().byEmail(org.tenant(), email).orElseThrow();

        f.core.accounts().closeAccount().requestDeletion(sso, Optional.empty()).orElseThrow();

        assertThat(member(sso).state().deletionRequestedAt()).isPresent();
        assertRejected(f.core.accounts().identifyMember().byEmail(org.tenant(), email), IdentifyMemberUseCase.UNKNOWN);
        assertThat(joined.id()).isEqualTo(sso.memberId());
    }

    @Test
    void a_hold_on_the_member_keeps_the_account_until_released() {
        MemberActor absent = f.join(org, Role.ADVISOR);
        MemberActor leaving = f.join(org, Role.BDC);
        f.core.accounts().closeAccount().requestDeletion(leaving, Optional.of(CoreFixture.PASSWORD)).orElseThrow();
        LegalHold onAbsent = place(absent);
        LegalHold onLeaving = place(leaving);

        f.clock.advance(Duration.ofDays(400));
        sweep();
        assertThat(member(absent).state().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(find(leaving)).isPresent();

        f.core.privacy().legalHolds().release(org.owner(), onAbsent.id()).orElseThrow();
        f.core.privacy().legalHolds().release(org.owner(), onLeaving.id()).orElseThrow();
        sweep();
        assertThat(member(absent).state().status()).isEqualTo(MemberStatus.ANONYMIZED);
        assertThat(find(leaving)).isEmpty();
    }

    private LegalHold place(MemberActor member) {
        return f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(org.owner(),
                HoldSubject.member(member.memberId().value()), "Employment dispute 2026-114")).orElseThrow();
    }

    @Test
    void the_sweep_of_one_organization_leaves_another_organizations_members_alone() {
        CoreFixture.Org other = f.signUp("Other");
        MemberActor mine = f.join(org, Role.ADVISOR);
        MemberActor theirs = f.join(other, Role.ADVISOR);
        f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(other.owner(), HoldSubject.organization(),
                "Regulator inquiry " + UUID.randomUUID())).orElseThrow();
        f.clock.advance(Duration.ofDays(200));
        sweep();
        assertThat(member(mine).state().status()).isEqualTo(MemberStatus.ANONYMIZED);
        assertThat(in(other.tenant(), () -> f.ports.members().find(other.tenant(), theirs.memberId())))
                .map(m -> m.state().status()).contains(MemberStatus.ACTIVE);
    }
}
