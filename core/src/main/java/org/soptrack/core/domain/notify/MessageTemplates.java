package org.soptrack.core.domain.notify;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an event's message for one audience and channel, carrying what that reader needs and no more: group chats
 * and SMS name the customer by initial and surname, staff e-mail adds the full name and vehicle, webhooks carry ids and
 * numbers but no personal data, customers read about their own vehicle and rooftop only.
 */
public final class MessageTemplates {

    /** Facts that identify a person; they never go into a webhook payload. */
    static final Set<String> PERSONAL = Set.of("customer", "customerShort", "customerFirstName", "invitee", "invitedBy",
            "code", "link", "vehicle");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Map<NotificationEvent, String> STAFF = new EnumMap<>(NotificationEvent.class);
    private static final Map<NotificationEvent, String> CUSTOMER = new EnumMap<>(NotificationEvent.class);
    private static final Map<NotificationEvent, String> ACCOUNT = new EnumMap<>(NotificationEvent.class);

    static {
        String part = "{quantity} x {part} {description}, RO {ro}";
        STAFF.put(NotificationEvent.SOP_CREATED, "{sop} opened: " + part);
        STAFF.put(NotificationEvent.SOP_ORDERED, "{sop} ordered from {vendor}: " + part);
        STAFF.put(NotificationEvent.SOP_BACKORDERED, "{sop} back-ordered: " + part);
        STAFF.put(NotificationEvent.SOP_ETA_CHANGED, "{sop} now expected {eta}: " + part);
        STAFF.put(NotificationEvent.SOP_RECEIVED, "{sop} received: " + part);
        STAFF.put(NotificationEvent.RO_PARTS_ARRIVED, "All {lines} part(s) of RO {ro} have arrived");
        STAFF.put(NotificationEvent.AGING_THRESHOLD_PASSED, "{sop} has been on the shelf {days} days: " + part
                + ", value {value}");
        STAFF.put(NotificationEvent.RETURN_DEADLINE_NEAR, "{sop} must go back to {vendor} by {deadline}: " + part);
        STAFF.put(NotificationEvent.CUSTOMER_NOTIFIED, "{sop}: customer notified, " + part);
        STAFF.put(NotificationEvent.SOP_SCHEDULED, "{sop} scheduled for installation: " + part);
        STAFF.put(NotificationEvent.SOP_COMPLETED, "{sop} completed: " + part);
        STAFF.put(NotificationEvent.SOP_RETURNED, "{sop} returned to {vendor}: " + part);
        STAFF.put(NotificationEvent.SOP_CANCELLED, "{sop} cancelled: " + part);
        STAFF.put(NotificationEvent.BDC_CONTACT_DUE, "Call the customer of RO {ro}: {lines} part(s) waiting since {since}");
        STAFF.put(NotificationEvent.INVITATION_SENT, "{invitee} was invited as {role}");
        STAFF.put(NotificationEvent.BILLING_NOTICE, "{notice}");
        STAFF.put(NotificationEvent.DSR_RECEIVED, "New {request} request from a data subject, due {due}");
        STAFF.put(NotificationEvent.DSR_DUE_SOON, "The {request} request of a data subject is due {due}");
        STAFF.put(NotificationEvent.DSR_OVERDUE, "The {request} request of a data subject was due {due} and is still open");
        STAFF.put(NotificationEvent.TEST, "This is a test notification sent by {sender}");
        CUSTOMER.put(NotificationEvent.RO_PARTS_ARRIVED, "Hello {customerFirstName}, the parts for your {vehicle} "
                + "(RO {ro}) have arrived at {rooftop}. Please contact us to schedule your visit.");
        CUSTOMER.put(NotificationEvent.SOP_BACKORDERED, "Hello {customerFirstName}, a part for your {vehicle} "
                + "(RO {ro}) is back-ordered. {rooftop} will let you know when it arrives.");
        CUSTOMER.put(NotificationEvent.SOP_SCHEDULED, "Hello {customerFirstName}, your {vehicle} (RO {ro}) is "
                + "scheduled at {rooftop}.");
        ACCOUNT.put(NotificationEvent.ONE_TIME_CODE, "Your soptrack sign-in code is {code}. It expires at {expires}. "
                + "If you did not try to sign in, change your password.");
        ACCOUNT.put(NotificationEvent.INVITATION, "You are invited to join {organization} on soptrack as "
                + "{role}. Accept before {expires}: {link}");
        ACCOUNT.put(NotificationEvent.BILLING_NOTICE, "{notice}");
        ACCOUNT.put(NotificationEvent.DSR_EXTENDED, "{organization} needs more time to answer your {request} "
                + "request received on {received}. You will have the answer by {due}. The reason: {reason}");
        ACCOUNT.put(NotificationEvent.ACCOUNT_CLOSED, "Your account in {organization} is closed, as you asked. Its "
                + "name, e-mail address and sign-in data will be deleted on {deletes}; the organization's records will "
                + "then name you as a former member. If you did not ask for this, tell the organization's "
                + "administrators before then.");
        ACCOUNT.put(NotificationEvent.ORGANIZATION_DELETION_REQUESTED, "{requestedBy} asked for {organization} to be "
                + "deleted. Its data will be deleted from {purgeFrom}: special orders, customers, rooftops, settings and "
                + "invitations go, and every member's account is anonymized; billing records stay for their legal "
                + "period. Any owner can cancel this until then.");
        ACCOUNT.put(NotificationEvent.INCIDENT_NOTICE, "soptrack's operators recorded a security incident that touched "
                + "{organization}. What happened: {description} It was found at {foundAt}. The data concerned: "
                + "{categories}, at {rooftops}. As an owner you can read it and export the people it covers, with "
                + "their contact data, so that you can tell them: {link} (Incident {incident}.)");
        ACCOUNT.put(NotificationEvent.ORGANIZATION_DELETION_CANCELLED, "{cancelledBy} cancelled the deletion of "
                + "{organization}. Nothing will be deleted.");
        ACCOUNT.put(NotificationEvent.PASSWORD_RESET, "Someone asked to reset the password of your account in "
                + "{organization}. Choose a new one before {expires}: {link} If it was not you, ignore this e-mail; "
                + "your password stays as it is.");
        ACCOUNT.put(NotificationEvent.PASSWORD_CHANGED, "The password of your account in {organization} was changed "
                + "at {at}, and {ended}. If you did not do this, reset your password at {link} and tell the "
                + "organization's administrators.");
        ACCOUNT.put(NotificationEvent.EMAIL_CHANGE_CONFIRMATION, "To make this the e-mail address of your account in "
                + "{organization}, open this link before {expires}: {link} If you did not ask for this, ignore this "
                + "e-mail.");
        ACCOUNT.put(NotificationEvent.EMAIL_CHANGE_NOTICE, "Someone signed in to your account in {organization} asked "
                + "to change its e-mail address to {newEmail}. It changes once that address is confirmed. If it was "
                + "not you, change your password now and tell the organization's administrators.");
        ACCOUNT.put(NotificationEvent.ORGANIZATION_SIGNUP, "{organization} is set up on soptrack. You are its owner; "
                + "sign in at {link}");
    }

