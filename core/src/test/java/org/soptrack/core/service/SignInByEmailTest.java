package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.memory.FastTestPasswordHasher;
import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.TenantDirectoryPort;

/**
 * R-SEC-7 on in-memory adapters: staff sign in with their address and password alone; an address in several
 * organizations gets to choose among those its password opened; and an attacker learns nothing from the number of
 * password checks, which is the same for every address (counted here, not timed).
 */
class SignInByEmailTest {

    private static final Email EMAIL = Email.of("morgan@dealers.example");
    private static final Password PASSWORD = new Password("plum tractor harbour lantern");
    private static final LogInUseCase.Client CLIENT = new LogInUseCase.Client("203.0.113.7", "Firefox/140");

    /** Counts the password checks, otherwise the fixture's own hasher. */
    private static final class CountingHasher implements PasswordHasherPort {
        private final FastTestPasswordHasher inner = new FastTestPasswordHasher();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public PasswordHash hash(Password password) {
            return inner.hash(password);
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            checks.incrementAndGet();
            return inner.matches(password, hash);
        }

        @Override
        public PasswordHash decoy() {
            return inner.decoy();
        }
    }

    private final CoreFixture f = new CoreFixture();
    private final CountingHasher hasher = new CountingHasher();
    private final SoptrackCore core = new SoptrackCore(f.ports.withPasswordHasher(hasher), CoreSettings.DEFAULTS);

    private TenantId organization(String name, Password password) {
        return core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command(name,
                new Rooftop.Details(name + " Toyota", "Toyota", "Springfield", "IL"), EMAIL, "Morgan Manager",
                Optional.of(password))).orElseThrow().organizationId();
    }

    private Outcome<SignIn> logIn(Password password) {
        return core.accounts().logIn().logIn(new LogInUseCase.Command(EMAIL, password, CLIENT));
    }

    private Outcome<SignIn> choose(String token) {
        return core.accounts().chooseOrganization().choose(new ChooseOrganizationUseCase.Command(token, CLIENT,
                Optional.empty()));
    }

    @Test
    void an_address_in_one_organization_signs_in_with_its_password_alone() {
        TenantId acme = organization("Acme", PASSWORD);
        SignIn signedIn = logIn(PASSWORD).orElseThrow();
        assertThat(signedIn).isInstanceOfSatisfying(SignIn.SignedIn.class,
                s -> assertThat(s.member().tenantId()).isEqualTo(acme));
        assertThat(logIn(new Password("not the password at all"))).isEqualTo(Outcome.rejected(LogInUseCase.FAILED,
                "The organization, e-mail address or password is wrong"));
    }

    @Test
    void several_organizations_opened_by_the_password_are_a_choice_each_token_works_once_and_not_late() {
        TenantId acme = organization("Acme", PASSWORD);
        TenantId bravo = organization("Bravo", PASSWORD);
        SignIn.ChooseOrganization choice = (SignIn.ChooseOrganization) logIn(PASSWORD).orElseThrow();
        assertThat(choice.organizations()).extracting(SignIn.Choice::organization).containsExactlyInAnyOrder(acme, bravo);
        assertThat(choice.organizations()).extracting(SignIn.Choice::name).containsExactlyInAnyOrder("Acme", "Bravo");
        SignIn.Choice toBravo = choice.organizations().stream().filter(c -> c.organization().equals(bravo))
                .findFirst().orElseThrow();

        assertThat(choose(toBravo.choiceToken()).orElseThrow()).isInstanceOfSatisfying(SignIn.SignedIn.class,
                s -> assertThat(s.member().tenantId()).isEqualTo(bravo));
        assertThat(choose(toBravo.choiceToken())).as("used up").isInstanceOf(Outcome.Rejected.class);
        assertThat(choose(toBravo.choiceToken().replace("pick_", "mfa_"))).isInstanceOf(Outcome.Rejected.class);
        assertThat(f.audit(new CoreFixture.Org(bravo, null, null), AuditAction.LOGIN_SUCCEEDED)).hasSize(1);

        SignIn.ChooseOrganization again = (SignIn.ChooseOrganization) logIn(PASSWORD).orElseThrow();
        f.clock.advance(Duration.ofMinutes(10));
        assertThat(choose(again.organizations().get(0).choiceToken())).as("10 minutes later")
                .isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void where_the_password_opens_one_of_two_organizations_the_sign_in_goes_there_and_the_other_counts_a_failure() {
        TenantId acme = organization("Acme", PASSWORD);
        TenantId bravo = organization("Bravo", new Password("a different password for bravo"));
        assertThat(logIn(PASSWORD).orElseThrow()).isInstanceOfSatisfying(SignIn.SignedIn.class,
                s -> assertThat(s.member().tenantId()).isEqualTo(acme));
        assertThat(f.audit(new CoreFixture.Org(bravo, null, null), AuditAction.LOGIN_FAILED)).hasSize(1);
    }

    @Test
    void every_address_costs_the_same_number_of_password_checks() {
        organization("Acme", PASSWORD);
        organization("Bravo", PASSWORD);
        int max = TenantDirectoryPort.MAX_MEMBERSHIPS;
        for (Email address : new Email[] {Email.of("nobody@dealers.example"), EMAIL}) {
            for (Password password : new Password[] {PASSWORD, new Password("not the password at all")}) {
                hasher.checks.set(0);
                core.accounts().logIn().logIn(new LogInUseCase.Command(address, password, CLIENT));
                assertThat(hasher.checks).as("%s with %s", address, password.equals(PASSWORD) ? "the password"
                        : "another").hasValue(max);
            }
        }
    }

    @Test
    void the_organization_may_still_be_named_and_a_second_factor_follows_the_choice() {
        TenantId acme = organization("Acme", PASSWORD);
        TenantId bravo = organization("Bravo", PASSWORD);
        hasher.checks.set(0);
        assertThat(core.accounts().logIn().logIn(new LogInUseCase.Command(acme, EMAIL, PASSWORD, CLIENT))
                .orElseThrow()).isInstanceOf(SignIn.SignedIn.class);
        assertThat(hasher.checks).as("a named organization: one check").hasValue(1);

        SignIn.SignedIn inBravo = (SignIn.SignedIn) core.accounts().logIn().logIn(new LogInUseCase.Command(bravo, EMAIL,
                PASSWORD, CLIENT)).orElseThrow();
        core.organizations().requireMfa().require(inBravo.member(), true).orElseThrow();
        SignIn.ChooseOrganization choice = (SignIn.ChooseOrganization) logIn(PASSWORD).orElseThrow();
        String toBravo = choice.organizations().stream().filter(c -> c.organization().equals(bravo)).findFirst()
                .orElseThrow().choiceToken();
        assertThat(choose(toBravo).orElseThrow()).isInstanceOf(SignIn.SecondFactorNeeded.class);
    }
}
