package org.soptrack.server.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.soptrack.server.security.Principals;

/**
 * Every log line written while serving a request names the request ({@code requestId}: the caller's
 * {@value #HEADER} if it is a plain token, else a new one, answered in the same header) and, once the caller is known,
 * the organization ({@code organizationId}), through the logging context Micronaut carries to every thread that serves
 * the request. With {@code SOPTRACK_LOG_FORMAT=json} both appear in each JSON line's {@code mdc}. Never a secret: ids
 * only.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LogContext implements Ordered {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "soptrack.request-id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Right after the security filter, so that the caller is known. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void enter(HttpRequest<?> request, MutablePropagatedContext context) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        Map<String, String> mdc = new HashMap<>();
        Map<String, String> current = MDC.getCopyOfContextMap();
        if (current != null) {
            mdc.putAll(current);
        }
        mdc.put("requestId", id);
        request.getUserPrincipal(Authentication.class).ifPresent(authentication -> {
            try {
                mdc.put("organizationId", Principals.actor(authentication).tenantId().value().toString());
            } catch (RuntimeException noOrganization) {
                // A token that names no organization: the request id alone.
            }
        });
        context.add(new MdcPropagationContext(mdc));
    }

    @ResponseFilter
    void leave(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }
}
