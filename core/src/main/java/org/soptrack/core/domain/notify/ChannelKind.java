package org.soptrack.core.domain.notify;

/** The ways a message can travel (R-NOT-3); each has one channel adapter behind {@code NotificationChannelPort}. */
public enum ChannelKind {
    EMAIL, GROUPME, SMS, WEBHOOK;

    /** How many characters one message on this channel may carry; longer text is split by the channel, never cut. */
    public int maxTextLength() {
        return switch (this) {
            case GROUPME -> 1000;
            case SMS -> 1600;
            default -> Integer.MAX_VALUE;
        };
    }
}
