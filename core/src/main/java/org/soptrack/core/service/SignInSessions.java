package org.soptrack.core.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OneTimeCodePort;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.TokenPort;
import org.soptrack.core.port.out.TrustedDeviceRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * What the sign-in use cases share: starting sessions with their refresh tokens, asking for and checking a second
 * factor's challenge, trusting devices and ending sessions. Tokens go to the client once; only their hashes are kept.
 * Everything here runs inside the member's tenant transaction.
 */
final class SignInSessions {

    private static final int CODE_DIGITS = 6;

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final SessionRepository sessions;
    private final TrustedDeviceRepository devices;
    private final TokenPort tokens;
    private final OneTimeCodePort codes;
    final SessionPolicy policy;

    SignInSessions(UseCaseContext ctx, MemberRepository members, SessionRepository sessions,
                   TrustedDeviceRepository devices, TokenPort tokens, OneTimeCodePort codes, SessionPolicy policy) {
        this.ctx = ctx;
        this.members = members;
        this.sessions = sessions;
        this.devices = devices;
        this.tokens = tokens;
        this.codes = codes;
        this.policy = policy;
    }

    /** A new active session for {@code member}, whose sign-in is complete. */
    SignIn.SignedIn start(Member member, LogInUseCase.Client client, Optional<String> deviceToken) {
        recordSignIn(member);
        SessionId id = SessionId.of(ctx.newId());
        SecretToken refresh = token(SecretToken.Kind.REFRESH, member.tenantId(), id.value());
        sessions.add(member.tenantId(), Session.signedIn(id, member.tenantId(), member.id(), hash(refresh),
                ctx.now(), client.address(), client.userAgent()));
        return new SignIn.SignedIn(actor(member, id), refresh.encode(), deviceToken);
    }

    /** The principal of {@code member} acting through session {@code id}, with the role and rooftops stored now. */
    static MemberActor actor(Member member, SessionId id) {
        return new MemberActor(member.id(), member.tenantId(), member.role(), member.rooftops(), Optional.of(id));
    }

    /**
     * Notes a completed sign-in on the member: the inactive-account retention clock starts again. If the member row
     * changed meanwhile (most likely a second sign-in at the same moment), the sign-in still goes ahead: the other
     * transaction wrote the same fact, or a role change that the next sign-in records over.
     */
    void recordSignIn(Member member) {
        member.signedIn(ctx.now());
        members.update(member.tenantId(), member);
    }

    /** A session waiting for {@code method}; a code is generated and sent unless the method is TOTP. */
    SignIn.SecondFactorNeeded challenge(Member member, Credential credential, MfaMethod method,
                                        LogInUseCase.Client client) {
        Instant now = ctx.now();
        SessionId id = SessionId.of(ctx.newId());
        SecretToken challenge = token(SecretToken.Kind.SECOND_FACTOR, member.tenantId(), id.value());
        Instant expiresAt = now.plus(policy.codeValidity());
        Optional<String> destination = Optional.empty();
        Optional<TokenHash> codeHash = Optional.empty();
        if (method.sendsCode()) {
            String code = newCode();
            String to = method == MfaMethod.SMS_CODE
                    ? credential.secondFactor().phone().orElseThrow().value() : member.email().value();
            codes.send(new OneTimeCodePort.OneTimeCode(member.tenantId(), member.id(), method, to, code, expiresAt));
            codeHash = Optional.of(codeHash(challenge, code));
            destination = Optional.of(mask(to));
        }
        sessions.add(member.tenantId(), Session.awaitingSecondFactor(id, member.tenantId(), member.id(),
                new Session.Challenge(method, hash(challenge), codeHash, expiresAt, 0), now, client.address(),
                client.userAgent()));
        ctx.audit.record(member.tenantId(), ActorRef.member(member.id()), AuditAction.SECOND_FACTOR_REQUESTED,
                "member:" + member.id(), client.details(Map.of("method", method.name())));
        return new SignIn.SecondFactorNeeded(challenge.encode(), method, destination, expiresAt);
    }

    /**
     * A session waiting for {@code member} to choose this organization among those their password opened (R-SEC-7);
     * the choice token, valid as long as a second-factor code.
     */
    String offerChoice(Member member, LogInUseCase.Client client) {
        Instant now = ctx.now();
        SessionId id = SessionId.of(ctx.newId());
        SecretToken choice = token(SecretToken.Kind.CHOICE, member.tenantId(), id.value());
        sessions.add(member.tenantId(), Session.awaitingChoice(id, member.tenantId(), member.id(),
                new Session.Choice(hash(choice), now.plus(policy.codeValidity())), now, client.address(),
                client.userAgent()));
        return choice.encode();
    }

    /** Whether {@code code} is the one sent for the challenge {@code token} opened. */
    boolean sentCodeMatches(Session.Challenge challenge, SecretToken token, String code) {
        return challenge.codeHash().map(expected -> expected.matches(codeHash(token, code.strip()))).orElse(false);
    }

