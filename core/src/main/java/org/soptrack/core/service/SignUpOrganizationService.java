package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.RooftopRepository;

/** Creates the organization, its first rooftop and its owner in one transaction. */
public final class SignUpOrganizationService implements SignUpOrganizationUseCase {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;
    private final RooftopRepository rooftops;
    private final MemberRepository members;
    private final NewPasswords passwords;
    private final AccountMessages messages;

    SignUpOrganizationService(UseCaseContext ctx, OrganizationRepository organizations, RooftopRepository rooftops,
                              MemberRepository members, NewPasswords passwords,
                              AccountMessages messages) {
        this.ctx = ctx;
        this.organizations = organizations;
        this.rooftops = rooftops;
        this.members = members;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Outcome<SignedUp> signUp(Command command) {
        Optional<String> weak = passwords.problem(command.ownerPassword());
        if (weak.isPresent()) {
            return Outcome.invalid("ownerPassword", weak.get());
        }
        TenantId tenant = TenantId.of(ctx.newId());
        return ctx.inTenant(tenant, () -> {
            Instant now = ctx.now();
            organizations.add(tenant, Organization.create(tenant, command.organizationName(), now));
            Rooftop rooftop = Rooftop.create(RooftopId.of(ctx.newId()), tenant, command.firstRooftop(), now);
            rooftops.add(tenant, rooftop);
            Member owner = Member.create(MemberId.of(ctx.newId()), tenant, command.ownerEmail(), command.ownerName(),
                    Role.OWNER, RooftopScope.allRooftops(), now);
            members.add(tenant, owner);
            passwords.store(tenant, owner.id(), command.ownerPassword(), now);
            ctx.audit.record(tenant, ActorRef.member(owner.id()), AuditAction.ORGANIZATION_SIGNED_UP,
                    "organization:" + tenant, Map.of("rooftop", rooftop.id().toString()));
            messages.welcome(tenant, command.ownerEmail(), command.organizationName());
            return Outcome.ok(new SignedUp(tenant, rooftop.id(), owner.id()));
        });
    }
}
