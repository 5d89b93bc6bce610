package org.soptrack.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** Rendering a page: every template gets the request's CSRF value besides its own model. */
final class Pages {

    private Pages() {
    }

    static MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view,
                                         Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", Csrf.of(request));
        return HttpResponse.status(status).body(new ModelAndView<>(view, all));
    }

    /** A change without this browser's form token, or from another site's page. */
    static MutableHttpResponse<?> refused(HttpRequest<?> request) {
        return render(request, HttpStatus.FORBIDDEN, "refused", Map.of());
    }
}
