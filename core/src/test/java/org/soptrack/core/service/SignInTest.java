package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.RecordedCodes;
import org.soptrack.core.memory.ReferenceTotp;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.AuditQuery;

/** Sessions, refresh, logout and the second factor (R-SEC-3, R-SEC-4a), on a fake clock. */
class SignInTest {

    private static final String EMAIL = "olive@acme.example";
    private static final Password GOOD = new Password("plum tractor harbour lantern");
    private static final LogInUseCase.Client CLIENT = new LogInUseCase.Client("203.0.113.7", "Firefox/140");

    private final CoreFixture f = new CoreFixture();
    private final RecordedCodes codes = (RecordedCodes) f.ports.oneTimeCodes();
    private TenantId org;

    @BeforeEach
    void signUp() {
        org = f.core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme Motors",
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"), Email.of(EMAIL), "Olive Owner",
                Optional.of(GOOD))).orElseThrow().organizationId();
    }

    private Outcome<SignIn> logIn(Optional<String> deviceToken) {
        return f.core.accounts().logIn().logIn(new LogInUseCase.Command(Optional.of(org), Email.of(EMAIL), GOOD, CLIENT, deviceToken));
    }

    private SignIn.SignedIn signedIn() {
        return (SignIn.SignedIn) logIn(Optional.empty()).orElseThrow();
    }

    private SignIn.SecondFactorNeeded challenged(Optional<String> deviceToken) {
        return (SignIn.SecondFactorNeeded) logIn(deviceToken).orElseThrow();
    }

    private Outcome<SignIn.SignedIn> answer(SignIn.SecondFactorNeeded challenge, String code, boolean trust) {
        return f.core.accounts().completeSignIn().complete(new CompleteSignInUseCase.Command(challenge.challengeToken(), code,
                trust, CLIENT));
    }

    private Outcome<MemberActor> current(MemberActor actor) {
        return f.core.accounts().currentMember().current(actor);
    }

    private static void assertRejected(Outcome<?> outcome, String code) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    private void requireMfa(MemberActor owner) {
        assertThat(f.core.organizations().requireMfa().require(owner, true).orElseThrow()).isTrue();
    }

    private List<AuditEvent> events(MemberActor reader, AuditAction action) {
        return f.core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(reader, new AuditQuery(Optional.empty(),
                Set.of(action), Optional.empty(), Optional.empty(), Optional.empty(), 200))).orElseThrow().items();
    }

    @Test
    void a_login_starts_a_session_that_logout_ends_at_once() {
        SignIn.SignedIn in = signedIn();
        MemberActor owner = in.member();
        assertThat(owner.session()).isPresent();
        assertThat(current(owner).orElseThrow().role()).isEqualTo(Role.OWNER);

        assertThat(f.core.accounts().logOut().logOut(owner, false).orElseThrow()).isEqualTo(1);

        assertRejected(current(owner), CurrentMemberUseCase.SIGNED_OUT);
        assertRejected(f.core.organizations().listRooftops().list(owner), CurrentMemberUseCase.SIGNED_OUT);
        assertRejected(f.core.accounts().refreshSession().refresh(in.refreshToken()), RefreshSessionUseCase.ENDED);
        MemberActor other = signedIn().member();
        assertThat(events(other, AuditAction.SESSION_ENDED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "LOGGED_OUT"));
    }

    @Test
    void logging_out_everywhere_ends_every_session_of_the_member() {
        MemberActor laptop = signedIn().member();
        MemberActor phone = signedIn().member();
        assertThat(f.core.accounts().logOut().logOut(phone, true).orElseThrow()).isEqualTo(2);
        assertRejected(current(laptop), CurrentMemberUseCase.SIGNED_OUT);
        assertRejected(current(phone), CurrentMemberUseCase.SIGNED_OUT);
    }

    @Test
    void a_token_without_a_session_cannot_log_out_here() {
        MemberActor fromIdentityProvider = new MemberActor(signedIn().member().memberId(), org, Role.OWNER,
                RooftopScope.allRooftops());
        assertRejected(f.core.accounts().logOut().logOut(fromIdentityProvider, false), "no-session");
    }

    @Test
    void refresh_rotates_the_token_and_a_spent_token_ends_the_session() {
        SignIn.SignedIn in = signedIn();
        SignIn.SignedIn renewed = f.core.accounts().refreshSession().refresh(in.refreshToken()).orElseThrow();
        assertThat(renewed.refreshToken()).isNotEqualTo(in.refreshToken());
        assertThat(renewed.member().session()).isEqualTo(in.member().session());

        assertRejected(f.core.accounts().refreshSession().refresh(in.refreshToken()), RefreshSessionUseCase.ENDED);
        assertRejected(f.core.accounts().refreshSession().refresh(renewed.refreshToken()), RefreshSessionUseCase.ENDED);
        assertRejected(current(renewed.member()), CurrentMemberUseCase.SIGNED_OUT);
        assertThat(events(signedIn().member(), AuditAction.REFRESH_TOKEN_REUSED)).hasSize(1);
    }

    @Test
    void refresh_answers_with_the_role_stored_now() {
        MemberActor owner = signedIn().member();
        MemberActor staff = f.join(new CoreFixture.Org(org, null, owner), Role.PARTS_MANAGER,
                RooftopScope.allRooftops());
        SignIn.SignedIn staffIn = (SignIn.SignedIn) f.core.accounts().logIn().logIn(new LogInUseCase.Command(org,
                f.core.team().listTeam().list(owner).orElseThrow().members().stream()
                        .filter(m -> m.id().equals(staff.memberId())).findFirst().orElseThrow().email(),
                CoreFixture.PASSWORD)).orElseThrow();
        long version = f.core.team().listTeam().list(owner).orElseThrow().members().stream()
                .filter(m -> m.id().equals(staff.memberId())).findFirst().orElseThrow().version();
        f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(owner, staff.memberId(), version,
                Role.VIEWER, RooftopScope.allRooftops())).orElseThrow();

        assertThat(f.core.accounts().refreshSession().refresh(staffIn.refreshToken()).orElseThrow().member().role())
                .isEqualTo(Role.VIEWER);
        assertThat(current(staffIn.member()).orElseThrow().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void removing_a_member_ends_their_sessions() {
        MemberActor owner = signedIn().member();
        MemberActor staff = f.join(new CoreFixture.Org(org, null, owner), Role.PARTS_MANAGER,
                RooftopScope.allRooftops());
        Email staffEmail = f.core.team().listTeam().list(owner).orElseThrow().members().stream()
                .filter(m -> m.id().equals(staff.memberId())).findFirst().orElseThrow().email();
        SignIn.SignedIn staffIn = (SignIn.SignedIn) f.core.accounts().logIn().logIn(new LogInUseCase.Command(org, staffEmail,
                CoreFixture.PASSWORD)).orElseThrow();

        f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(owner, staff.memberId())).orElseThrow();

        assertRejected(f.core.accounts().refreshSession().refresh(staffIn.refreshToken()), RefreshSessionUseCase.ENDED);
        assertThat(events(owner, AuditAction.SESSION_ENDED)).extracting(e -> e.details().get("reason"))
                .containsExactly("MEMBER_REMOVED");
    }

    @Test
    void a_session_ends_after_two_idle_weeks_and_after_thirty_days_in_any_case() {
        SignIn.SignedIn in = signedIn();
        f.clock.advance(Duration.ofDays(13));
        SignIn.SignedIn renewed = f.core.accounts().refreshSession().refresh(in.refreshToken()).orElseThrow();
        f.clock.advance(Duration.ofDays(14));
        assertRejected(f.core.accounts().refreshSession().refresh(renewed.refreshToken()), RefreshSessionUseCase.ENDED);
        assertRejected(current(renewed.member()), CurrentMemberUseCase.SIGNED_OUT);

        SignIn.SignedIn kept = signedIn();
        String token = kept.refreshToken();
        for (int day = 0; day < 29; day++) {
            f.clock.advance(Duration.ofDays(1));
            token = f.core.accounts().refreshSession().refresh(token).orElseThrow().refreshToken();
        }
        f.clock.advance(Duration.ofDays(1));
        assertRejected(f.core.accounts().refreshSession().refresh(token), RefreshSessionUseCase.ENDED);
    }

    @Test
    void garbage_and_foreign_tokens_end_nothing_and_open_nothing() {
        SignIn.SignedIn in = signedIn();
        assertRejected(f.core.accounts().refreshSession().refresh("rt_not-a-token"), RefreshSessionUseCase.ENDED);
        SecretToken real = SecretToken.parse(SecretToken.Kind.REFRESH, in.refreshToken()).orElseThrow();
        String otherTenant = new SecretToken(SecretToken.Kind.REFRESH, TenantId.of(java.util.UUID.randomUUID()),
                real.id(), real.secret()).encode();
        assertRejected(f.core.accounts().refreshSession().refresh(otherTenant), RefreshSessionUseCase.ENDED);
        String asChallenge = new SecretToken(SecretToken.Kind.SECOND_FACTOR, real.tenantId(), real.id(),
                real.secret()).encode();
        assertRejected(f.core.accounts().completeSignIn().complete(new CompleteSignInUseCase.Command(asChallenge, "123456",
                false, CLIENT)), CompleteSignInUseCase.FAILED);
        assertThat(current(in.member()).isOk()).as("nothing above ended the session").isTrue();

        CoreFixture.Org other = f.signUp("Other Motors");
        MemberActor borrowed = new MemberActor(other.owner().memberId(), other.tenant(), Role.OWNER,
                RooftopScope.allRooftops(), in.member().session());
        assertRejected(current(borrowed), CurrentMemberUseCase.SIGNED_OUT);
    }

    @Test
    void when_the_organization_requires_mfa_a_code_goes_to_the_members_email_and_works_once() {
        requireMfa(signedIn().member());
        SignIn.SecondFactorNeeded challenge = challenged(Optional.empty());
        assertThat(challenge.method()).isEqualTo(MfaMethod.EMAIL_CODE);
        assertThat(challenge.sentTo()).contains("o***@acme.example");
        assertThat(challenge.expiresAt()).isEqualTo(f.clock.now().plus(Duration.ofMinutes(10)));
        var sent = codes.sent().get(codes.sent().size() - 1);
        assertThat(sent.destination()).isEqualTo(EMAIL);
        assertThat(sent.code()).matches("[0-9]{6}");

        String wrong = sent.code().equals("000000") ? "000001" : "000000";
        assertRejected(answer(challenge, wrong, false), CompleteSignInUseCase.FAILED);
        SignIn.SignedIn in = answer(challenge, sent.code(), false).orElseThrow();
        assertThat(current(in.member()).isOk()).isTrue();
        assertRejected(answer(challenge, sent.code(), false), CompleteSignInUseCase.FAILED);

        MemberActor reader = in.member();
        assertThat(events(reader, AuditAction.SECOND_FACTOR_REQUESTED)).hasSize(1);
        assertThat(events(reader, AuditAction.SECOND_FACTOR_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("address", "203.0.113.7"));
        assertThat(events(reader, AuditAction.SECOND_FACTOR_PASSED)).hasSize(1);
    }

    @Test
    void a_code_belongs_to_its_own_login_attempt_and_lasts_ten_minutes() {
        requireMfa(signedIn().member());
        SignIn.SecondFactorNeeded first = challenged(Optional.empty());
        String firstCode = codes.sent().get(codes.sent().size() - 1).code();
        SignIn.SecondFactorNeeded second = challenged(Optional.empty());
        String secondCode = codes.sent().get(codes.sent().size() - 1).code();
        if (!firstCode.equals(secondCode)) {
            assertRejected(answer(second, firstCode, false), CompleteSignInUseCase.FAILED);
        }
        f.clock.advance(Duration.ofMinutes(10));
        assertRejected(answer(first, firstCode, false), CompleteSignInUseCase.FAILED);

        SignIn.SecondFactorNeeded third = challenged(Optional.empty());
        String thirdCode = codes.sent().get(codes.sent().size() - 1).code();
        f.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(answer(third, thirdCode, false).isOk()).isTrue();
    }

    @Test
    void five_wrong_codes_end_the_attempt_and_wrong_codes_count_towards_the_lockout() {
        requireMfa(signedIn().member());
        SignIn.SecondFactorNeeded challenge = challenged(Optional.empty());
        String right = codes.sent().get(codes.sent().size() - 1).code();
        for (int i = 0; i < 5; i++) {
            String wrong = String.format("%06d", (Integer.parseInt(right) + 1 + i) % 1_000_000);
            assertRejected(answer(challenge, wrong, false), CompleteSignInUseCase.FAILED);
        }
        assertRejected(answer(challenge, right, false), CompleteSignInUseCase.FAILED);

        SignIn.SecondFactorNeeded next = challenged(Optional.empty());
        String nextRight = codes.sent().get(codes.sent().size() - 1).code();
        String wrong = nextRight.equals("999999") ? "999998" : "999999";
        assertRejected(answer(next, wrong, false), CompleteSignInUseCase.FAILED);
        assertRejected(logIn(Optional.empty()), LogInUseCase.FAILED);
        assertRejected(answer(next, nextRight, false), CompleteSignInUseCase.FAILED);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(logIn(Optional.empty()).orElseThrow()).isInstanceOf(SignIn.SecondFactorNeeded.class);
    }

    @Test
    void sms_codes_need_the_password_again_and_go_to_the_phone() {
        MemberActor owner = signedIn().member();
        var settings = f.core.accounts().secondFactorSettings();
        assertRejected(settings.useCodes(owner, new Password("not my password at all"), MfaMethod.SMS_CODE,
                Optional.of(PhoneNumber.of("+15551234567"))), SecondFactorSettingsUseCase.REAUTHENTICATION_FAILED);
        assertThat(settings.status(owner).orElseThrow().method()).isEmpty();
        assertThat(events(owner, AuditAction.REAUTHENTICATION_FAILED)).hasSize(1);

        var status = settings.useCodes(owner, GOOD, MfaMethod.SMS_CODE, Optional.of(PhoneNumber.of("+1 555-123-4567")))
                .orElseThrow();
        assertThat(status.effective()).contains(MfaMethod.SMS_CODE);
        SignIn.SecondFactorNeeded challenge = challenged(Optional.empty());
        assertThat(challenge.sentTo()).contains("***4567");
        var sent = codes.sent().get(codes.sent().size() - 1);
        assertThat(sent.channel()).isEqualTo(MfaMethod.SMS_CODE);
        assertThat(sent.destination()).isEqualTo("+15551234567");
        assertThat(answer(challenge, sent.code(), false).isOk()).isTrue();
    }

    @Test
    void totp_is_enrolled_with_a_code_from_the_app_and_each_code_works_once() {
        MemberActor owner = signedIn().member();
        var settings = f.core.accounts().secondFactorSettings();
        var enrollment = settings.startTotp(owner, GOOD).orElseThrow();
        assertThat(enrollment.uri()).startsWith("otpauth://totp/soptrack%3Aolive%40acme.example?secret="
                + enrollment.key());
        assertThat(settings.status(owner).orElseThrow().totpPending()).isTrue();
        assertThat(logIn(Optional.empty()).orElseThrow()).as("pending is not yet in force")
                .isInstanceOf(SignIn.SignedIn.class);
        assertThat(settings.confirmTotp(owner, "000000")).isInstanceOf(Outcome.Invalid.class);
        settings.confirmTotp(owner, ReferenceTotp.codeAt(enrollment.key(), f.clock.now())).orElseThrow();

        f.clock.advance(Duration.ofSeconds(30));
        SignIn.SecondFactorNeeded challenge = challenged(Optional.empty());
        assertThat(challenge.method()).isEqualTo(MfaMethod.TOTP);
        assertThat(challenge.sentTo()).isEmpty();
        String code = ReferenceTotp.codeAt(enrollment.key(), f.clock.now());
        assertThat(answer(challenge, code, false).isOk()).isTrue();
        assertRejected(answer(challenged(Optional.empty()), code, false), CompleteSignInUseCase.FAILED);

        f.clock.advance(Duration.ofSeconds(30));
        assertThat(answer(challenged(Optional.empty()), ReferenceTotp.codeAt(enrollment.key(), f.clock.now()), false)
                .isOk()).isTrue();
    }

    @Test
    void a_trusted_device_skips_the_second_factor_until_ninety_idle_days_or_revocation() {
        MemberActor owner = signedIn().member();
        requireMfa(owner);
        SignIn.SecondFactorNeeded challenge = challenged(Optional.empty());
        SignIn.SignedIn in = answer(challenge, codes.sent().get(codes.sent().size() - 1).code(), true).orElseThrow();
        Optional<String> device = in.deviceToken();
        assertThat(device).isPresent();

        f.clock.advance(Duration.ofDays(89));
        assertThat(logIn(device).orElseThrow()).isInstanceOf(SignIn.SignedIn.class);
        f.clock.advance(Duration.ofDays(89));
        SignIn.SignedIn again = (SignIn.SignedIn) logIn(device).orElseThrow();
        f.clock.advance(Duration.ofDays(90));
        assertThat(logIn(device).orElseThrow()).isInstanceOf(SignIn.SecondFactorNeeded.class);

        SignIn.SignedIn fresh = answer(challenged(Optional.empty()), codes.sent().get(codes.sent().size() - 1).code(),
                true).orElseThrow();
        var status = f.core.accounts().secondFactorSettings().status(fresh.member()).orElseThrow();
        assertThat(status.trustedDevices()).singleElement().satisfies(d -> assertThat(d.label()).isEqualTo("Firefox/140"));
        f.core.accounts().secondFactorSettings().revokeDevice(fresh.member(), status.trustedDevices().get(0).id()).orElseThrow();
        assertThat(logIn(fresh.deviceToken()).orElseThrow()).isInstanceOf(SignIn.SecondFactorNeeded.class);
        assertThat(again.member().session()).isPresent();
    }

    @Test
    void a_device_token_of_another_member_does_not_count() {
        MemberActor owner = signedIn().member();
        requireMfa(owner);
        MemberActor staff = f.join(new CoreFixture.Org(org, null, owner), Role.PARTS_MANAGER,
                RooftopScope.allRooftops());
        Email staffEmail = f.core.team().listTeam().list(owner).orElseThrow().members().stream()
                .filter(m -> m.id().equals(staff.memberId())).findFirst().orElseThrow().email();
        var staffChallenge = (SignIn.SecondFactorNeeded) f.core.accounts().logIn().logIn(new LogInUseCase.Command(org,
                staffEmail, CoreFixture.PASSWORD)).orElseThrow();
        String staffDevice = answer(staffChallenge, codes.latestFor(staff.memberId()).code(), true).orElseThrow()
                .deviceToken().orElseThrow();

        assertThat(logIn(Optional.of(staffDevice)).orElseThrow()).isInstanceOf(SignIn.SecondFactorNeeded.class);
    }

    @Test
    void turning_mfa_off_needs_the_password_and_revokes_trusted_devices() {
        MemberActor owner = signedIn().member();
        var settings = f.core.accounts().secondFactorSettings();
        settings.useCodes(owner, GOOD, MfaMethod.EMAIL_CODE, Optional.empty()).orElseThrow();
        SignIn.SignedIn in = answer(challenged(Optional.empty()), codes.latestFor(owner.memberId()).code(), true)
                .orElseThrow();
        assertThat(settings.status(in.member()).orElseThrow().trustedDevices()).hasSize(1);

        var off = settings.turnOff(in.member(), GOOD).orElseThrow();
        assertThat(off.method()).isEmpty();
        assertThat(off.trustedDevices()).isEmpty();
        assertThat(events(in.member(), AuditAction.SECOND_FACTOR_CHANGED)).hasSize(2);
        assertThat(logIn(Optional.empty()).orElseThrow()).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void only_owners_may_require_mfa() {
        MemberActor owner = signedIn().member();
        MemberActor manager = f.join(new CoreFixture.Org(org, null, owner), Role.PARTS_MANAGER,
                RooftopScope.allRooftops());
        assertThat(f.core.organizations().requireMfa().require(manager, true)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(logIn(Optional.empty()).orElseThrow()).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_session_id_from_one_login_is_no_use_with_another_member() {
        SignIn.SignedIn in = signedIn();
        MemberActor owner = in.member();
        MemberActor staff = f.join(new CoreFixture.Org(org, null, owner), Role.PARTS_MANAGER,
                RooftopScope.allRooftops());
        MemberActor staffWithOwnersSession = new MemberActor(staff.memberId(), org, Role.PARTS_MANAGER,
                RooftopScope.allRooftops(), owner.session());
        assertRejected(current(staffWithOwnersSession), CurrentMemberUseCase.SIGNED_OUT);
        MemberActor unknownSession = new MemberActor(owner.memberId(), org, Role.OWNER, RooftopScope.allRooftops(),
                Optional.of(SessionId.of(java.util.UUID.randomUUID())));
        assertRejected(current(unknownSession), CurrentMemberUseCase.SIGNED_OUT);
    }

    @Test
    void an_identity_providers_address_names_the_active_member_with_the_stored_role() {
        MemberActor owner = signedIn().member();
        MemberActor identified = f.core.accounts().identifyMember().byEmail(org, Email.of("OLIVE@acme.example")).orElseThrow();
        assertThat(identified.memberId()).isEqualTo(owner.memberId());
        assertThat(identified.role()).isEqualTo(Role.OWNER);
        assertThat(identified.session()).isEmpty();
        assertThat(current(identified).isOk()).isTrue();

        assertRejected(f.core.accounts().identifyMember().byEmail(org, Email.of("nobody@acme.example")), "unknown-member");
        CoreFixture.Org other = f.signUp("Other Motors");
        assertRejected(f.core.accounts().identifyMember().byEmail(other.tenant(), Email.of(EMAIL)), "unknown-member");
    }
}
