package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.NotificationSettingsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SendTestNotificationUseCase;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.server.http.PhoneNumbers;
import org.soptrack.server.security.Principals;

/**
 * A rooftop's notifications (R-NOT-2, R-NOT-4, R-WEB-2): who gets which staff event on which channel, which events
 * customers hear of, a test message per channel, and the delivery log with a retry for dead letters. The webhook and
 * the provider accounts are kept as they are (their secrets are set through the API).
 */
@Hidden
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class NotificationsPage {

    private static final int LOG_SHOWN = 50;

    private final ListRooftopsUseCase rooftops;
    private final NotificationSettingsUseCase settings;
    private final SendTestNotificationUseCase test;
    private final DeliveryLogUseCase log;
    private final PhoneNumbers phones;
    private final Csrf csrf;

    NotificationsPage(ListRooftopsUseCase rooftops, NotificationSettingsUseCase settings,
                      SendTestNotificationUseCase test, DeliveryLogUseCase log, PhoneNumbers phones, Csrf csrf) {
        this.rooftops = rooftops;
        this.settings = settings;
        this.test = test;
        this.log = log;
        this.phones = phones;
        this.csrf = csrf;
    }

    @Get(value = "{?rooftop}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String rooftop) {
        return render(request, Principals.actor(authentication), rooftop, HttpStatus.OK, "", new FormErrors(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @Body SettingsForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Optional<RooftopId> rooftop = Pages.id(form.rooftop(), RooftopId::parse);
        if (rooftop.isEmpty()) {
            return Pages.notFound(request);
        }
        Outcome<RooftopNotifications> current = settings.get(actor, rooftop.get());
        if (!(current instanceof Outcome.Ok<RooftopNotifications> ok)) {
            return Pages.refusal(request, current);
        }
        FormErrors errors = new FormErrors();
        List<Email> emails = errors.read("emails", () -> lines(form.emails()).stream().map(Email::of).toList());
        PhoneNumbers.Reader numbers = phones.forCaller(actor, rooftop);
        List<PhoneNumber> sms = errors.read("smsNumbers", () -> lines(form.smsNumbers()).stream()
                .map(n -> numbers.read("smsNumbers", n)).toList());
        Map<NotificationEvent, Set<ChannelKind>> routes = errors.read("routes", () -> routes(form.route()));
        Set<NotificationEvent> customerEvents = errors.read("customerEvents", () -> events(form.customer()));
        RooftopNotifications replaced = errors.any() ? null : errors.readWhole("form", () ->
                new RooftopNotifications(rooftop.get(), new RooftopNotifications.Recipients(emails,
                        Optional.ofNullable(form.groupMeBotId()).filter(t -> !t.isBlank()).map(String::strip), sms,
                        ok.value().recipients().webhook()), routes, customerEvents, ok.value().accounts()));
        if (replaced != null) {
            Outcome<RooftopNotifications> done = settings.replace(actor, replaced);
            if (done.isOk()) {
                return render(request, actor, form.rooftop(), HttpStatus.OK, "The settings are saved.", errors, null);
            }
            if (!(done instanceof Outcome.Invalid<?>)) {
                return Pages.refusal(request, done);
            }
            errors.add(done);
        }
        return render(request, actor, form.rooftop(), HttpStatus.UNPROCESSABLE_ENTITY, "", errors, form);
    }

    @Post(value = "/test", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> test(HttpRequest<?> request, Authentication authentication, @Body SettingsForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Optional<RooftopId> rooftop = Pages.id(form.rooftop(), RooftopId::parse);
        Optional<ChannelKind> channel = Arrays.stream(ChannelKind.values())
                .filter(c -> c.name().equals(form.channel())).findFirst();
        if (rooftop.isEmpty() || channel.isEmpty()) {
            return Pages.notFound(request);
        }
        Outcome<List<OutboxMessage>> sent = test.send(actor, rooftop.get(), channel.get());
        if (sent instanceof Outcome.Ok<List<OutboxMessage>> ok) {
            return render(request, actor, form.rooftop(), HttpStatus.OK, ok.value().size() == 1
                    ? "A test message is on its way." : ok.value().size() + " test messages are on their way.",
                    new FormErrors(), null);
        }
        if (sent instanceof Outcome.Rejected<?> r && !Pages.signedOut(r)) {
            FormErrors errors = new FormErrors();
            errors.add(sent);
            return render(request, actor, form.rooftop(), HttpStatus.UNPROCESSABLE_ENTITY, "", errors, null);
        }
        return Pages.refusal(request, sent);
    }

    @Get(value = "/log{?rooftop,status}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> log(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String rooftop,
                        @Nullable @QueryValue String status) {
        return renderLog(request, Principals.actor(authentication), rooftop, status, "");
    }

    @Post(value = "/log/{message}/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> retry(HttpRequest<?> request, Authentication authentication, @PathVariable String message,
                          @Body SettingsForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Optional<UUID> id = Pages.id(message, UUID::fromString);
        if (id.isEmpty()) {
            return Pages.notFound(request);
        }
        Outcome<DeliveryLogUseCase.Entry> retried = log.retry(actor, id.get());
        if (!retried.isOk() && !(retried instanceof Outcome.Rejected<?> r && !Pages.signedOut(r))) {
            return Pages.refusal(request, retried);
        }
        return renderLog(request, actor, form.rooftop(), "DEAD", retried.isOk()
                ? "The message is queued again." : "That message is not a dead letter any more.");
    }

    private HttpResponse<?> renderLog(HttpRequest<?> request, Actor actor, @Nullable String rooftop,
                                      @Nullable String status, String message) {
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, rooftop);
        if (!(reachable instanceof Outcome.Ok<Reachable> here)) {
            return Pages.refusal(request, reachable);
        }
        Optional<OutboxMessage.Status> only = Arrays.stream(OutboxMessage.Status.values())
                .filter(s -> s.name().equals(status)).findFirst();
        Outcome<Page<DeliveryLogUseCase.Entry>> listed = log.list(actor, new OutboxQuery(only,
                Optional.of(here.value().shown().id()), Optional.empty(), LOG_SHOWN));
        if (!(listed instanceof Outcome.Ok<Page<DeliveryLogUseCase.Entry>> ok)) {
            return Pages.refusal(request, listed);
        }
        return Pages.render(request, HttpStatus.OK, "delivery_log", Map.of("rooftop",
                here.value().shown().details().name(), "rooftopId", here.value().id(), "entries", ok.value().items(),
                "status", only.map(Enum::name).orElse(""), "message", message));
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, @Nullable String rooftop, HttpStatus status,
                                   String message, FormErrors errors, @Nullable SettingsForm typed) {
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, rooftop);
        if (!(reachable instanceof Outcome.Ok<Reachable> here)) {
            return Pages.refusal(request, reachable);
        }
        Outcome<RooftopNotifications> current = settings.get(actor, here.value().shown().id());
        if (!(current instanceof Outcome.Ok<RooftopNotifications> ok)) {
            return Pages.refusal(request, current);
        }
        RooftopNotifications shown = ok.value();
        Map<String, Object> model = new HashMap<>();
        model.put("rooftop", here.value().shown().details().name());
        model.put("rooftopId", here.value().id());
        model.put("settings", shown);
        model.put("events", Arrays.stream(NotificationEvent.values()).filter(NotificationEvent::routable).toList());
        model.put("customerEvents", Arrays.stream(NotificationEvent.values())
                .filter(NotificationEvent::customerFacing).toList());
        model.put("channels", List.of(ChannelKind.values()));
        model.put("emails", typed != null ? Pages.nz(typed.emails()) : String.join("\n",
                shown.recipients().emails().stream().map(Email::value).toList()));
        model.put("smsNumbers", typed != null ? Pages.nz(typed.smsNumbers()) : String.join("\n",
                shown.recipients().smsNumbers().stream().map(PhoneNumber::value).toList()));
        model.put("groupMeBotId", typed != null ? Pages.nz(typed.groupMeBotId())
                : shown.recipients().groupMeBotId().orElse(""));
        Set<String> routes = new HashSet<>();
        shown.routes().forEach((event, kinds) -> kinds.forEach(kind -> routes.add(event.name() + ":" + kind.name())));
        Set<String> told = new HashSet<>();
        shown.customerEvents().forEach(event -> told.add(event.name()));
        model.put("routes", typed != null ? new HashSet<>(typed.route() == null ? List.of() : typed.route()) : routes);
        model.put("told", typed != null ? new HashSet<>(typed.customer() == null ? List.of() : typed.customer())
                : told);
        model.put("message", message);
        model.put("errors", errors.asMap());
        return Pages.render(request, status, "notifications", model);
    }

    private static List<String> lines(@Nullable String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            Arrays.stream(text.split("[\\r\\n,;]+")).map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        return lines;
    }

    /** Each ticked box is "EVENT:CHANNEL". */
    private static Map<NotificationEvent, Set<ChannelKind>> routes(@Nullable List<String> ticked) {
        Map<NotificationEvent, Set<ChannelKind>> routes = new EnumMap<>(NotificationEvent.class);
        for (String each : ticked == null ? List.<String>of() : ticked) {
            String[] parts = each.split(":", 2);
            routes.computeIfAbsent(NotificationEvent.valueOf(parts[0]), e -> EnumSet.noneOf(ChannelKind.class))
                    .add(ChannelKind.valueOf(parts[1]));
        }
        return routes;
    }

    private static Set<NotificationEvent> events(@Nullable List<String> ticked) {
        Set<NotificationEvent> events = EnumSet.noneOf(NotificationEvent.class);
        (ticked == null ? List.<String>of() : ticked).forEach(e -> events.add(NotificationEvent.valueOf(e)));
        return events;
    }

    @Serdeable
    record SettingsForm(@Nullable String rooftop, @Nullable String emails, @Nullable String smsNumbers,
                        @Nullable String groupMeBotId, @Nullable List<String> route, @Nullable List<String> customer,
                        @Nullable String channel, @Nullable String _csrf) {
    }
}
