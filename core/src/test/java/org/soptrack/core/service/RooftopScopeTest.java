package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.out.AuditQuery;

/**
 * R-TEN-2 as docs/architecture.md states it: organization-wide functions need a member without a rooftop limit; an administrator
 * limited to some rooftops manages only members and invitations whose rooftops lie within theirs; a member limited to
 * some rooftops reaches only the customers with an order at those rooftops or whom they registered.
 */
class RooftopScopeTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final RooftopId north = org.rooftop();
    private final RooftopId south = f.addRooftop(org, "Acme Lexus South");
    private final MemberActor southAdmin = f.join(org, Role.ADMIN, RooftopScope.only(Set.of(south)));
    private final MemberActor admin = f.join(org, Role.ADMIN);

    /** Each organization-wide function, called as {@code actor}. */
    private Map<String, Outcome<?>> organizationWide(Actor actor) {
        Map<String, Outcome<?>> calls = new LinkedHashMap<>();
        calls.put("audit log", f.core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(actor, AuditQuery.latest(10))));
        calls.put("operator grants", f.core.organizations().listOperatorGrants().list(actor));
        calls.put("privacy requests", f.core.privacy().subjectRequests().list(actor, SubjectRequestsUseCase.Filter.ALL));
        calls.put("organization export", f.core.privacy().subjectRequests().exportOrganization(actor));
        calls.put("legal holds", f.core.privacy().legalHolds().list(actor));
        calls.put("retention dry run", f.core.privacy().sweepRetention().dryRun(actor));
        calls.put("retention periods", f.core.privacy().retentionOverrides().effective(actor));
        return calls;
    }

    @Test
    void organization_wide_functions_need_an_administrator_without_a_rooftop_limit() {
        organizationWide(southAdmin).forEach((what, outcome) ->
                assertThat(outcome).as(what).isInstanceOf(Outcome.Forbidden.class));
        organizationWide(admin).forEach((what, outcome) -> assertThat(outcome).as(what).isInstanceOf(Outcome.Ok.class));
        CustomerId customer = f.customer(org.owner());
        f.create(org.owner(), south, customer, "RO-S1").orElseThrow();
        assertThat(f.core.customers().restrictCustomer().restrict(new RestrictCustomerUseCase.Command(southAdmin, customer,
                RestrictCustomerUseCase.Ground.RESTRICTION))).as("a restriction").isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void a_limited_administrator_manages_only_members_and_invitations_within_their_rooftops() {
        MemberActor southViewer = f.join(org, Role.VIEWER, RooftopScope.only(Set.of(south)));
        MemberActor northViewer = f.join(org, Role.VIEWER, RooftopScope.only(Set.of(north)));
        MemberActor everywhere = f.join(org, Role.ADVISOR);

        var team = f.core.team().listTeam().list(southAdmin).orElseThrow();
        assertThat(team.members()).extracting(Member::id)
                .containsExactlyInAnyOrder(southAdmin.memberId(), southViewer.memberId());

        Function<MemberActor, Outcome<Member>> promote = target -> f.core.team().changeMemberRole().change(
                new ChangeMemberRoleUseCase.Command(southAdmin, target.memberId(), 0, Role.ADVISOR,
                        RooftopScope.only(Set.of(south))));
        assertThat(promote.apply(northViewer)).isInstanceOf(Outcome.NotFound.class);
        assertThat(promote.apply(everywhere)).isInstanceOf(Outcome.NotFound.class);
        assertThat(promote.apply(southViewer)).isInstanceOf(Outcome.Ok.class);
        assertThat(f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(southAdmin,
                southViewer.memberId(), 1, Role.ADVISOR, RooftopScope.only(Set.of(south, north)))))
                .as("giving a rooftop that is not theirs").isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(southAdmin, everywhere.memberId())))
                .isInstanceOf(Outcome.NotFound.class);

        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(southAdmin,
                Email.of("anywhere@example.com"), Role.VIEWER, RooftopScope.allRooftops())))
                .isInstanceOf(Outcome.Forbidden.class);
        var toNorth = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(org.owner(),
                Email.of("north@example.com"), Role.VIEWER, RooftopScope.only(Set.of(north)))).orElseThrow();
        var toSouth = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(southAdmin,
                Email.of("south@example.com"), Role.VIEWER, RooftopScope.only(Set.of(south)))).orElseThrow();
        assertThat(f.core.team().listTeam().list(southAdmin).orElseThrow().pendingInvitations())
                .extracting(i -> i.id()).containsExactly(toSouth.invitation().id());
        assertThat(f.core.team().revokeInvitation().revoke(new RevokeInvitationUseCase.Command(southAdmin,
                toNorth.invitation().id()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.team().revokeInvitation().revoke(new RevokeInvitationUseCase.Command(southAdmin,
                toSouth.invitation().id()))).isInstanceOf(Outcome.Ok.class);
    }

    @Test
    void a_limited_member_reaches_the_customers_of_their_rooftops_and_those_they_registered() {
        MemberActor southAdvisor = f.join(org, Role.ADVISOR, RooftopScope.only(Set.of(south)));
        MemberActor advisor = f.join(org, Role.ADVISOR);
        CustomerId northCustomer = f.customer(org.owner());
        f.create(org.owner(), north, northCustomer, "RO-N1").orElseThrow();
        CustomerId southCustomer = f.customer(org.owner());
        f.create(org.owner(), south, southCustomer, "RO-S1").orElseThrow();
        CustomerId registeredBySouth = f.customer(southAdvisor);
        CustomerId nobodysYet = f.customer(advisor);

        Map<CustomerId, Boolean> reaches = Map.of(northCustomer, false, southCustomer, true, registeredBySouth, true,
                nobodysYet, false);
        reaches.forEach((customer, expected) -> assertThat(f.core.customers().getCustomer().get(
                new GetCustomerUseCase.Query(southAdvisor, customer)).isOk()).as("%s", customer).isEqualTo(expected));
        reaches.keySet().forEach(customer -> assertThat(f.core.customers().getCustomer().get(
                new GetCustomerUseCase.Query(advisor, customer)).isOk()).isTrue());

        assertThat(f.create(southAdvisor, south, northCustomer, "RO-S2"))
                .isEqualTo(Outcome.invalid("customerId", "names no customer of this organization"));
        assertThat(f.create(southAdvisor, south, registeredBySouth, "RO-S3")).isInstanceOf(Outcome.Ok.class);
        assertThat(f.create(southAdvisor, south, southCustomer, "RO-S4")).isInstanceOf(Outcome.Ok.class);
        assertThat(f.core.customers().getCustomer().get(new GetCustomerUseCase.Query(southAdvisor, nobodysYet)))
                .isInstanceOf(Outcome.NotFound.class);
        f.create(advisor, south, nobodysYet, "RO-S5").orElseThrow();
        assertThat(f.core.customers().getCustomer().get(new GetCustomerUseCase.Query(southAdvisor, nobodysYet)))
                .as("an order at their rooftop brings the customer in").isInstanceOf(Outcome.Ok.class);
    }
}