    private MessageTemplates() {
    }

    /** The message staff at {@code kind} read about {@code event}. */
    public static MessageContent staff(RaisedEvent event, ChannelKind kind) {
        Map<String, String> facts = event.facts();
        String line = fill(STAFF.get(event.event()), facts);
        String where = facts.containsKey("rooftop") ? "[" + facts.get("rooftop") + "] " : "";
        String subject = where + event.event().title();
        return switch (kind) {
            case WEBHOOK -> new MessageContent(event.event().type(), webhookJson(event));
            case GROUPME, SMS -> new MessageContent(subject, where + line
                    + (facts.containsKey("customerShort") ? " (" + facts.get("customerShort") + ")" : ""));
            case EMAIL -> new MessageContent(subject, line + "\n"
                    + detail("Customer", facts.get("customer")) + detail("Vehicle", facts.get("vehicle"))
                    + detail("Open", facts.get("link")));
            default -> throw new IllegalStateException("Unknown channel " + kind);
        };
    }

    /** The message the order's customer reads; only for customer-facing events. */
    public static MessageContent customer(RaisedEvent event) {
        String template = CUSTOMER.get(event.event());
        if (template == null) {
            throw new IllegalArgumentException(event.event() + " is not sent to customers");
        }
        return new MessageContent(event.facts().get("rooftop") + ": " + event.event().title(),
                fill(template, event.facts()));
    }

    /** The message one person gets about their own account. */
    public static MessageContent account(RaisedEvent event) {
        String template = ACCOUNT.get(event.event());
        if (template == null) {
            throw new IllegalArgumentException(event.event() + " is not an account message");
        }
        return new MessageContent(event.event().title(), fill(template, event.facts()));
    }

    private static String detail(String label, String value) {
        return value == null ? "" : "\n" + label + ": " + value;
    }

    static String fill(String template, Map<String, String> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = facts.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("No fact '" + m.group(1) + "' to render " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The Standard Webhooks payload shape: type, timestamp, data (sorted keys, personal facts left out). */
    static String webhookJson(RaisedEvent event) {
        Map<String, String> data = new TreeMap<>(event.facts());
        data.keySet().removeAll(PERSONAL);
        StringBuilder json = new StringBuilder("{\"type\":").append(JsonText.quote(event.event().type()))
                .append(",\"timestamp\":").append(JsonText.quote(event.at().toString()))
                .append(",\"data\":{\"eventId\":").append(JsonText.quote(event.id().toString()));
        data.forEach((k, v) -> json.append(',').append(JsonText.quote(k)).append(':').append(JsonText.quote(v)));
        return json.append("}}").toString();
    }
}
