package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.port.in.RequireMfaUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.server.security.Principals;

/**
 * A member's own second factor and trusted devices, and the organization's MFA requirement (R-SEC-3). Every change of
 * method carries the current password again.
 */
@Tag(name = "Second factor")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MfaController {

    private final SecondFactorSettingsUseCase settings;
    private final RequireMfaUseCase requireMfa;

    private final PhoneNumbers phones;

    MfaController(SecondFactorSettingsUseCase settings, RequireMfaUseCase requireMfa, PhoneNumbers phones) {
        this.phones = phones;
        this.settings = settings;
        this.requireMfa = requireMfa;
    }

    /** The caller's second factor and trusted browsers. */
    @Get("/auth/mfa")
    HttpResponse<MfaStatus> secondFactorStatus(Authentication authentication) {
        return Problems.ok(settings.status(Principals.member(authentication)), MfaStatus::of);
    }

    /** One-time codes by e-mail or SMS: {@code {method, phone?, currentPassword}}. */
    @Put("/auth/mfa")
    HttpResponse<MfaStatus> useCodes(Authentication authentication, @Body UseCodesRequest request) {
        MfaMethod method = Input.required("method", request.method(), MfaController::method);
        Optional<PhoneNumber> phone = phones.forCaller(Principals.member(authentication), Optional.empty())
                .optional("phone", request.phone());
        return Problems.ok(settings.useCodes(Principals.member(authentication), password(request.currentPassword()),
                method, phone), MfaStatus::of);
    }

    /** Starts authenticator (TOTP) set-up: the key and an {@code otpauth://} URI for a QR code. */
    @Post("/auth/mfa/totp")
    HttpResponse<TotpEnrollment> startTotp(Authentication authentication, @Body PasswordRequest request) {
        return Problems.ok(settings.startTotp(Principals.member(authentication), password(request.currentPassword())),
                e -> new TotpEnrollment(e.key(), e.uri()));
    }

    /** Confirms the authenticator with its current code; from then on logins ask for TOTP. */
    @Post("/auth/mfa/totp/confirm")
    HttpResponse<MfaStatus> confirmTotp(Authentication authentication, @Body CodeRequest request) {
        String code = Input.required("code", request.code(), c -> c);
        return Problems.ok(settings.confirmTotp(Principals.member(authentication), code), MfaStatus::of);
    }

    /** Back to password only; trusted devices are revoked. */
    @Post("/auth/mfa/off")
    HttpResponse<MfaStatus> turnOffSecondFactor(Authentication authentication, @Body PasswordRequest request) {
        return Problems.ok(settings.turnOff(Principals.member(authentication), password(request.currentPassword())),
                MfaStatus::of);
    }

    /** Stops trusting one of the caller's browsers. */
    @Delete("/auth/mfa/devices/{deviceId}")
    HttpResponse<MfaStatus> revokeDevice(Authentication authentication, String deviceId) {
        return Problems.ok(settings.revokeDevice(Principals.member(authentication),
                Input.pathId(deviceId, TrustedDeviceId::parse)), MfaStatus::of);
    }

    /** Owners require (or stop requiring) a second factor of every member: {@code {mfaRequired}}. */
    @Put("/organization/security")
    HttpResponse<OrganizationSecurity> requireMfa(Authentication authentication, @Body OrganizationSecurity request) {
        boolean required = Input.flag("mfaRequired", request.mfaRequired());
        return Problems.ok(requireMfa.require(Principals.member(authentication), required),
                OrganizationSecurity::new);
    }

    private static Password password(String text) {
        return Input.required("currentPassword", text, Password::new);
    }

    private static MfaMethod method(String text) {
        return switch (text) {
            case "EMAIL_CODE" -> MfaMethod.EMAIL_CODE;
            case "SMS_CODE" -> MfaMethod.SMS_CODE;
            default -> throw new InvalidValueException("method",
                    "must be EMAIL_CODE or SMS_CODE (TOTP is set up under /auth/mfa/totp)");
        };
    }

    @Serdeable
    record UseCodesRequest(String method, @Nullable String phone, String currentPassword) {
        @Override
        public String toString() {
            return "UseCodesRequest[method=" + method + "]";
        }
    }

    @Serdeable
    record PasswordRequest(String currentPassword) {
        @Override
        public String toString() {
            return "PasswordRequest[hidden]";
        }
    }

    @Serdeable
    record CodeRequest(String code) {
    }

    @Serdeable
    record OrganizationSecurity(Boolean mfaRequired) {
    }

    @Serdeable
    record TotpEnrollment(String key, String uri) {
        @Override
        public String toString() {
            return "TotpEnrollment[hidden]";
        }
    }

    @Serdeable
    record Device(String id, String label, Instant trustedAt, Instant lastUsedAt) {
    }

    /** {@code method}: the member's choice (null: none); {@code effective}: what logins must pass now. */
    @Serdeable
    record MfaStatus(@Nullable String method, @Nullable String effective, boolean organizationRequiresMfa,
                     @Nullable String phone, boolean totpPending, List<Device> trustedDevices) {
        static MfaStatus of(SecondFactorSettingsUseCase.Status s) {
            return new MfaStatus(s.method().map(Enum::name).orElse(null), s.effective().map(Enum::name).orElse(null),
                    s.organizationRequiresMfa(), s.phone().map(PhoneNumber::value).orElse(null), s.totpPending(),
                    s.trustedDevices().stream().map(d -> new Device(d.id().value().toString(), d.label(),
                            d.trustedAt(), d.lastUsedAt())).toList());
        }
    }
}
