package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.PasswordHasherPort;

/**
 * Asking a signed-in member for the password again before a change a stolen access token must not make. A wrong
 * password is answered with {@code reauthentication-failed}, written to the security log and counted towards the
 * account's lockout, so the token cannot be used to guess the password either.
 */
final class Reauthentication {

    /** Work for a member who has a password. */
    @FunctionalInterface
    interface Step<T> {
        Outcome<T> apply(Member member, Credential credential);
    }

    private final UseCaseContext ctx;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final LoginFailureCount failures;

    Reauthentication(UseCaseContext ctx, CredentialRepository credentials, PasswordHasherPort hasher,
                     LoginFailureCount failures) {
        this.ctx = ctx;
        this.credentials = credentials;
        this.hasher = hasher;
        this.failures = failures;
    }

    /** Runs {@code work} with the member's credential; {@code no-password} for a member who signs in elsewhere. */
    <T> Outcome<T> withCredential(MemberActor actor, Step<T> work) {
        return ctx.signedIn(actor, member -> credentials.find(member.tenantId(), member.id())
                .map(credential -> work.apply(member, credential))
                .orElseGet(() -> Outcome.rejected(SecondFactorSettingsUseCase.NO_PASSWORD,
                        "This member logs in through the identity provider; set up MFA there")));
    }

    /** How a member proved it is them before a step that needs it. */
    enum Proof { PASSWORD_AGAIN, IDENTITY_PROVIDER_SIGN_IN }

    /**
     * Runs {@code work} once the member proved it is them: by their password again where they have one here
     * ({@code currentPassword} is then required, "is required {@code purpose}" otherwise, and a wrong one is refused as
     * {@link #reauthenticated} refuses it), or, for a member who signs in through the identity provider, by that
     * sign-in.
     */
    <T> Outcome<T> confirmed(MemberActor actor, Optional<Password> currentPassword, String purpose,
                             BiFunction<Member, Proof, Outcome<T>> work) {
        if (!hasPassword(actor)) {
            return ctx.signedIn(actor, member -> work.apply(member, Proof.IDENTITY_PROVIDER_SIGN_IN));
        }
        if (currentPassword.isEmpty()) {
            return Outcome.invalid("currentPassword", "is required " + purpose);
        }
        return reauthenticated(actor, currentPassword.get(),
                (member, credential) -> work.apply(member, Proof.PASSWORD_AGAIN));
    }

    /** Whether the member has a password here, read in a transaction of its own. */
    private boolean hasPassword(MemberActor actor) {
        return ctx.signedIn(actor, member -> Outcome.ok(credentials.find(member.tenantId(), member.id()).isPresent()))
                instanceof Outcome.Ok<Boolean> ok && ok.value();
    }

    /**
     * Runs {@code work} only if {@code current} is the member's password. A wrong password is recorded and counted in a
     * transaction of its own, since the refusal rolls back the one {@code work} would have used.
     */
    <T> Outcome<T> reauthenticated(MemberActor actor, Password current, Step<T> work) {
        Outcome<Boolean> checked = withCredential(actor, (member, credential) -> {
            if (!credential.lockedAt(ctx.now()) && hasher.matches(current, credential.hash())) {
                return Outcome.ok(true);
            }
            ctx.audit.record(member.tenantId(), actor.ref(), AuditAction.REAUTHENTICATION_FAILED,
                    "member:" + member.id(), Map.of());
            if (failures.failed(member.tenantId(), credential, ctx.now())) {
                ctx.audit.record(member.tenantId(), actor.ref(), AuditAction.ACCOUNT_LOCKED, "member:" + member.id(),
                        Map.of());
            }
            return Outcome.ok(false);
        });
        if (!(checked instanceof Outcome.Ok<Boolean> ok)) {
            @SuppressWarnings("unchecked")
            Outcome<T> refused = (Outcome<T>) checked;
            return refused;
        }
        if (!ok.value()) {
            return Outcome.rejected(SecondFactorSettingsUseCase.REAUTHENTICATION_FAILED, "The current password is wrong");
        }
        return withCredential(actor, work);
    }
}
