package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.security.PasswordPolicy;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.FastTestPasswordHasher;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.PasswordHasherPort;

/** Built-in login: the policy for new passwords, one answer for every failure, and the audit of each attempt. */
class LogInTest {

    private static final Password GOOD = new Password("plum tractor harbour lantern");
    private final CoreFixture f = new CoreFixture();

    private Outcome<SignUpOrganizationUseCase.SignedUp> signUp(String email, Password password) {
        return f.core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme Motors",
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"), Email.of(email), "Olive Owner",
                Optional.of(password)));
    }

    private Outcome<MemberActor> logIn(TenantId org, String email, String password) {
        return f.core.accounts().logIn().logIn(new LogInUseCase.Command(org, Email.of(email), new Password(password)))
                .map(s -> ((SignIn.SignedIn) s).member());
    }

    @Test
    void the_owner_logs_in_with_the_password_given_at_signup() {
        var org = signUp("olive@acme.example", GOOD).orElseThrow();
        MemberActor actor = logIn(org.organizationId(), "olive@acme.example", GOOD.value()).orElseThrow();
        assertThat(actor.memberId()).isEqualTo(org.ownerId());
        assertThat(actor.tenantId()).isEqualTo(org.organizationId());
        assertThat(actor.role()).isEqualTo(Role.OWNER);
    }

    /** A hasher whose cost rose: its hashes say {@code cost2}, and any other hash it would make again. */
    private static final class RaisedCost implements PasswordHasherPort {
        private final FastTestPasswordHasher inner = new FastTestPasswordHasher();

        @Override
        public PasswordHash hash(Password password) {
            return new PasswordHash("cost2:" + inner.hash(password).encoded());
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            return inner.matches(password, new PasswordHash(hash.encoded().replaceFirst("^cost2:", "")));
        }

        @Override
        public PasswordHash decoy() {
            return inner.decoy();
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return !hash.encoded().startsWith("cost2:");
        }
    }

    @Test
    void a_sign_in_hashes_a_password_stored_at_a_lower_cost_again_and_a_wrong_password_changes_nothing() {
        var org = signUp("olive@acme.example", GOOD).orElseThrow();
        SoptrackCore raised = new SoptrackCore(f.ports.withPasswordHasher(new RaisedCost()), CoreSettings.DEFAULTS);
        PasswordHash before = storedHash(org);
        assertThat(before.encoded()).startsWith("test$");
        assertThat(raised.accounts().logIn().logIn(new LogInUseCase.Command(org.organizationId(), Email.of("olive@acme.example"),
                new Password("not the password at all")))).isInstanceOf(Outcome.Rejected.class);
        assertThat(storedHash(org)).isEqualTo(before);
        assertThat(raised.accounts().logIn().logIn(new LogInUseCase.Command(org.organizationId(), Email.of("olive@acme.example"),
                GOOD))).isInstanceOf(Outcome.Ok.class);
        PasswordHash after = storedHash(org);
        assertThat(after.encoded()).startsWith("cost2:");
        assertThat(raised.accounts().logIn().logIn(new LogInUseCase.Command(org.organizationId(), Email.of("olive@acme.example"),
                GOOD))).isInstanceOf(Outcome.Ok.class);
        assertThat(storedHash(org)).as("hashed once, not at every sign-in").isEqualTo(after);
    }

    private PasswordHash storedHash(SignUpOrganizationUseCase.SignedUp org) {
        return f.ports.transactions().inTenant(org.organizationId(), () -> f.ports.credentials()
                .find(org.organizationId(), org.ownerId())).orElseThrow().hash();
    }

    @Test
    void short_or_common_passwords_are_refused_and_nothing_is_created() {
        Outcome<?> tooShort = signUp("olive@acme.example", new Password("elevenchars"));
        assertThat(((Outcome.Invalid<?>) tooShort).field()).isEqualTo("ownerPassword");
        SoptrackCore strict = new SoptrackCore(f.ports, new CoreSettings(CoreSettings.DEFAULTS.invitationValidity(),
                CoreSettings.DEFAULTS.maxOperatorGrant(),
                new PasswordPolicy(12, Set.of("Password1234"))));
        Outcome<?> common = strict.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme Motors",
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"), Email.of("o@acme.example"),
                "Olive Owner", Optional.of(new Password("password1234"))));
        assertThat(((Outcome.Invalid<?>) common).message()).contains("too common");
        Password sixtyFour = new Password("x".repeat(64) + " and more than sixty-four characters are kept whole");
        var org = signUp("long@acme.example", sixtyFour).orElseThrow();
        assertThat(logIn(org.organizationId(), "long@acme.example", sixtyFour.value()).isOk()).isTrue();
        assertThat(logIn(org.organizationId(), "long@acme.example", "x".repeat(64))).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void unknown_organization_unknown_address_wrong_password_and_removed_member_get_the_same_answer() {
        var org = signUp("olive@acme.example", GOOD).orElseThrow();
        MemberActor owner = logIn(org.organizationId(), "olive@acme.example", GOOD.value()).orElseThrow();
        var issued = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(owner, Email.of("sam@acme.example"),
                Role.ADVISOR, RooftopScope.allRooftops())).orElseThrow();
        var sam = f.core.team().acceptInvitation().accept(new AcceptInvitationUseCase.Command(issued.token(),
                Email.of("sam@acme.example"), "Sam Staff", Optional.of(GOOD))).orElseThrow();
        assertThat(logIn(org.organizationId(), "sam@acme.example", GOOD.value()).isOk()).isTrue();
        f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(owner, sam.id())).orElseThrow();

        for (Outcome<MemberActor> failed : List.of(
                logIn(TenantId.of(UUID.randomUUID()), "olive@acme.example", GOOD.value()),
                logIn(org.organizationId(), "nobody@acme.example", GOOD.value()),
                logIn(org.organizationId(), "olive@acme.example", "wrong horse battery staple"),
                logIn(org.organizationId(), "sam@acme.example", GOOD.value()))) {
            assertThat(failed).isEqualTo(Outcome.rejected(LogInUseCase.FAILED,
                    "The organization, e-mail address or password is wrong"));
        }
        var audit = f.core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(owner,
                new AuditQuery(Optional.empty(),
                        Set.of(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_SUCCEEDED), Optional.empty(),
                        Optional.empty(), Optional.empty(), 50))).orElseThrow().items();
        assertThat(audit).extracting(e -> e.action()).containsExactlyInAnyOrder(AuditAction.LOGIN_SUCCEEDED,
                AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED);
    }
}
