package org.soptrack.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check made when staff save a webhook URL; host names resolve through a stub, never the network. */
class WebhookTargetsTest {

    private final List<String> looked = new ArrayList<>();

    private WebhookTargets targets(WebhookTargets.Policy policy, String... addresses) {
        return new WebhookTargets(policy, host -> {
            looked.add(host);
            if (addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            InetAddress[] all = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                all[i] = InetAddress.getByName(addresses[i]);
            }
            return all;
        });
    }

    @Test
    void a_public_https_endpoint_is_allowed() {
        assertThat(targets(WebhookTargets.Policy.publicHttpsOnly(), "93.184.216.34")
                .refusal(URI.create("https://hooks.example/soptrack"))).isEmpty();
        assertThat(looked).containsExactly("hooks.example");
    }

    @Test
    void plain_http_credentials_in_the_url_and_unknown_hosts_are_refused() {
        WebhookTargets strict = targets(WebhookTargets.Policy.publicHttpsOnly(), "93.184.216.34");
        assertThat(strict.refusal(URI.create("http://hooks.example/x"))).hasValue("must be an https URL");
        assertThat(strict.refusal(URI.create("https://user:secret@hooks.example/x")))
                .hasValue("must not carry a user name or password");
        assertThat(targets(WebhookTargets.Policy.publicHttpsOnly()).refusal(URI.create("https://nowhere.example/")))
                .hasValue("names a host that cannot be resolved");
    }

    @Test
    void a_name_with_any_non_public_address_is_refused() {
        assertThat(targets(WebhookTargets.Policy.publicHttpsOnly(), "93.184.216.34", "10.0.0.7")
                .refusal(URI.create("https://split.example/x"))).get().asString().contains("10.0.0.7");
        assertThat(targets(WebhookTargets.Policy.publicHttpsOnly(), "169.254.169.254")
                .refusal(URI.create("https://metadata.example/latest/meta-data"))).isPresent();
    }

    @Test
    void literal_addresses_are_checked_like_names() {
        WebhookTargets strict = new WebhookTargets(WebhookTargets.Policy.publicHttpsOnly(), InetAddress::getAllByName);
        assertThat(strict.refusal(URI.create("https://127.0.0.1/hooks"))).isPresent();
        assertThat(strict.refusal(URI.create("https://[::1]:8443/hooks"))).isPresent();
        assertThat(strict.refusal(URI.create("https://169.254.169.254/latest/meta-data"))).isPresent();
        assertThat(strict.refusal(URI.create("https://[::ffff:192.168.0.1]/"))).isPresent();
        assertThat(strict.refusal(URI.create("https://93.184.216.34/hooks"))).isEmpty();
    }

    @Test
    void a_development_deployment_may_allow_http_and_private_addresses() {
        WebhookTargets development = targets(new WebhookTargets.Policy(true, true), "127.0.0.1");
        assertThat(development.refusal(URI.create("http://localhost:9000/hooks"))).isEmpty();
        assertThat(development.refusal(URI.create("ftp://localhost/hooks"))).hasValue("must be an http or https URL");
    }
}
