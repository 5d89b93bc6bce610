package org.soptrack.server.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.OperatorActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * The bridge between a token and core: a {@link MemberActor} becomes the claims of an access token, and the claims of
 * a validated token become the {@link MemberActor} a command acts for. The tenant comes only from here, never from a
 * request body. Core re-reads the member on every use case, so a stale role in a token grants nothing.
 */
public final class Principals {

    static final String ORGANIZATION = "org";
    static final String ROOFTOPS = "rooftops";
    /** The session a built-in login's token belongs to; tokens from an identity provider carry none. */
    static final String SESSION = "sid";
    /** The access grant an operator's token for one organization belongs to. */
    static final String GRANT = "grant";
    /** The role every platform operator's token carries; no member role has this name. */
    static final String OPERATOR = "OPERATOR";
    /** How a scope of all rooftops is written, in tokens and in JSON. */
    public static final String ALL_ROOFTOPS = "*";

    private Principals() {
    }

    /** The claims an access token for {@code member} carries. */
    public static Authentication authentication(MemberActor member) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(ORGANIZATION, member.tenantId().value().toString());
        claims.put(ROOFTOPS, rooftops(member.rooftops()));
        member.session().ifPresent(id -> claims.put(SESSION, id.value().toString()));
        return Authentication.build(member.memberId().value().toString(), List.of(member.role().name()), claims);
    }

    /**
     * The claims of an operator's token for the organization a grant opened: core checks on every call that the grant
     * is still active, so closing it stops the token at once.
     */
    public static Authentication authentication(OperatorActor operator, GrantId grant) {
        return Authentication.build(operator.operatorId().value().toString(), List.of(OPERATOR),
                Map.of(ORGANIZATION, operator.tenantId().value().toString(), GRANT, grant.value().toString()));
    }

    /** A platform operator as an identity provider vouched for them, before any grant: no organization. */
    static Authentication operator(OperatorId operator) {
        return Authentication.build(operator.value().toString(), List.of(OPERATOR), Map.of());
    }

    /** The operator a token names, if it is an operator's token without an organization. */
    public static Optional<OperatorId> operator(Authentication authentication) {
        if (authentication.getRoles().size() != 1 || !authentication.getRoles().contains(OPERATOR)
                || authentication.getAttributes().containsKey(ORGANIZATION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(operatorId(authentication));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TenantId organization(Authentication authentication) {
        return TenantId.parse(String.valueOf(authentication.getAttributes().get(ORGANIZATION)));
    }

    private static OperatorId operatorId(Authentication authentication) {
        return new OperatorId(UUID.fromString(authentication.getName()));
    }

    /**
     * Whoever acts on an organization's data: an operator holding a grant token for it, or else a member. An
     * operator's token without an organization acts on none, so it is refused like a token that names no member.
     */
    public static Actor actor(Authentication authentication) {
        if (authentication.getRoles().contains(OPERATOR)) {
            try {
                return new OperatorActor(operatorId(authentication), organization(authentication));
            } catch (IllegalArgumentException e) {
                throw new UnrecognizedTokenException();
            }
        }
        return member(authentication);
    }

    /** A rooftop scope as text: {@code ["*"]} for all rooftops, else the sorted ids. */
    public static List<String> rooftops(RooftopScope scope) {
        return scope.all() ? List.of(ALL_ROOFTOPS)
                : scope.rooftops().stream().map(id -> id.value().toString()).sorted().toList();
    }

    /** The member a validated token names; a token without soptrack's claims is refused as unauthenticated. */
    public static MemberActor member(Authentication authentication) {
        try {
            MemberId member = MemberId.parse(authentication.getName());
            TenantId tenant = organization(authentication);
            Collection<String> roles = authentication.getRoles();
            if (roles.size() != 1) {
                throw new UnrecognizedTokenException();
            }
            Role role = Role.valueOf(roles.iterator().next());
            Optional<SessionId> session = Optional.ofNullable(authentication.getAttributes().get(SESSION))
                    .map(id -> SessionId.parse(String.valueOf(id)));
            return new MemberActor(member, tenant, role, scope(authentication.getAttributes().get(ROOFTOPS)), session);
        } catch (IllegalArgumentException e) {
            throw new UnrecognizedTokenException();
        }
    }

    private static RooftopScope scope(Object claim) {
        if (!(claim instanceof Collection<?> values)) {
            throw new UnrecognizedTokenException();
        }
        if (values.size() == 1 && ALL_ROOFTOPS.equals(String.valueOf(values.iterator().next()))) {
            return RooftopScope.allRooftops();
        }
        Set<RooftopId> ids = values.stream().map(v -> RooftopId.parse(String.valueOf(v))).collect(Collectors.toSet());
        return RooftopScope.only(ids);
    }

    /** A bearer token that validated but does not describe a soptrack member. */
    public static final class UnrecognizedTokenException extends RuntimeException {
        UnrecognizedTokenException() {
            super("The token does not name a member of an organization");
        }
    }
}
