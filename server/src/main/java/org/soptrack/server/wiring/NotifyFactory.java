package org.soptrack.server.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.in.PlatformAuditUseCase;
import org.soptrack.core.port.in.PublicIntakeUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.DispatchNotificationsService;
import org.soptrack.core.service.PlatformAuditService;
import org.soptrack.core.service.PublicIntakeService;
import org.soptrack.notify.HttpDelivery;
import org.soptrack.notify.email.HttpEmailChannel;
import org.soptrack.notify.email.SmtpEmailChannel;
import org.soptrack.notify.groupme.GroupMeChannel;
import org.soptrack.notify.sms.HttpSmsChannel;
import org.soptrack.notify.webhook.WebhookChannel;
import org.soptrack.notify.webhook.WebhookTargets;

/**
 * The channels this deployment sends through, from {@code soptrack.notify.*}, and the outbox dispatcher over them.
 * E-mail goes through the HTTP API when its URL is set, else SMTP when a host is set, else to the log (development
 * only). SMS needs its API URL and account. GroupMe and webhooks need nothing deployment-wide.
 */
@Factory
final class NotifyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyFactory.class);

    /** The channels, as one bean. */
    record Channels(List<NotificationChannelPort> all) {
    }

    @Singleton
    HttpDelivery http(@Value("${soptrack.notify.timeout:10s}") Duration timeout) {
        return new HttpDelivery(timeout);
    }

    /** How host names of webhook URLs are resolved: the platform's resolver (tests replace it). */
    @Singleton
    WebhookTargets.Resolver webhookResolver() {
        return WebhookTargets.Resolver.system();
    }

    /** R-SEC-9: where staff may point webhooks, checked when saved and again when connecting. */
    @Singleton
    WebhookTargets webhookTargets(NotifySettings settings, WebhookTargets.Resolver resolver) {
        WebhookTargets.Policy policy = new WebhookTargets.Policy(settings.webhookAllowHttp(),
                settings.webhookAllowPrivateAddresses());
        if (!policy.equals(WebhookTargets.Policy.publicHttpsOnly())) {
            LOG.warn("Webhooks may go to {}: for development only", policy.allowPrivateAddresses()
                    ? "private and loopback addresses" + (policy.allowHttp() ? " over plain HTTP" : "")
                    : "plain HTTP endpoints");
        }
        return new WebhookTargets(policy, resolver);
    }

    @Singleton
    Channels channels(NotifySettings settings, HttpDelivery http, WebhookTargets webhookTargets) {
        List<NotificationChannelPort> all = new ArrayList<>();
        all.add(email(settings, http));
        all.add(new GroupMeChannel(URI.create(settings.groupMeUrl()), http));
        all.add(new WebhookChannel(webhookTargets, settings.timeout(), Clock.systemUTC()));
        Optional<String> smsUrl = NotifySettings.set(settings.smsUrl());
        if (smsUrl.isPresent()) {
            all.add(new HttpSmsChannel(URI.create(smsUrl.get()), new HttpSmsChannel.Account(settings.smsAccount(),
                    settings.smsToken(), settings.smsFrom()), http));
        } else {
            LOG.warn("No SMS API is configured (SOPTRACK_SMS_URL): SMS messages will end as dead letters");
        }
        return new Channels(all);
    }

    private static NotificationChannelPort email(NotifySettings s, HttpDelivery http) {
        Optional<String> api = NotifySettings.set(s.emailApiUrl());
        if (api.isPresent()) {
            return new HttpEmailChannel(URI.create(api.get()), new HttpEmailChannel.Account(s.emailApiKey(),
                    s.mailFrom()), http);
        }
        Optional<String> host = NotifySettings.set(s.smtpHost());
        if (host.isPresent()) {
            return new SmtpEmailChannel(new SmtpEmailChannel.Server(host.get(), s.smtpPort(), s.smtpStartTls(),
                    NotifySettings.set(s.smtpUsername()), NotifySettings.set(s.smtpPassword()), s.mailFrom(),
                    s.timeout()));
        }
        LOG.warn("No e-mail provider is configured (SOPTRACK_SMTP_HOST or SOPTRACK_EMAIL_API_URL): e-mails, sign-in "
                + "codes included, are written to the log '{}'. For development only.", LoggingEmailChannel.LOGGER);
        return new LoggingEmailChannel();
    }

    /** R-PUB-1: requests from the public forms, e-mailed to {@code soptrack.operators.emails} (comma-separated). */
    @Singleton
    PublicIntakeUseCase publicIntake(CorePorts ports, Channels channels,
                                     @Value("${soptrack.operators.emails:}") String emails) {
        List<Email> operators = Arrays.stream(emails.split(",")).map(String::strip).filter(e -> !e.isEmpty())
                .map(Email::of).toList();
        return new PublicIntakeService(ports, channels.all(), operators);
    }

    /** The platform audit log (operators' replies, incidents), for operators. */
    @Singleton
    PlatformAuditUseCase platformAudit(CorePorts ports) {
        return new PlatformAuditService(ports);
    }

    @Singleton
    DispatchNotificationsUseCase dispatcher(CorePorts ports, Channels channels, NotifySettings settings) {
        DispatchPolicy policy = new DispatchPolicy(settings.maxAttempts(), settings.firstRetryDelay(),
                settings.maxRetryDelay(), settings.lease());
        return new DispatchNotificationsService(ports, channels.all(), policy, new Random(), settings.inFlight(),
                settings.tenantsAtOnce());
    }
}
