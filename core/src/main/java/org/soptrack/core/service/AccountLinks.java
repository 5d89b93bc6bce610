package org.soptrack.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.out.AccountTokenRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.TokenPort;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Issues and opens the e-mailed links of a member's account (R-SEC-8): a secret of 256 bits in a token that names the
 * organization and the link, stored as its hash, at most {@value PasswordResetUseCase#PER_HOUR} of a purpose an hour
 * per account.
 */
final class AccountLinks {

    /** A link just issued: the token to put in the e-mail, and until when it works. */
    record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[" + expiresAt + "]";
        }
    }

    private static final Duration LIMIT_WINDOW = Duration.ofHours(1);

    private final UseCaseContext ctx;
    private final AccountTokenRepository links;
    private final MemberRepository members;
    private final TokenPort tokens;

    AccountLinks(UseCaseContext ctx, AccountTokenRepository links, MemberRepository members, TokenPort tokens) {
        this.ctx = ctx;
        this.links = links;
        this.members = members;
        this.tokens = tokens;
    }

    /** A new link for the member, inside the member's tenant transaction; empty over the hourly limit. */
    Optional<Issued> issue(Member member, AccountToken.Purpose purpose, Optional<Email> newEmail) {
        TenantId tenant = member.tenantId();
        Instant now = ctx.now();
        if (links.countRequestedSince(tenant, member.id(), purpose, now.minus(LIMIT_WINDOW))
                >= PasswordResetUseCase.PER_HOUR) {
            return Optional.empty();
        }
        SecretToken token = new SecretToken(kind(purpose), tenant, ctx.newId(),
                tokens.newSecret(SecretToken.SECRET_BYTES));
        AccountToken link = purpose == AccountToken.Purpose.PASSWORD_RESET
                ? AccountToken.passwordReset(token.id(), tenant, member.id(), tokens.hash(token.secret()), now)
                : AccountToken.emailChange(token.id(), tenant, member.id(), tokens.hash(token.secret()),
                        newEmail.orElseThrow(), now);
        links.add(tenant, link);
        return Optional.of(new Issued(token.encode(), link.expiresAt()));
    }

    /**
     * Uses the link {@code text} and runs {@code work} for its member, in one transaction of the link's tenant. A link
     * that is malformed, unknown, of another purpose, used, expired, or whose member is gone is
     * {@value PasswordResetUseCase#LINK_INVALID}, all alike; a refusal by {@code work} leaves the link unused.
     */
    <T> Outcome<T> open(AccountToken.Purpose purpose, String text, BiFunction<Member, AccountToken, Outcome<T>> work) {
        Optional<SecretToken> parsed = SecretToken.parse(kind(purpose), text);
        if (parsed.isEmpty()) {
            return invalid();
        }
        SecretToken token = parsed.get();
        TenantId tenant = token.tenantId();
        return ctx.inTenant(tenant, () -> {
            Optional<AccountToken> link = links.find(tenant, token.id());
            Optional<Member> member = link.flatMap(l -> members.find(tenant, l.memberId())).filter(Member::isActive);
            if (member.isEmpty() || !link.get().use(purpose, tokens.hash(token.secret()), ctx.now())
                    || links.update(tenant, link.get()) == UpdateResult.CONFLICT) {
                return invalid();
            }
            return work.apply(member.get(), link.get());
        });
    }

    private static SecretToken.Kind kind(AccountToken.Purpose purpose) {
        return purpose == AccountToken.Purpose.PASSWORD_RESET ? SecretToken.Kind.PASSWORD_RESET
                : SecretToken.Kind.EMAIL_CHANGE;
    }

    private static <T> Outcome<T> invalid() {
        return Outcome.rejected(PasswordResetUseCase.LINK_INVALID,
                "This link is not valid: it may have expired or been used already; ask for a new one");
    }
}
