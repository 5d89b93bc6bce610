package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.notify.StubProvider;

/**
 * Captures every log line of a full flow (sign-up, logins good and bad, refresh, an invitation, customers with phone
 * and e-mail, orders that message them, providers that fail, a second factor by SMS, an authenticator key, a
 * data-subject request and a public request), with every logger at DEBUG (as an operator chasing a problem might run
 * it; loggers that {@code logback.xml} pins stay pinned), and fails if any secret or
 * customer contact detail of the flow appears in one: passwords, access, refresh, invitation and challenge tokens,
 * one-time codes, the authenticator key, the webhook secret, phone numbers and e-mail addresses of customers (and
 * the phone a member receives codes on).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogSecretsIT extends HttpTestSupport implements TestPropertyProvider {

    private static final Pattern CLOCK_FIELDS =
            Pattern.compile("\"(sequenceNumber|timestamp|nanoseconds|birthdate)\":\\d+,?");

    private static final String WEBHOOK_SECRET = "whsec_bG9nLXNlY3JldHMtd2ViaG9vay1zZWNyZXQ";
    private static final String CUSTOMER_PHONE = "+12175550142";
    private static final String CUSTOMER_EMAIL = "carla.private@customer.example";
    private static final String OWNER_PHONE = "+12175550163";

    private static final AtomicReference<Level> SHIPPED_LEVEL = new AtomicReference<>();

    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    private final StubProvider sms = new StubProvider();
    private final StubProvider hooks = new StubProvider();

    @Inject
    DispatchNotificationsUseCase dispatcher;

    @Override
    public Map<String, String> getProperties() {
        mail.start();
        return NotificationsIT.providers(mail, sms, "sms-provider-token-7f3a9");
    }

    @AfterAll
    void stop() {
        mail.stop();
        sms.close();
        hooks.close();
    }

    @Test
    void a_full_flow_logs_no_secret_and_no_customer_contact() throws Exception {
        ListAppender<ILoggingEvent> captured = capture();
        List<String> secrets = new ArrayList<>(List.of(Api.PASSWORD, WEBHOOK_SECRET, "sms-provider-token-7f3a9",
                CUSTOMER_PHONE, CUSTOMER_PHONE.substring(2), "(217) 555-0142", CUSTOMER_EMAIL, OWNER_PHONE));
        try {
            Api.Org org = api.signUp("owner@logs.example");
            secrets.add(org.token());
            Api.Answer login = api.post("/api/v1/auth/login", null, Map.of("organizationId", org.id(),
                    "email", "owner@logs.example", "password", Api.PASSWORD));
            secrets.add(login.text("accessToken"));
            secrets.add(login.text("refreshToken"));
            api.post("/api/v1/auth/login", null, Map.of("organizationId", org.id(), "email", "owner@logs.example",
                    "password", "correct horse battery staple"));
            secrets.add("correct horse battery staple");
            Api.Answer refreshed = api.post("/api/v1/auth/refresh", null,
                    Map.of("refreshToken", login.text("refreshToken")));
            assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
            secrets.add(refreshed.text("accessToken"));
            secrets.add(refreshed.text("refreshToken"));

            Api.Answer invited = api.post("/api/v1/invitations", org.token(), Map.of("email", "parts@logs.example",
                    "role", "PARTS_MANAGER", "rooftops", List.of("*")));
            secrets.add(invited.text("token"));
            String memberPassword = "violet sextant orchard ferry";
            secrets.add(memberPassword);
            assertThat(api.post("/api/v1/invitations/accept", null, Map.of("token", invited.text("token"),
                    "email", "parts@logs.example", "displayName", "Pat Parts", "password", memberPassword))
                    .status()).isEqualTo(201);

            Map<String, Object> settings = new HashMap<>();
            settings.put("emails", List.of("parts@logs.example"));
            settings.put("smsNumbers", List.of("+12175557742"));
            settings.put("webhook", Map.of("url", hooks.url() + "/hooks", "secret", WEBHOOK_SECRET));
            settings.put("routes", Map.of("sop.created", List.of("EMAIL", "SMS", "WEBHOOK"),
                    "sop.backordered", List.of("EMAIL", "WEBHOOK")));
            settings.put("customerEvents", List.of("sop.backordered"));
            Api.Answer saved = api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), settings);
            assertThat(saved.status()).as("%s", saved).isEqualTo(200);

            sms.answer(500, "{\"message\":\"provider down\"}");
            hooks.answer(500, "");
            String customer = api.post("/api/v1/customers", org.token(), Map.of("name", "Carla Private",
                    "phone", "(217) 555-0142", "email", CUSTOMER_EMAIL)).text("id");
            Api.Answer order = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, "RO-4242"));
            Api.Answer ordered = api.post("/api/v1/sops/" + order.text("id") + "/transitions", org.token(),
                    Map.of("version", order.map().get("version"), "to", "ORDERED"));
            api.post("/api/v1/sops/" + order.text("id") + "/transitions", org.token(),
                    Map.of("version", ordered.map().get("version"), "to", "BACKORDERED"));
            api.post("/api/v1/rooftops/" + org.rooftopId() + "/repair-orders/RO-4242/contact-attempts", org.token(),
                    Map.of("channel", "CALL", "outcome", "LEFT_VOICEMAIL", "note", "Called " + CUSTOMER_PHONE));
            dispatchAll();
            sms.answer(201, "{\"sid\":\"SM1\"}");
            hooks.answer(204, "");
            assertThat(mail.getReceivedMessages()).as("the flow's e-mails went out").isNotEmpty();

            assertThat(api.put("/api/v1/auth/mfa", org.token(), Map.of("method", "SMS_CODE", "phone", OWNER_PHONE,
                    "currentPassword", Api.PASSWORD)).status()).isEqualTo(200);
            Api.Answer challenge = api.post("/api/v1/auth/login", null, Map.of("organizationId", org.id(),
                    "email", "owner@logs.example", "password", Api.PASSWORD));
            assertThat(challenge.text("challengeToken")).as("%s", challenge).isNotNull();
            secrets.add(challenge.text("challengeToken"));
            dispatchAll();
            String code = codeIn(sms.requests().stream().map(r -> StubProvider.form(r.body()).get("Body")).toList());
            secrets.add(code);
            Api.Answer second = api.post("/api/v1/auth/login/second-factor", null, Map.of(
                    "challengeToken", challenge.text("challengeToken"), "code", code));
            assertThat(second.status()).as("%s", second).isEqualTo(200);
            secrets.add(second.text("accessToken"));
            Api.Answer totp = api.post("/api/v1/auth/mfa/totp", second.text("accessToken"),
                    Map.of("currentPassword", Api.PASSWORD));
            assertThat(totp.status()).as("%s", totp).isEqualTo(200);
            secrets.add(totp.text("key"));

            Api.Answer request = api.post("/api/v1/privacy/requests", org.token(), Map.of("customerId", customer,
                    "type", "ACCESS", "requesterEmail", CUSTOMER_EMAIL));
            assertThat(request.status()).as("%s", request).isEqualTo(201);
            api.post("/api/v1/public/requests", null, Map.of("kind", "DEMO", "name", "Dana Dealer",
                    "dealership", "Dana's Autos", "email", "dana.private@dealer.example", "phone", "+12175550177",
                    "message", "Call me"));
            secrets.addAll(List.of("dana.private@dealer.example", "+12175550177", "2175550177"));
        } finally {
            release(captured);
        }

        List<String> lines = captured.list.stream().filter(e -> !e.getLoggerName().startsWith("com.icegreen"))
                .map(LogSecretsIT::text).toList();
        assertThat(lines).as("log lines of the flow").hasSizeGreaterThan(5);
        for (String secret : secrets) {
            assertThat(secret).isNotBlank();
            assertThat(lines.stream().filter(line -> line.contains(secret)).toList())
                    .as("log lines showing \"%s\"", secret).isEmpty();
        }
        // The same events as SOPTRACK_LOG_FORMAT=json writes them: each line one JSON object, none with a secret, and
        // the lines written while serving a request name it.
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.start();
        List<String> json = captured.list.stream().filter(e -> !e.getLoggerName().startsWith("com.icegreen"))
                .map(e -> new String(encoder.encode(e), StandardCharsets.UTF_8).strip()).toList();
        for (String line : json) {
            assertThat(this.json.readValue(line, Map.class)).as(line).containsKey("message");
        }
        // The encoder's clock fields are numbers written for every line (a six-digit code can appear inside a
        // timestamp's nanoseconds by chance); what a line says is everything else.
        List<String> said = json.stream().map(line -> CLOCK_FIELDS.matcher(line).replaceAll("")).toList();
        for (String secret : secrets) {
            assertThat(said.stream().filter(line -> line.contains(secret)).toList())
                    .as("JSON log lines showing \"%s\"", secret).isEmpty();
        }
        assertThat(json).as("lines that name their request").anySatisfy(line -> assertThat(line)
                .contains("\"requestId\"").contains("\"organizationId\""));
        System.out.printf("Log capture: %d lines of a full flow (and as JSON), none with any of %d secrets%n",
                lines.size(), secrets.size());

        ListAppender<ILoggingEvent> probe = capture();
        try {
            LoggerFactory.getLogger("org.soptrack.probe").debug("contact {}", CUSTOMER_EMAIL);
        } finally {
            release(probe);
        }
        assertThat(probe.list).as("the capture sees a DEBUG line of soptrack's").singleElement()
                .satisfies(e -> assertThat(text(e)).contains(CUSTOMER_EMAIL));
    }

    private void dispatchAll() {
        for (int round = 0; round < 10 && dispatcher.dispatchDue(100).delivered() > 0; round++) {
            // until nothing more is due
        }
    }

    /** The code in the newest text that gives a sign-in code. */
    private static String codeIn(List<String> texts) {
        Pattern code = Pattern.compile("sign-in code is (\\d+)");
        for (int i = texts.size() - 1; i >= 0; i--) {
            Matcher found = code.matcher(String.valueOf(texts.get(i)));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("No text with a sign-in code among " + texts);
    }

    private static String text(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + thrown;
    }

    /** Adds a list appender to the root logger and turns the root to DEBUG until {@link #release}. */
    private static ListAppender<ILoggingEvent> capture() {
        Logger root = root();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(root.getLoggerContext());
        appender.start();
        SHIPPED_LEVEL.compareAndSet(null, root.getLevel());
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        Logger root = root();
        root.detachAppender(appender);
        root.setLevel(SHIPPED_LEVEL.get());
        appender.stop();
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
