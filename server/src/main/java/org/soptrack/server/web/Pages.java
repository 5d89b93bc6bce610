package org.soptrack.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.Outcome;

/** Rendering a page ({@link FrameModel} adds the frame every template gets besides its own model). */
final class Pages {

    private Pages() {
    }

    static MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view,
                                         Map<String, Object> model) {
        return HttpResponse.status(status).body(new ModelAndView<>(view, new HashMap<>(model)));
    }

    /** Whether htmx asks for part of a page (the part the page names), not a whole page. */
    static boolean partial(HttpRequest<?> request) {
        return request.getHeaders().contains("HX-Request");
    }

    /** Off to the sign-in page: a whole page is redirected; for htmx's partial request, htmx is told to go there. */
    static MutableHttpResponse<?> signIn(HttpRequest<?> request) {
        return partial(request) ? HttpResponse.noContent().header("HX-Redirect", "/sign-in")
                : HttpResponse.seeOther(URI.create("/sign-in"));
    }

    /**
     * The page for a refusal of core: a member no longer signed in (logged out elsewhere, removed, session ended)
     * goes to sign in; a forbidden change gets the 403 page; anything else the 404 page, which says no more than
     * that there is nothing here for them.
     */
    static MutableHttpResponse<?> refusal(HttpRequest<?> request, Outcome<?> refused) {
        if (refused instanceof Outcome.Rejected<?> r && signedOut(r)) {
            return signIn(request);
        }
        if (refused instanceof Outcome.Forbidden<?>) {
            return render(request, HttpStatus.FORBIDDEN, "forbidden", Map.of());
        }
        return notFound(request);
    }

    /**
     * Whether a refusal is a page of its own ({@link #refusal}: forbidden, not found, or the sign-in page for a member
     * signed out) rather than a message next to the form (an invalid field, a change made meanwhile, a rule refused).
     */
    static boolean pageWide(Outcome<?> refused) {
        return refused instanceof Outcome.Forbidden<?> || refused instanceof Outcome.NotFound<?>
                || refused instanceof Outcome.Rejected<?> r && signedOut(r);
    }

    /** Whether core refused because the member is no longer signed in. */
    static boolean signedOut(Outcome.Rejected<?> refused) {
        return CurrentMemberUseCase.SIGNED_OUT.equals(refused.code());
    }

    static MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
    }

    /** A refusal of one type as the same refusal of another (it holds no value). */
    @SuppressWarnings("unchecked")
    static <T> Outcome<T> cast(Outcome<?> refused) {
        if (refused instanceof Outcome.Ok<?>) {
            throw new IllegalArgumentException("Not a refusal");
        }
        return (Outcome<T>) refused;
    }

    /** The id {@code parse} reads from a path or form value; empty for a missing or malformed one (the 404 page). */
    static <T> Optional<T> id(String text, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A form field as typed, an absent one as empty text. */
    static String nz(String text) {
        return text == null ? "" : text;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A change without this browser's form token, or from another site's page. */
    static MutableHttpResponse<?> refused(HttpRequest<?> request) {
        return render(request, HttpStatus.FORBIDDEN, "refused", Map.of());
    }
}
