package org.soptrack.core.domain.sop;

/** How a customer agrees to be contacted; an opt-out overrides every channel. */
public record ContactPreferences(boolean call, boolean sms, boolean email, boolean optedOut) {

    public static ContactPreferences allChannels() {
        return new ContactPreferences(true, true, true, false);
    }

    public boolean allows(ContactChannel channel) {
        if (optedOut) {
            return false;
        }
        return switch (channel) {
            case CALL -> call;
            case SMS -> sms;
            case EMAIL -> email;
        };
    }
}
