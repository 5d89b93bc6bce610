package org.soptrack.core.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;

/**
 * The account-transactional e-mails (R-NOT-2: they cannot be switched off): the invitation with its acceptance link,
 * the welcome to a new organization's owner, billing notices to owners, the owners' notices of the organization's
 * deletion being asked for or cancelled, the notice that a closed account will be deleted, and a member's own account
 * links and notices (password reset and change, e-mail change). The invitation also tells staff, where a rooftop
 * routes that event.
 */
final class AccountMessages {

    private final Notifications notifications;
    private final NotificationFacts facts;
    private final OrganizationRepository organizations;
    private final MemberRepository members;

    AccountMessages(Notifications notifications, NotificationFacts facts, OrganizationRepository organizations,
                    MemberRepository members) {
        this.members = members;
        this.notifications = notifications;
        this.facts = facts;
        this.organizations = organizations;
    }

    /** The token travels in the link's fragment, which browsers never send to a server or write to its logs. */
    void invitation(TenantId tenant, InvitationId id, Email invitee, Role role, Instant expires, String token) {
        String organization = organizations.find(tenant).orElseThrow().name();
        notifications.account(tenant, NotificationEvent.INVITATION, Destination.of(ChannelKind.EMAIL, invitee.value()),
                Map.of("organization", organization, "role", role.name(), "expires", expires.toString(),
                        "link", facts.link("/accept-invitation#" + token)));
        notifications.raise(tenant, NotificationEvent.INVITATION_SENT, Optional.empty(),
                "invited:" + id.value(),
                Map.of("invitee", invitee.value(), "role", role.name()), Optional.empty());
    }

    /** Tells every active owner by e-mail, and staff wherever a rooftop routes billing notices. */
    void billingNotice(TenantId tenant, Organization organization, String notice, String key) {
        Map<String, String> facts = Map.of("organization", organization.name(), "notice", notice);
        toOwners(tenant, NotificationEvent.BILLING_NOTICE, facts);
        notifications.raise(tenant, NotificationEvent.BILLING_NOTICE, Optional.empty(), key, facts, Optional.empty());
    }

    /** Tells every active owner that the organization's deletion was asked for, by whom, and from when it runs. */
    void deletionRequested(TenantId tenant, Organization organization, Member by, Instant purgeFrom) {
        toOwners(tenant, NotificationEvent.ORGANIZATION_DELETION_REQUESTED, Map.of("organization", organization.name(),
                "requestedBy", by.state().displayName(), "purgeFrom", purgeFrom.toString()));
    }

    /** Tells every active owner that the deletion was cancelled, and by whom. */
    void deletionCancelled(TenantId tenant, Organization organization, Member by) {
        toOwners(tenant, NotificationEvent.ORGANIZATION_DELETION_CANCELLED, Map.of("organization",
                organization.name(), "cancelledBy", by.state().displayName()));
    }

    /** Tells every active owner of an organization that an incident touched it (R-AUD-2's breach notice). */
    void incidentNotice(TenantId tenant, Incident incident) {
        Incident.Affected entry = incident.entry(tenant).orElseThrow();
        toOwners(tenant, NotificationEvent.INCIDENT_NOTICE, Map.of(
                "organization", organizations.find(tenant).orElseThrow().name(),
                "description", incident.description(),
                "foundAt", incident.foundAt().toString(),
                "categories", incident.categories().stream().sorted().map(c -> c == Incident.DataCategory.CUSTOMERS
                        ? "customers' names and contact data" : "staff accounts (names and e-mail addresses)")
                        .collect(Collectors.joining(" and ")),
                "rooftops", entry.rooftops().isEmpty() ? "every rooftop" : entry.rooftops().size() + " of its rooftops",
                "incident", incident.id().toString(),
                "link", facts.link("/privacy#incidents")));
    }

    private void toOwners(TenantId tenant, NotificationEvent event, Map<String, String> facts) {
        for (Member owner : members.findActive(tenant)) {
            if (owner.role() == Role.OWNER) {
                notifications.account(tenant, event, Destination.of(ChannelKind.EMAIL, owner.email().value()), facts);
            }
        }
    }

    /** Tells a member who closed their account when it will be deleted (the UTC date). */
    void accountClosed(Member member, Instant deletedFrom) {
        toMember(member, member.email(), NotificationEvent.ACCOUNT_CLOSED,
                Map.of("deletes", deletedFrom.atOffset(ZoneOffset.UTC).toLocalDate().toString()));
    }

    /** The link of a forgotten password, to the account's address; the token travels in the fragment. */
    void passwordReset(Member member, AccountLinks.Issued link) {
        toMember(member, member.email(), NotificationEvent.PASSWORD_RESET, Map.of("expires",
                link.expiresAt().toString(), "link", facts.link("/reset-password#" + link.token())));
    }

    /** Tells the member their password changed, and which sessions were signed out. */
    void passwordChanged(Member member, Instant at, boolean otherSessionsOnly) {
        toMember(member, member.email(), NotificationEvent.PASSWORD_CHANGED, Map.of("at", at.toString(),
                "ended", otherSessionsOnly ? "your other sessions were signed out" : "every session was signed out",
                "link", facts.link("/forgot-password")));
    }

    /** The confirmation link to the new address, and the notice to the address the account has now. */
    void emailChange(Member member, Email newEmail, AccountLinks.Issued link) {
        toMember(member, newEmail, NotificationEvent.EMAIL_CHANGE_CONFIRMATION, Map.of("expires",
                link.expiresAt().toString(), "link", facts.link("/confirm-email#" + link.token())));
        toMember(member, member.email(), NotificationEvent.EMAIL_CHANGE_NOTICE, Map.of("newEmail", newEmail.value()));
    }

    private void toMember(Member member, Email to, NotificationEvent event, Map<String, String> facts) {
        Map<String, String> all = new HashMap<>(facts);
        all.put("organization", organizations.find(member.tenantId()).orElseThrow().name());
        notifications.account(member.tenantId(), event, Destination.of(ChannelKind.EMAIL, to.value()), Map.copyOf(all));
    }

    void welcome(TenantId tenant, Email owner, String organization) {
        notifications.account(tenant, NotificationEvent.ORGANIZATION_SIGNUP,
                Destination.of(ChannelKind.EMAIL, owner.value()),
                Map.of("organization", organization, "link", facts.link("/")));
    }
}
