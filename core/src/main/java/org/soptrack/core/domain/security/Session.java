package org.soptrack.core.domain.security;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;
import org.soptrack.core.domain.tenancy.TokenHash;

/**
 * One sign-in of a member on one device (R-SEC-3, R-SEC-4a, R-SEC-7). A password that opens the same address in
 * several organizations starts one session waiting for a choice in each of them. A login that needs a second factor
 * starts the session waiting for it, with a challenge only the client that logged in can answer; once passed (or when no second factor
 * is needed) the session is active and holds the hash of its current refresh token, which every refresh replaces.
 * Logout, member removal, too many wrong codes or a reused refresh token end it for good, and access tokens naming an
 * ended session are refused at once.
 */
public final class Session extends Aggregate<Session.State> {

    public enum Status { AWAITING_CHOICE, AWAITING_SECOND_FACTOR, ACTIVE, ENDED }

    /** Why a session ended; {@code CHOICE_MADE}: the organization it offered was chosen, and a sign-in went on. */
    public enum EndReason {
        LOGGED_OUT, MEMBER_REMOVED, TOO_MANY_WRONG_CODES, REFRESH_TOKEN_REUSED, EXPIRED, CHOICE_MADE, PASSWORD_CHANGED
    }

    /**
     * A password proven for this member's address in several organizations at once (R-SEC-7): the hash of the choice
     * secret handed to the client with this organization's name, and until when it may be chosen.
     */
    public record Choice(TokenHash secretHash, Instant expiresAt) {
        public Choice {
            Require.present("secretHash", secretHash);
            Require.present("expiresAt", expiresAt);
        }
    }

    /**
     * The second factor a waiting session asks for: the hash of the challenge secret handed to the client, the hash
     * of the code sent (none for TOTP), until when it may be answered and how many wrong codes were tried.
     */
    public record Challenge(MfaMethod method, TokenHash secretHash, Optional<TokenHash> codeHash, Instant expiresAt,
                            int wrongCodes) {
        public Challenge {
            Require.present("method", method);
            Require.present("secretHash", secretHash);
            Require.present("codeHash", codeHash);
            Require.present("expiresAt", expiresAt);
            if (method.sendsCode() != codeHash.isPresent()) {
                throw new IllegalArgumentException("a code hash belongs to sent codes only");
            }
        }
    }

