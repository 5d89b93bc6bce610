/**
 * Notification channels of soptrack (e-mail, GroupMe, SMS, signed webhooks), each behind core's
 * {@code NotificationChannelPort} port. Channels make one attempt and report it; they never retry and never touch the
 * database (the outbox and its dispatcher live in core and adapters-postgres).
 */
package org.soptrack.notify;

