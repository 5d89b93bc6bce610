package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.TotpPort;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Checks the second factor of a waiting login. The challenge token proves the caller made that login attempt; the
 * code must be the one sent for it (or a TOTP code of a step not used before) and arrive in time. A wrong code counts
 * as a failed login for the account's lockout and, at the policy's limit, ends the attempt; while the account is
 * locked no code is even checked. Every outcome is in the
 * security log; a failure's answer does not say which part was wrong.
 */
public final class CompleteSignInService implements CompleteSignInUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final CredentialRepository credentials;
    private final SessionRepository sessionStore;
    private final TotpPort totp;
    private final LoginFailureCount failures;
    private final SignInSessions sessions;

    CompleteSignInService(UseCaseContext ctx, MemberRepository members, CredentialRepository credentials,
                          SessionRepository sessionStore, TotpPort totp, LoginFailureCount failures,
                          SignInSessions sessions) {
        this.ctx = ctx;
        this.members = members;
        this.credentials = credentials;
        this.sessionStore = sessionStore;
        this.totp = totp;
        this.failures = failures;
        this.sessions = sessions;
    }

    @Override
    public Outcome<SignIn.SignedIn> complete(Command command) {
        Optional<SecretToken> token = SecretToken.parse(SecretToken.Kind.SECOND_FACTOR, command.challengeToken());
        if (token.isEmpty()) {
            return failed();
        }
        TenantId tenant = token.get().tenantId();
        Outcome<Optional<SignIn.SignedIn>> checked = ctx.inTenant(tenant, () -> {
            Instant now = ctx.now();
            Optional<Session> session = sessionStore.find(tenant, SessionId.of(token.get().id()));
            Optional<Session.Challenge> challenge = session.flatMap(s -> s.openChallengeAt(now))
                    .filter(c -> sessions.opens(c.secretHash(), token.get()));
            Optional<Member> member = session.flatMap(s -> members.find(tenant, s.memberId()))
                    .filter(Member::isActive);
            Optional<Credential> credential = member.flatMap(m -> credentials.find(tenant, m.id()));
            if (challenge.isEmpty() || credential.isEmpty() || credential.get().lockedAt(now)) {
                return Outcome.ok(Optional.empty());
            }
            Member m = member.get();
            OptionalLong step = OptionalLong.empty();
            boolean right;
            if (challenge.get().method() == MfaMethod.TOTP) {
                step = credential.get().secondFactor().totpKey()
                        .map(key -> totp.matchingStep(key, command.code().strip(), now)).orElse(OptionalLong.empty());
                right = step.isPresent() && step.getAsLong() > credential.get().secondFactor().lastTotpStep();
            } else {
                right = sessions.sentCodeMatches(challenge.get(), token.get(), command.code());
            }
            Map<String, String> details = command.client().details(Map.of("method",
                    challenge.get().method().name()));
            if (!right) {
                ctx.audit.record(tenant, ActorRef.member(m.id()), AuditAction.SECOND_FACTOR_FAILED,
                        "member:" + m.id(), details);
                Session s = session.get();
                boolean ended = s.wrongCode(sessions.policy, now);
                if (sessionStore.update(tenant, s) == UpdateResult.CONFLICT) {
                    return Outcome.ok(Optional.empty());
                }
                if (ended) {
                    sessions.recordEnded(tenant, s, ActorRef.member(m.id()));
                }
                if (failures.failed(tenant, credential.get(), now)) {
                    ctx.audit.record(tenant, ActorRef.member(m.id()), AuditAction.ACCOUNT_LOCKED, "member:" + m.id(),
                            details);
                }
                return Outcome.ok(Optional.empty());
            }
            return pass(command, tenant, session.get(), m, credential.get(), step, details);
        });
        if (checked instanceof Outcome.Ok<Optional<SignIn.SignedIn>> ok && ok.value().isPresent()) {
            return Outcome.ok(ok.value().get());
        }
        return failed();
    }

    /** Activates the session; a concurrent answer to the same challenge or use of the same code rolls back. */
    private Outcome<Optional<SignIn.SignedIn>> pass(Command command, TenantId tenant, Session session, Member member,
                                                    Credential credential, OptionalLong step,
                                                    Map<String, String> details) {
        Instant now = ctx.now();
        SecretToken refresh = sessions.token(SecretToken.Kind.REFRESH, tenant, session.id().value());
        session.passSecondFactor(sessions.hash(refresh), now);
        if (sessionStore.update(tenant, session) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("login attempt");
        }
        if (step.isPresent()) {
            Credential fresh = credentials.find(tenant, member.id()).orElseThrow();
            fresh.changeSecondFactor(fresh.secondFactor().withTotpStep(step.getAsLong()));
            if (credentials.update(tenant, fresh) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("credential");
            }
            credential = fresh;
        }
        failures.succeeded(tenant, credential);
        sessions.recordSignIn(member);
        ctx.audit.record(tenant, ActorRef.member(member.id()), AuditAction.SECOND_FACTOR_PASSED,
                "member:" + member.id(), details);
        ctx.audit.record(tenant, ActorRef.member(member.id()), AuditAction.LOGIN_SUCCEEDED, "member:" + member.id(),
                details);
        Optional<String> device = command.trustDevice()
                ? Optional.of(sessions.trustDevice(member, command.client())) : Optional.empty();
        return Outcome.ok(Optional.of(new SignIn.SignedIn(SignInSessions.actor(member, session.id()), refresh.encode(),
                device)));
    }

    private static Outcome<SignIn.SignedIn> failed() {
        return Outcome.rejected(FAILED, "The code is wrong or expired, or the login attempt has ended; log in again");
    }
}
