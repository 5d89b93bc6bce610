package org.soptrack.core.service;

import java.util.Optional;

/**
 * What the use cases of every area share: the ports and settings, the transaction and access context, and the helpers
 * several use cases call (sign-in sessions, failure counting, order changes and follow-ups, new passwords,
 * notifications, re-authentication, which customers an actor reaches).
 */
record Shared(CorePorts ports, CoreSettings settings, UseCaseContext ctx, SignInSessions sessions,
              LoginFailureCount failures, SpecialOrderChanges changes, RepairOrderFollowUp followUps,
              NewPasswords passwords, Notifications notifications, OrderNotifications orderEvents,
              AccountMessages accountMessages, Reauthentication reauthentication, CustomerVisibility customers,
              PasswordProven passwordProven, UnsubscribeLinks unsubscribe) {

    static Shared of(CorePorts p, CoreSettings settings) {
        UseCaseContext ctx = new UseCaseContext(p.transactions(), p.members(), p.organizations(), p.grants(),
                p.sessions(), settings.sessions(), p.audit(), p.clock(), p.ids());
        LoginFailureCount failures = new LoginFailureCount(p.credentials(), settings.lockout());
        UnsubscribeLinks unsubscribe = new UnsubscribeLinks(settings.publicUrl(), p.linkSignatures());
        Notifications notifications = new Notifications(p.outbox(), p.notificationSettings(), p.clock(), p.ids(),
                Optional.of(unsubscribe));
        NotificationFacts facts = new NotificationFacts(settings.publicUrl());
        SignInSessions sessions = new SignInSessions(ctx, p.members(), p.sessions(), p.trustedDevices(), p.tokens(),
                p.oneTimeCodes(), settings.sessions());
        return new Shared(p, settings, ctx, sessions, failures, new SpecialOrderChanges(p.orders()), new RepairOrderFollowUp(p.orders(), p.contactAttempts()),
                new NewPasswords(settings.passwords(), p.passwordHasher(), p.credentials()), notifications,
                new OrderNotifications(notifications, facts, p.orders(), p.rooftops(), p.customers()),
                new AccountMessages(notifications, facts, p.organizations(), p.members()),
                new Reauthentication(ctx, p.credentials(), p.passwordHasher(), failures),
                new CustomerVisibility(p.customers(), p.orders()),
                new PasswordProven(ctx, p.organizations(), failures, sessions), unsubscribe);
    }
}
