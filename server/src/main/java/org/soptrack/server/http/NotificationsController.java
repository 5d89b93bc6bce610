package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.NotificationSettingsUseCase;
import org.soptrack.core.port.in.SendTestNotificationUseCase;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.server.security.Principals;

/** Rooftop notification settings, test messages, the delivery log and dead-letter retry (R-NOT-2, R-NOT-4). */
@Tag(name = "Notifications")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class NotificationsController {

    private final NotificationSettingsUseCase settings;
    private final SendTestNotificationUseCase test;
    private final DeliveryLogUseCase log;

    private final PhoneNumbers phones;

    NotificationsController(NotificationSettingsUseCase settings, SendTestNotificationUseCase test,
                            DeliveryLogUseCase log, PhoneNumbers phones) {
        this.phones = phones;
        this.settings = settings;
        this.test = test;
        this.log = log;
    }

    /** A rooftop's notification channels and routes. */
    @Get("/rooftops/{rooftopId}/notifications")
    HttpResponse<NotificationJson.Settings> notificationSettings(Authentication auth, @PathVariable String rooftopId) {
        return Problems.ok(settings.get(Principals.actor(auth), Input.pathId(rooftopId, RooftopId::parse)),
                NotificationJson.Settings::of);
    }

    /** Replaces a rooftop's notification channels and routes. */
    @Put("/rooftops/{rooftopId}/notifications")
    HttpResponse<NotificationJson.Settings> replaceNotificationSettings(Authentication auth,
                                                                        @PathVariable String rooftopId,
                                                                        @Body NotificationJson.Settings body) {
        RooftopId rooftop = Input.pathId(rooftopId, RooftopId::parse);
        var actor = Principals.actor(auth);
        return Problems.ok(settings.replace(actor, body.settings(rooftop, phones.forCaller(actor, Optional.of(rooftop)))),
                NotificationJson.Settings::of);
    }

    /** Sends a test message on one of a rooftop's channels. */
    @Post("/rooftops/{rooftopId}/notifications/test")
    @Status(HttpStatus.ACCEPTED)
    HttpResponse<NotificationJson.Sent> sendTestMessage(Authentication auth, @PathVariable String rooftopId,
                             @Body NotificationJson.TestRequest body) {
        ChannelKind channel = Input.required("channel", body.channel(), ChannelKind::valueOf);
        return Problems.respond(test.send(Principals.actor(auth), Input.pathId(rooftopId, RooftopId::parse), channel),
                HttpStatus.ACCEPTED, sent -> new NotificationJson.Sent(sent.stream()
                        .map(m -> m.id().toString()).toList()));
    }

    /** The notification delivery log, newest first. */
    @Get("/notifications/deliveries{?status,rooftopId,limit,after}")
    HttpResponse<NotificationJson.DeliveryPage> deliveries(Authentication auth, @Nullable @QueryValue String status,
                               @Nullable @QueryValue String rooftopId, @Nullable @QueryValue @PageLimit String limit,
                               @Nullable @QueryValue String after) {
        OutboxQuery query = new OutboxQuery(Input.optional("status", status, OutboxMessage.Status::valueOf),
                Input.optional("rooftopId", rooftopId, RooftopId::parse), Input.optional("after", after,
                PageCursor::decode), Input.limit(limit, 50));
        return Problems.ok(log.list(Principals.actor(auth), query), page -> new NotificationJson.DeliveryPage(
                page.items().stream().map(NotificationJson.Delivery::of).toList(),
                page.next().map(PageCursor::encode).orElse(null)));
    }

    /** Sends a message that gave up once more. */
    @Post("/notifications/deliveries/{id}/retry")
    HttpResponse<NotificationJson.Delivery> retryDelivery(Authentication auth, @PathVariable String id) {
        UUID messageId = Input.pathId(id, text -> Ids.parse("id", text));
        return Problems.ok(log.retry(Principals.actor(auth), messageId), NotificationJson.Delivery::of);
    }
}
