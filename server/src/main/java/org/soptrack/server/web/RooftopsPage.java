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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.AgingPolicy;
import org.soptrack.core.domain.sop.FollowUpPolicy;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/**
 * The organization's rooftops and their settings (R-WEB-2): name and place, the aging threshold, the return window,
 * when a deadline counts as near, and the BDC's rhythm, each in whole days; and a new rooftop. Core checks every
 * value and who may change what; vendor-specific return windows are kept as they are (set through the API).
 */
@Hidden
@Controller("/rooftops")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class RooftopsPage {

    private final ListRooftopsUseCase rooftops;
    private final CreateRooftopUseCase create;
    private final ChangeRooftopUseCase change;
    private final Csrf csrf;

    RooftopsPage(ListRooftopsUseCase rooftops, CreateRooftopUseCase create, ChangeRooftopUseCase change, Csrf csrf) {
        this.rooftops = rooftops;
        this.create = create;
        this.change = change;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        return render(request, Principals.actor(authentication), HttpStatus.OK, "", new FormErrors(), "");
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body RooftopForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        Rooftop.Details details = errors.readWhole("name", () -> details(form));
        Outcome<Rooftop> done = details == null ? null : create.create(new CreateRooftopUseCase.Command(actor,
                details));
        return answer(request, actor, done, "The rooftop is added.", errors, "new");
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                           @Body RooftopForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        RooftopId rooftop = errors.read("form", () -> RooftopId.parse(id));
        Rooftop.Details details = errors.readWhole("name", () -> details(form));
        Duration aging = errors.read("agingThresholdDays", () -> days(form.agingThresholdDays()));
        Duration window = errors.read("defaultReturnWindowDays", () -> days(form.defaultReturnWindowDays()));
        Duration near = errors.read("deadlineNearWindowDays", () -> days(form.deadlineNearWindowDays()));
        Duration first = errors.read("firstContactDelayDays", () -> days(form.firstContactDelayDays()));
        Duration recycle = errors.read("recycleEveryDays", () -> days(form.recycleEveryDays()));
        Duration daily = errors.read("dailyWithinDays", () -> days(form.dailyWithinDays()));
        Map<String, Duration> vendors = rooftops.list(actor) instanceof Outcome.Ok<List<Rooftop>> known
                ? known.value().stream().filter(r -> r.id().equals(rooftop)).findFirst()
                .map(r -> r.settings().aging().vendorReturnWindows()).orElse(Map.of()) : Map.of();
        RooftopSettings settings = errors.any() ? null : errors.readWhole("form", () -> new RooftopSettings(
                new AgingPolicy(aging, window, vendors, near),
                new FollowUpPolicy(first, recycle, daily, form.waitForAllParts() != null)));
        Outcome<Rooftop> done = errors.any() || form.version() == null ? null : change.change(
                new ChangeRooftopUseCase.Command(actor, rooftop, form.version(), details, settings));
        return answer(request, actor, done, "The rooftop is saved.", errors, id);
    }

    private static Rooftop.Details details(RooftopForm form) {
        return new Rooftop.Details(form.name(), form.brand(), form.city(), form.stateCode(),
                form.country() == null || form.country().isBlank() ? "US" : form.country());
    }

    /** Whole days as typed; core checks the range of each and names the field. */
    private static Duration days(@Nullable String text) {
        return Duration.ofDays(Long.parseLong(text == null ? "" : text.strip()));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Actor actor, @Nullable Outcome<Rooftop> done,
                                   String message, FormErrors errors, String which) {
        if (done != null && done.isOk()) {
            return render(request, actor, HttpStatus.OK, message, errors, "");
        }
        if (done instanceof Outcome.Invalid<?> || done instanceof Outcome.Conflict<?>) {
            errors.add(done);
        } else if (done != null) {
            return Pages.refusal(request, done);
        }
        if (!errors.any()) {
            errors.add("form", "Reload the page and try again.");
        }
        return render(request, actor, HttpStatus.UNPROCESSABLE_ENTITY, "", errors, which);
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, HttpStatus status, String message,
                                   FormErrors errors, String which) {
        Outcome<List<Rooftop>> listed = rooftops.list(actor);
        if (!(listed instanceof Outcome.Ok<List<Rooftop>> ok)) {
            return Pages.refusal(request, listed);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rooftops", ok.value());
        model.put("message", message);
        model.put("errors", errors.asMap());
        model.put("which", which);
        return Pages.render(request, status, "rooftops", model);
    }

    @Serdeable
    record RooftopForm(@Nullable String name, @Nullable String brand, @Nullable String city,
                       @Nullable String stateCode, @Nullable String country, @Nullable String agingThresholdDays,
                       @Nullable String defaultReturnWindowDays, @Nullable String deadlineNearWindowDays,
                       @Nullable String firstContactDelayDays, @Nullable String recycleEveryDays,
                       @Nullable String dailyWithinDays, @Nullable String waitForAllParts,
                       @Nullable Long version,
                       @Nullable String _csrf) {
    }
}
