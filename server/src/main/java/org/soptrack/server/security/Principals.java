package org.soptrack.server.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
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

    /** A rooftop scope as text: {@code ["*"]} for all rooftops, else the sorted ids. */
    public static List<String> rooftops(RooftopScope scope) {
        return scope.all() ? List.of(ALL_ROOFTOPS)
                : scope.rooftops().stream().map(id -> id.value().toString()).sorted().toList();
    }

    /** The member a validated token names; a token without soptrack's claims is refused as unauthenticated. */
    public static MemberActor member(Authentication authentication) {
        try {
            MemberId member = MemberId.parse(authentication.getName());
            TenantId tenant = TenantId.parse(String.valueOf(authentication.getAttributes().get(ORGANIZATION)));
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