    public record State(SessionId id, TenantId tenantId, MemberId memberId, Status status, Instant startedAt,
                        Instant lastUsedAt, Optional<TokenHash> refreshHash, Optional<Challenge> challenge,
                        Optional<Choice> choice, Optional<Instant> endedAt, Optional<EndReason> endReason,
                        String address, String userAgent) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("memberId", memberId);
            Require.present("status", status);
            Require.present("startedAt", startedAt);
            Require.present("lastUsedAt", lastUsedAt);
            Require.present("refreshHash", refreshHash);
            Require.present("challenge", challenge);
            Require.present("choice", choice);
            Require.present("endedAt", endedAt);
            Require.present("endReason", endReason);
            Require.present("address", address);
            Require.present("userAgent", userAgent);
            if ((status == Status.ACTIVE) != refreshHash.isPresent()
                    || (status == Status.AWAITING_SECOND_FACTOR) != challenge.isPresent()
                    || (status == Status.AWAITING_CHOICE) != choice.isPresent()
                    || (status == Status.ENDED) != endedAt.isPresent() || endedAt.isPresent() != endReason.isPresent()) {
                throw new IllegalArgumentException("session state does not fit status " + status);
            }
        }
    }

    private Session(State state, Versioned version) {
        super(state, version);
    }

    /** A session that is signed in at once, holding its first refresh token. */
    public static Session signedIn(SessionId id, TenantId tenant, MemberId member, TokenHash refreshHash, Instant now,
                                   String address, String userAgent) {
        return new Session(new State(id, tenant, member, Status.ACTIVE, now, now, Optional.of(refreshHash),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), address, userAgent),
                Versioned.fresh());
    }

    /** A session that waits for the second factor {@code challenge} asks for. */
    public static Session awaitingSecondFactor(SessionId id, TenantId tenant, MemberId member, Challenge challenge,
                                               Instant now, String address, String userAgent) {
        return new Session(new State(id, tenant, member, Status.AWAITING_SECOND_FACTOR, now, now, Optional.empty(),
                Optional.of(challenge), Optional.empty(), Optional.empty(), Optional.empty(), address, userAgent),
                Versioned.fresh());
    }

    /** A session that waits for the member to choose this organization among those their password opened. */
    public static Session awaitingChoice(SessionId id, TenantId tenant, MemberId member, Choice choice, Instant now,
                                         String address, String userAgent) {
        return new Session(new State(id, tenant, member, Status.AWAITING_CHOICE, now, now, Optional.empty(),
                Optional.empty(), Optional.of(choice), Optional.empty(), Optional.empty(), address, userAgent),
                Versioned.fresh());
    }

    /** The choice, while it may still be made. */
    public Optional<Choice> openChoiceAt(Instant now) {
        return state().choice().filter(c -> state().status() == Status.AWAITING_CHOICE && now.isBefore(c.expiresAt()));
    }

    public static Session reconstitute(State state, long version) {
        return new Session(state, Versioned.loaded(version));
    }

    /** Whether access and refresh tokens of this session count at {@code now}. */
    public boolean usableAt(Instant now, SessionPolicy policy) {
        State s = state();
        return s.status() == Status.ACTIVE && now.isBefore(s.lastUsedAt().plus(policy.idleTimeout()))
                && now.isBefore(s.startedAt().plus(policy.maxLifetime()));
    }

    /** The challenge, while it may still be answered. */
    public Optional<Challenge> openChallengeAt(Instant now) {
        return state().challenge().filter(c -> state().status() == Status.AWAITING_SECOND_FACTOR
                && now.isBefore(c.expiresAt()));
    }

    /** The second factor was proven: the session becomes active with its first refresh token. */
    public void passSecondFactor(TokenHash refreshHash, Instant now) {
        if (openChallengeAt(now).isEmpty()) {
            throw new IllegalStateException("no open challenge");
        }
        State s = state();
        change(new State(s.id(), s.tenantId(), s.memberId(), Status.ACTIVE, s.startedAt(), now,
                Optional.of(refreshHash), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                s.address(), s.userAgent()));
    }

    /** Counts a wrong code; at the policy's limit the session ends. True when it ended. */
    public boolean wrongCode(SessionPolicy policy, Instant now) {
        Challenge c = openChallengeAt(now).orElseThrow(() -> new IllegalStateException("no open challenge"));
        int wrong = c.wrongCodes() + 1;
        if (wrong >= policy.maxWrongCodes()) {
            end(EndReason.TOO_MANY_WRONG_CODES, now);
            return true;
        }
        State s = state();
        change(new State(s.id(), s.tenantId(), s.memberId(), s.status(), s.startedAt(), s.lastUsedAt(),
                s.refreshHash(), Optional.of(new Challenge(c.method(), c.secretHash(), c.codeHash(), c.expiresAt(),
                wrong)), s.choice(), s.endedAt(), s.endReason(), s.address(), s.userAgent()));
        return false;
    }

    /** A refresh: the next refresh token replaces the current one and the session counts as used. */
    public void refresh(TokenHash nextRefreshHash, Instant now, SessionPolicy policy) {
        if (!usableAt(now, policy)) {
            throw new IllegalStateException("the session is not usable");
        }
        State s = state();
        change(new State(s.id(), s.tenantId(), s.memberId(), s.status(), s.startedAt(), now,
                Optional.of(nextRefreshHash), s.challenge(), s.choice(), s.endedAt(), s.endReason(), s.address(),
                s.userAgent()));
    }

    /** Ends the session; false when it had ended already. */
    public boolean end(EndReason reason, Instant now) {
        State s = state();
        if (s.status() == Status.ENDED) {
            return false;
        }
        change(new State(s.id(), s.tenantId(), s.memberId(), Status.ENDED, s.startedAt(), s.lastUsedAt(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(now), Optional.of(reason),
                s.address(), s.userAgent()));
        return true;
    }

    public SessionId id() {
        return state().id();
    }

    public MemberId memberId() {
        return state().memberId();
    }

    public Status status() {
        return state().status();
    }
}
