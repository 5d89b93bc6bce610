package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.memory.RecordedCodes;
import org.soptrack.core.memory.ReferenceTotp;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.OneTimeCodePort;

/** The second factor over HTTP (R-SEC-3): codes, TOTP, trusted devices and their expiry on a fake clock. */
@MicronautTest(transactional = false)
class MfaIT extends HttpTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    static final RecordedCodes CODES = new RecordedCodes();

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    @MockBean(OneTimeCodePort.class)
    OneTimeCodePort codes() {
        return CODES;
    }

    private Api.Answer logIn(Api.Org org, String email, String deviceToken) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", org.id(), "email", email,
                "password", Api.PASSWORD));
        if (deviceToken != null) {
            body.put("deviceToken", deviceToken);
        }
        return api.post("/api/v1/auth/login", null, body);
    }

    private Api.Answer answer(Api.Answer challenge, String code, boolean trust) {
        return api.post("/api/v1/auth/login/second-factor", null, Map.of("challengeToken",
                challenge.text("challengeToken"), "code", code, "trustDevice", trust));
    }

    private String latestCode(Api.Org org) {
        return CODES.latestFor(MemberId.parse(org.ownerId())).code();
    }

    private void requireMfa(Api.Org org) {
        var set = api.put("/api/v1/organization/security", org.token(), Map.of("mfaRequired", true));
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.map()).containsEntry("mfaRequired", true);
    }

    @Test
    void an_organization_that_requires_mfa_gets_an_email_code_step_that_lasts_ten_minutes() {
        Api.Org org = api.signUp("codes@mfa.example");
        requireMfa(org);
        var challenge = logIn(org, "codes@mfa.example", null);
        assertThat(challenge.status()).as("%s", challenge).isEqualTo(202);
        assertThat(challenge.text("method")).isEqualTo("EMAIL_CODE");
        assertThat(challenge.text("sentTo")).isEqualTo("c***@mfa.example");
        assertThat(challenge.map()).doesNotContainKey("accessToken");
        String code = latestCode(org);

        CLOCK.advance(Duration.ofMinutes(10));
        var late = answer(challenge, code, false);
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.text("type")).isEqualTo("urn:soptrack:problem:second-factor-failed");

        var again = logIn(org, "codes@mfa.example", null);
        var in = answer(again, latestCode(org), false);
        assertThat(in.status()).as("%s", in).isEqualTo(200);
        assertThat(in.text("accessToken")).isNotBlank();
        assertThat(answer(again, latestCode(org), false).status()).as("single use").isEqualTo(401);

        var log = api.get("/api/v1/audit?action=SECOND_FACTOR_PASSED&action=SECOND_FACTOR_REQUESTED",
                in.text("accessToken"));
        assertThat(log.list("items")).hasSize(3);
    }

    @Test
    void a_trusted_device_skips_the_code_until_ninety_idle_days_or_revocation() {
        Api.Org org = api.signUp("device@mfa.example");
        requireMfa(org);
        var in = answer(logIn(org, "device@mfa.example", null), latestCode(org), true);
        String device = in.text("deviceToken");
        assertThat(device).startsWith("dev_");

        CLOCK.advance(Duration.ofDays(89));
        assertThat(logIn(org, "device@mfa.example", device).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofDays(90));
        assertThat(logIn(org, "device@mfa.example", device).status()).isEqualTo(202);

        var fresh = answer(logIn(org, "device@mfa.example", null), latestCode(org), true);
        var status = api.get("/api/v1/auth/mfa", fresh.text("accessToken"));
        assertThat(status.list("trustedDevices")).hasSize(1);
        String id = String.valueOf(status.list("trustedDevices").get(0).get("id"));
        assertThat(api.delete("/api/v1/auth/mfa/devices/" + id, fresh.text("accessToken")).status()).isEqualTo(200);
        assertThat(logIn(org, "device@mfa.example", fresh.text("deviceToken")).status()).isEqualTo(202);
        assertThat(api.delete("/api/v1/auth/mfa/devices/" + id, fresh.text("accessToken")).status()).isEqualTo(404);
    }

    @Test
    void totp_enrollment_and_login_with_an_authenticator_app() {
        Api.Org org = api.signUp("totp@mfa.example");
        var wrong = api.post("/api/v1/auth/mfa/totp", org.token(), Map.of("currentPassword", "not the password!"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.text("type")).isEqualTo("urn:soptrack:problem:reauthentication-failed");

        var enrollment = api.post("/api/v1/auth/mfa/totp", org.token(), Map.of("currentPassword", Api.PASSWORD));
        assertThat(enrollment.status()).as("%s", enrollment).isEqualTo(200);
        String key = enrollment.text("key");
        assertThat(enrollment.text("uri")).startsWith("otpauth://totp/").contains("secret=" + key);
        var badCode = api.post("/api/v1/auth/mfa/totp/confirm", org.token(), Map.of("code", "12"));
        assertThat(badCode.status()).isEqualTo(422);
        var confirmed = api.post("/api/v1/auth/mfa/totp/confirm", org.token(),
                Map.of("code", ReferenceTotp.codeAt(key, CLOCK.now())));
        assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
        assertThat(confirmed.text("method")).isEqualTo("TOTP");

        CLOCK.advance(Duration.ofSeconds(30));
        var challenge = logIn(org, "totp@mfa.example", null);
        assertThat(challenge.text("method")).isEqualTo("TOTP");
        assertThat(challenge.map()).containsEntry("sentTo", null);
        String code = ReferenceTotp.codeAt(key, CLOCK.now());
        assertThat(answer(challenge, code, false).status()).isEqualTo(200);
        assertThat(answer(logIn(org, "totp@mfa.example", null), code, false).status()).as("replayed").isEqualTo(401);
    }

    @Test
    void mfa_settings_refuse_bad_input_weak_roles_and_foreign_devices() {
        Api.Org org = api.signUp("input@mfa.example");
        String manager = api.member(org, "manager@mfa.example", "PARTS_MANAGER");
        assertThat(api.put("/api/v1/organization/security", manager, Map.of("mfaRequired", true)).status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/organization/security", org.token(), Map.of()).status()).isEqualTo(422);

        var totp = api.put("/api/v1/auth/mfa", org.token(), Map.of("method", "TOTP", "currentPassword", Api.PASSWORD));
        assertThat(totp.status()).isEqualTo(422);
        assertThat(totp.text("field")).isEqualTo("method");
        var noPhone = api.put("/api/v1/auth/mfa", org.token(), Map.of("method", "SMS_CODE",
                "currentPassword", Api.PASSWORD));
        assertThat(noPhone.text("field")).isEqualTo("phone");
        var badPhone = api.put("/api/v1/auth/mfa", org.token(), Map.of("method", "SMS_CODE", "phone", "call me",
                "currentPassword", Api.PASSWORD));
        assertThat(badPhone.text("field")).isEqualTo("phone");
        assertThat(api.put("/api/v1/auth/mfa", org.token(), Map.of("method", "EMAIL_CODE")).text("field"))
                .isEqualTo("currentPassword");
        assertThat(api.get("/api/v1/auth/mfa", org.token()).map()).containsEntry("method", null);

        var sms = api.put("/api/v1/auth/mfa", org.token(), Map.of("method", "SMS_CODE", "phone", "(217) 555-4567",
                "currentPassword", Api.PASSWORD));
        assertThat(sms.status()).as("%s", sms).isEqualTo(200);
        assertThat(sms.text("phone")).isEqualTo("+12175554567");
        var challenge = logIn(org, "input@mfa.example", null);
        assertThat(challenge.text("sentTo")).isEqualTo("***4567");
        assertThat(api.post("/api/v1/auth/login/second-factor", null, Map.of("challengeToken", "mfa_garbage",
                "code", "123456")).status()).isEqualTo(401);
        var foreignDevice = answer(challenge, latestCode(org), true);

        Api.Org other = api.signUp("other@mfa.example");
        String otherDeviceId = String.valueOf(api.get("/api/v1/auth/mfa", foreignDevice.text("accessToken"))
                .list("trustedDevices").get(0).get("id"));
        assertThat(api.delete("/api/v1/auth/mfa/devices/" + otherDeviceId, other.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/auth/mfa/devices/not-an-id", other.token()).status()).isEqualTo(404);
        assertThat(logIn(other, "other@mfa.example", foreignDevice.text("deviceToken")).status()).isEqualTo(200);
    }
}