    /** Whether {@code token} is the secret of {@code expected}, compared in constant time. */
    boolean opens(TokenHash expected, SecretToken token) {
        return expected.matches(hash(token));
    }

    /** The member's trusted device that {@code deviceToken} names, if it is still trusted; marks it used. */
    boolean trusted(Member member, Optional<String> deviceToken) {
        Optional<SecretToken> token = deviceToken.flatMap(t -> SecretToken.parse(SecretToken.Kind.TRUSTED_DEVICE, t))
                .filter(t -> t.tenantId().equals(member.tenantId()));
        Optional<TrustedDevice> device = token.flatMap(t -> devices.find(member.tenantId(), TrustedDeviceId.of(t.id())))
                .filter(d -> d.memberId().equals(member.id()) && d.trustedAt(ctx.now(), policy)
                        && opens(d.state().tokenHash(), token.get()));
        device.ifPresent(d -> {
            d.use(ctx.now());
            if (devices.update(member.tenantId(), d) == UpdateResult.CONFLICT) {
                throw new IllegalStateException("trusted device changed concurrently");
            }
        });
        return device.isPresent();
    }

    /** Trusts the device the member is on; the answer is its token. */
    String trustDevice(Member member, LogInUseCase.Client client) {
        TrustedDeviceId id = TrustedDeviceId.of(ctx.newId());
        SecretToken token = token(SecretToken.Kind.TRUSTED_DEVICE, member.tenantId(), id.value());
        devices.add(member.tenantId(), TrustedDevice.trust(id, member.tenantId(), member.id(), hash(token),
                client.userAgent(), ctx.now()));
        ctx.audit.record(member.tenantId(), ActorRef.member(member.id()), AuditAction.DEVICE_TRUSTED,
                "device:" + id, client.details(Map.of("label", client.userAgent())));
        return token.encode();
    }

    /** Revokes every trusted device of the member; how many were. */
    int revokeDevices(TenantId tenant, MemberId member) {
        int revoked = 0;
        for (TrustedDevice device : devices.findUnrevoked(tenant, member)) {
            if (device.revoke(ctx.now()) && devices.update(tenant, device) == UpdateResult.UPDATED) {
                revoked++;
            }
        }
        return revoked;
    }

    /** Ends one session and records why; false if it had ended already. */
    boolean end(TenantId tenant, Session session, Session.EndReason reason, ActorRef by) {
        if (!session.end(reason, ctx.now())) {
            return false;
        }
        if (sessions.update(tenant, session) == UpdateResult.CONFLICT) {
            throw new IllegalStateException("session changed concurrently");
        }
        recordEnded(tenant, session, by);
        return true;
    }

    /** Writes the end of {@code session} (already ended and stored) to the security log. */
    void recordEnded(TenantId tenant, Session session, ActorRef by) {
        ctx.audit.record(tenant, by, AuditAction.SESSION_ENDED, "session:" + session.id(),
                Map.of("member", session.memberId().toString(),
                        "reason", session.state().endReason().orElseThrow().name()));
    }

    /** Ends every open session of {@code member}; how many ended. */
    int endAll(TenantId tenant, MemberId member, Session.EndReason reason, ActorRef by) {
        return endAllBut(tenant, member, Optional.empty(), reason, by);
    }

    /** Ends every open session of {@code member} but {@code kept}; how many ended. */
    int endAllBut(TenantId tenant, MemberId member, Optional<SessionId> kept, Session.EndReason reason, ActorRef by) {
        int ended = 0;
        for (Session session : sessions.findOpen(tenant, member)) {
            if (!kept.equals(Optional.of(session.id())) && end(tenant, session, reason, by)) {
                ended++;
            }
        }
        return ended;
    }

    SecretToken token(SecretToken.Kind kind, TenantId tenant, UUID id) {
        return new SecretToken(kind, tenant, id, tokens.newSecret(SecretToken.SECRET_BYTES));
    }

    TokenHash hash(SecretToken token) {
        return tokens.hash(token.secret());
    }

    /** The code is hashed with the challenge secret, so a stored hash cannot be reversed by trying a million codes. */
    private TokenHash codeHash(SecretToken challenge, String code) {
        byte[] secret = challenge.secret();
        byte[] digits = code.getBytes(StandardCharsets.US_ASCII);
        return tokens.hash(ByteBuffer.allocate(secret.length + digits.length).put(secret).put(digits).array());
    }

    /** Six random digits, uniformly drawn. */
    private String newCode() {
        long bound = 1_000_000L;
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        while (true) {
            long n = ByteBuffer.wrap(tokens.newSecret(16)).getLong() & Long.MAX_VALUE;
            if (n < limit) {
                return String.format("%0" + CODE_DIGITS + "d", n % bound);
            }
        }
    }

    /** Enough of an address to recognise it, not enough to learn it: {@code o***@acme.example}, {@code ***4567}. */
    static String mask(String destination) {
        int at = destination.indexOf('@');
        if (at > 0) {
            return destination.charAt(0) + "***" + destination.substring(at);
        }
        return "***" + destination.substring(Math.max(0, destination.length() - 4));
    }
}
