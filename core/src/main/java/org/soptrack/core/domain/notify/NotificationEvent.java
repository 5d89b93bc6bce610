package org.soptrack.core.domain.notify;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events of R-NOT-1. Each has a stable type name (used in webhooks and the API), a title, and says whether it
 * may also message the customer of the order (when the rooftop turns that on and the customer agrees).
 */
public enum NotificationEvent {
    SOP_CREATED("sop.created", "Special order opened", Audience.STAFF, false),
    SOP_ORDERED("sop.ordered", "Part ordered", Audience.STAFF, false),
    SOP_BACKORDERED("sop.backordered", "Part back-ordered", Audience.STAFF, true),
    SOP_ETA_CHANGED("sop.eta_changed", "Part ETA changed", Audience.STAFF, false),
    SOP_RECEIVED("sop.received", "Part received", Audience.STAFF, false),
    RO_PARTS_ARRIVED("ro.parts_arrived", "All parts of the repair order arrived", Audience.STAFF, true),
    AGING_THRESHOLD_PASSED("sop.aging_threshold_passed", "Part aging on the shelf", Audience.STAFF, false),
    RETURN_DEADLINE_NEAR("sop.return_deadline_near", "Return deadline near", Audience.STAFF, false),
    CUSTOMER_NOTIFIED("sop.customer_notified", "Customer notified", Audience.STAFF, false),
    SOP_SCHEDULED("sop.scheduled", "Installation scheduled", Audience.STAFF, true),
    SOP_COMPLETED("sop.completed", "Special order completed", Audience.STAFF, false),
    SOP_RETURNED("sop.returned", "Part returned to the vendor", Audience.STAFF, false),
    SOP_CANCELLED("sop.cancelled", "Special order cancelled", Audience.STAFF, false),
    BDC_CONTACT_DUE("ro.contact_due", "Customer call due", Audience.STAFF, false),
    INVITATION_SENT("member.invited", "Member invited", Audience.STAFF, false),
    BILLING_NOTICE("organization.billing_notice", "Billing notice", Audience.STAFF, false),
    DSR_RECEIVED("privacy.request_received", "Data-subject request received", Audience.STAFF, false),
    DSR_DUE_SOON("privacy.request_due_soon", "Data-subject request due soon", Audience.STAFF, false),
    DSR_OVERDUE("privacy.request_overdue", "Data-subject request overdue", Audience.STAFF, false),
    TEST("test", "Test notification", Audience.STAFF, false),
    INVITATION("account.invitation", "You are invited to soptrack", Audience.ACCOUNT, false),
    ORGANIZATION_SIGNUP("account.organization_signup", "Welcome to soptrack", Audience.ACCOUNT, false),
    ONE_TIME_CODE("account.sign_in_code", "Your soptrack sign-in code", Audience.ACCOUNT, false),
    ACCOUNT_CLOSED("account.closed", "Your soptrack account is closed", Audience.ACCOUNT, false),
    PASSWORD_RESET("account.password_reset", "Reset your soptrack password", Audience.ACCOUNT, false),
    PASSWORD_CHANGED("account.password_changed", "Your soptrack password was changed", Audience.ACCOUNT, false),
    EMAIL_CHANGE_CONFIRMATION("account.email_change_confirmation", "Confirm your new soptrack e-mail address",
            Audience.ACCOUNT, false),
    EMAIL_CHANGE_NOTICE("account.email_change_notice", "Your soptrack e-mail address is changing", Audience.ACCOUNT,
            false),
    ORGANIZATION_DELETION_REQUESTED("account.organization_deletion_requested",
            "Your organization will be deleted on soptrack", Audience.ACCOUNT, false),
    ORGANIZATION_DELETION_CANCELLED("account.organization_deletion_cancelled",
            "Your organization will not be deleted", Audience.ACCOUNT, false),
    DSR_EXTENDED("privacy.request_extended", "Your data request needs more time", Audience.ACCOUNT, false),
    INCIDENT_NOTICE("account.incident_notice", "A security incident touched your organization's data",
            Audience.ACCOUNT, false),
    PUBLIC_REQUEST("platform.public_request", "New demo or support request", Audience.OPERATORS, false),
    PUBLIC_REQUEST_REPLY("platform.public_request_reply", "Reply to your request", Audience.REQUESTER, false);

    private final String type;
    private final String title;
    private final Audience audience;
    private final boolean customerFacing;

    NotificationEvent(String type, String title, Audience audience, boolean customerFacing) {
        this.type = type;
        this.title = title;
        this.audience = audience;
        this.customerFacing = customerFacing;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Audience audience() {
        return audience;
    }

    /** Whether a rooftop may send this event to the order's customer too. */
    public boolean customerFacing() {
        return customerFacing;
    }

    /** Whether administrators may route it (account messages always go, to their one recipient). */
    public boolean routable() {
        return audience == Audience.STAFF && this != TEST;
    }

    public static Optional<NotificationEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
