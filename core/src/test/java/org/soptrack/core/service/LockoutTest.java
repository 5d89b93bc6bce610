package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.AuditQuery;

/** Growing lockout after failed logins (R-SEC-4), on a fake clock. */
class LockoutTest {

    private static final String EMAIL = "olive@acme.example";
    private static final String GOOD = "plum tractor harbour lantern";
    private static final LogInUseCase.Client CLIENT = new LogInUseCase.Client("203.0.113.7", "curl/8.5");

    private final CoreFixture f = new CoreFixture();
    private TenantId org;
    private MemberActor owner;

    @BeforeEach
    void signUp() {
        org = f.core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme Motors",
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"), Email.of(EMAIL), "Olive Owner",
                Optional.of(new Password(GOOD)))).orElseThrow().organizationId();
        owner = logIn(GOOD).orElseThrow();
    }

    private Outcome<MemberActor> logIn(String password) {
        return f.core.accounts().logIn().logIn(new LogInUseCase.Command(org, Email.of(EMAIL), new Password(password), CLIENT))
                .map(s -> ((SignIn.SignedIn) s).member());
    }

    private List<AuditEvent> events(AuditAction action) {
        return f.core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(owner, new AuditQuery(Optional.empty(),
                Set.of(action), Optional.empty(), Optional.empty(), Optional.empty(), 200))).orElseThrow().items();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(logIn("wrong password " + i)).isInstanceOf(Outcome.Rejected.class);
        }
    }

    @Test
    void five_failures_are_free_the_sixth_locks_for_a_minute() {
        fail(5);
        assertThat(logIn(GOOD).isOk()).as("still open after five").isTrue();
        fail(6);
        var locked = logIn(GOOD);
        assertThat(locked).as("the right password is refused while locked")
                .isEqualTo(Outcome.rejected(LogInUseCase.FAILED, "The organization, e-mail address or password is wrong"));
        f.clock.advance(Duration.ofSeconds(59));
        assertThat(logIn(GOOD).isOk()).isFalse();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(logIn(GOOD).isOk()).as("open again after one minute").isTrue();
    }

    @Test
    void each_further_failure_doubles_the_lock() {
        fail(6);
        f.clock.advance(Duration.ofMinutes(1));
        fail(1);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(logIn(GOOD).isOk()).as("second lock lasts two minutes").isFalse();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(logIn(GOOD).isOk()).isTrue();
    }

    @Test
    void a_success_forgets_the_failures() {
        fail(5);
        assertThat(logIn(GOOD).isOk()).isTrue();
        fail(5);
        assertThat(logIn(GOOD).isOk()).as("the count started again").isTrue();
    }

    @Test
    void an_attacker_guessing_every_second_for_an_hour_gets_far_fewer_than_100_tries() {
        Instant start = f.clock.now();
        int refused = 0;
        while (f.clock.now().isBefore(start.plus(Duration.ofHours(1)))) {
            refused += logIn("guess at " + f.clock.now()).isOk() ? 0 : 1;
            f.clock.advance(Duration.ofSeconds(1));
        }
        assertThat(refused).isEqualTo(3600);
        assertThat(events(AuditAction.LOGIN_FAILED)).as("passwords actually checked").hasSize(11);
        assertThat(events(AuditAction.LOGIN_REFUSED_LOCKED)).as("refusals are logged too").hasSize(200);
        assertThat(events(AuditAction.ACCOUNT_LOCKED)).hasSize(6);
    }

    @Test
    void attempts_and_lockouts_are_logged_with_address_and_user_agent() {
        fail(6);
        var locked = events(AuditAction.ACCOUNT_LOCKED);
        assertThat(locked).singleElement().satisfies(e -> {
            assertThat(e.details()).containsEntry("address", "203.0.113.7").containsEntry("userAgent", "curl/8.5");
            assertThat(e.target()).isEqualTo("member:" + owner.memberId());
        });
        assertThat(events(AuditAction.LOGIN_FAILED)).hasSize(6);
        assertThat(events(AuditAction.LOGIN_SUCCEEDED)).hasSize(1);
    }

    @Test
    void failures_a_day_old_are_forgotten() {
        fail(5);
        f.clock.advance(Duration.ofHours(24));
        fail(5);
        assertThat(logIn(GOOD).isOk()).isTrue();
    }
}
