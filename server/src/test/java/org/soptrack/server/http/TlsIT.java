package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-OPS-2: given a certificate and key as PEM files (as a certificate authority issues them), the server serves HTTPS
 * and tells browsers to stay on it (HSTS). The certificate is self-signed, made for this run with the JDK's keytool.
 */
class TlsIT {

    private static final String PASSWORD = "changeit-for-this-test";
    private static Path folder;
    private static KeyStore keys;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        folder = Path.of("target", "tls-it", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(folder);
        Path store = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "soptrack", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        Path certificate = pem(folder.resolve("certificate.pem"), "CERTIFICATE",
                keys.getCertificate("soptrack").getEncoded());
        Path key = pem(folder.resolve("key.pem"), "PRIVATE KEY",
                ((PrivateKey) keys.getKey("soptrack", PASSWORD.toCharArray())).getEncoded());
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.ssl.enabled", true);
        properties.put("micronaut.server.ssl.port", -1);
        properties.put("micronaut.server.ssl.key-store.certificate-path", "file:" + certificate);
        properties.put("micronaut.server.ssl.key-store.key-path", "file:" + key);
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static Path pem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        return file;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private static HttpClient trusting(KeyStore trusted) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    @Test
    void it_serves_https_with_the_given_certificate_and_asks_browsers_to_stay_on_it() throws Exception {
        assertThat(server.getScheme()).isEqualTo("https");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        Certificate certificate = keys.getCertificate("soptrack");
        trusted.setCertificateEntry("soptrack", certificate);
        URI base = URI.create("https://localhost:" + server.getPort());
        for (String path : new String[] {"/health", "/api/v1/retention/policy", "/api/v1/sops"}) {
            HttpResponse<String> answer = trusting(trusted).send(HttpRequest.newBuilder(base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isIn(200, 401);
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValue(SecurityHeaders.HSTS);
            assertThat(answer.sslSession()).isPresent();
        }
    }

    @Test
    void a_client_that_does_not_trust_the_certificate_gets_no_connection() {
        URI health = URI.create("https://localhost:" + server.getPort() + "/health");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }
}
