package org.soptrack.notify;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.soptrack.core.domain.notify.DeliveryResult;

/**
 * One HTTP call to a provider and what its answer means for delivery: 2xx delivered; 408, 425, 429 and 5xx, a
 * timeout or a refused connection transient; any other 4xx permanent. The JDK's own HTTP client does the work: it is
 * maintained with the JDK, speaks HTTP/1.1 and 2, and keeps this module free of another dependency.
 */
public final class HttpDelivery {

    private final HttpClient client;
    private final Duration timeout;

    public HttpDelivery(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** POSTs {@code body} with {@code headers}; never throws for what the provider or the network does. */
    public DeliveryResult post(URI url, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", contentType)
                .header("User-Agent", "soptrack-notify")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return classify(response.statusCode(), response.body());
        } catch (IOException e) {
            return new DeliveryResult.TransientFailure("Could not reach " + url.getHost() + ": "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.TransientFailure("Interrupted while sending");
        }
    }

    /** What a provider's answer means: 2xx delivered; 408, 425, 429 and 5xx transient; anything else permanent. */
    public static DeliveryResult classify(int status, String body) {
        String detail = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
        if (status >= 200 && status < 300) {
            return new DeliveryResult.Delivered(detail);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new DeliveryResult.TransientFailure(detail);
        }
        return new DeliveryResult.PermanentFailure(detail);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /** {@code application/x-www-form-urlencoded} from names and values, in order. */
    public static String form(Map<String, String> fields) {
        StringJoiner out = new StringJoiner("&");
        fields.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
