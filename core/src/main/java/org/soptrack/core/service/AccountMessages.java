package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.out.OrganizationRepository;

/**
 * The account-transactional e-mails (R-NOT-2: they cannot be switched off): the invitation with its acceptance link,
 * and the welcome to a new organization's owner. The invitation also tells staff, where a rooftop routes that event.
 */
final class AccountMessages {

    private final Notifications notifications;
    private final NotificationFacts facts;
    private final OrganizationRepository organizations;

    AccountMessages(Notifications notifications, NotificationFacts facts, OrganizationRepository organizations) {
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

    void welcome(TenantId tenant, Email owner, String organization) {
        notifications.account(tenant, NotificationEvent.ORGANIZATION_SIGNUP,
                Destination.of(ChannelKind.EMAIL, owner.value()),
                Map.of("organization", organization, "link", facts.link("/")));
    }
}
