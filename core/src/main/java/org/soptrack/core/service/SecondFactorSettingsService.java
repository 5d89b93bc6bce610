package org.soptrack.core.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.SecondFactor;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.TotpPort;
import org.soptrack.core.port.out.TrustedDeviceRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * A member's own second factor. Changing the method needs the password again; a wrong one is answered with
 * {@code reauthentication-failed}, written to the security log and counted towards the account's lockout, so a
 * stolen access token cannot be used to guess the password or to swap the second factor.
 */
public final class SecondFactorSettingsService implements SecondFactorSettingsUseCase {

    private static final String ISSUER = "soptrack";

    private final UseCaseContext ctx;
    private final CredentialRepository credentials;
    private final OrganizationRepository organizations;
    private final TrustedDeviceRepository devices;
    private final Reauthentication reauthentication;
    private final TotpPort totp;
    private final SignInSessions sessions;

    SecondFactorSettingsService(UseCaseContext ctx, CredentialRepository credentials,
                                OrganizationRepository organizations, TrustedDeviceRepository devices,
                                Reauthentication reauthentication, TotpPort totp, SignInSessions sessions) {
        this.ctx = ctx;
        this.credentials = credentials;
        this.organizations = organizations;
        this.devices = devices;
        this.reauthentication = reauthentication;
        this.totp = totp;
        this.sessions = sessions;
    }

    @Override
    public Outcome<Status> status(MemberActor actor) {
        return reauthentication.withCredential(actor, (member, credential) -> Outcome.ok(status(member, credential)));
    }

    @Override
    public Outcome<Status> useCodes(MemberActor actor, Password current, MfaMethod method,
                                    Optional<PhoneNumber> phone) {
        if (!method.sendsCode()) {
            return Outcome.invalid("method", "must be EMAIL_CODE or SMS_CODE; TOTP is set up by enrollment");
        }
        if (method == MfaMethod.SMS_CODE && phone.isEmpty()) {
            return Outcome.invalid("phone", "is required for SMS codes");
        }
        return reauthentication.reauthenticated(actor, current, (member, credential) ->
                change(member, credential, credential.secondFactor().withCodes(method, phone), false));
    }

    @Override
    public Outcome<TotpEnrollment> startTotp(MemberActor actor, Password current) {
        return reauthentication.reauthenticated(actor, current, (member, credential) -> {
            String key = totp.newKey();
            credential.changeSecondFactor(credential.secondFactor().withPendingTotp(key));
            if (credentials.update(member.tenantId(), credential) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("credential");
            }
            return Outcome.ok(new TotpEnrollment(key, uri(member, key)));
        });
    }

    @Override
    public Outcome<Status> confirmTotp(MemberActor actor, String code) {
        return reauthentication.withCredential(actor, (member, credential) -> {
            Optional<String> pending = credential.secondFactor().pendingTotpKey();
            if (pending.isEmpty()) {
                return Outcome.rejected(NO_PENDING_KEY, "Start the authenticator set-up first");
            }
            OptionalLong step = totp.matchingStep(pending.get(), code == null ? "" : code.strip(), ctx.now());
            if (step.isEmpty()) {
                return Outcome.invalid("code", "is not the authenticator's current code");
            }
            return change(member, credential, credential.secondFactor().confirmTotp(step.getAsLong()), false);
        });
    }

    @Override
    public Outcome<Status> turnOff(MemberActor actor, Password current) {
        return reauthentication.reauthenticated(actor, current, (member, credential) -> change(member, credential,
                new SecondFactor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        credential.secondFactor().lastTotpStep()), true));
    }

    @Override
    public Outcome<Status> revokeDevice(MemberActor actor, TrustedDeviceId id) {
        return reauthentication.withCredential(actor, (member, credential) -> {
            Optional<TrustedDevice> device = devices.find(member.tenantId(), id)
                    .filter(d -> d.memberId().equals(member.id()) && d.state().revokedAt().isEmpty());
            if (device.isEmpty()) {
                return Outcome.notFound("trusted device");
            }
            device.get().revoke(ctx.now());
            if (devices.update(member.tenantId(), device.get()) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("trusted device");
            }
            ctx.audit.record(member.tenantId(), actor.ref(), AuditAction.DEVICE_REVOKED, "device:" + id, Map.of());
            return Outcome.ok(status(member, credential));
        });
    }

    private Outcome<Status> change(Member member, Credential credential, SecondFactor next, boolean revokeDevices) {
        String before = credential.secondFactor().method().map(Enum::name).orElse("NONE");
        if (credential.changeSecondFactor(next)) {
            if (credentials.update(member.tenantId(), credential) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("credential");
            }
            ctx.audit.record(member.tenantId(), ActorRef.member(member.id()), AuditAction.SECOND_FACTOR_CHANGED,
                    "member:" + member.id(), Map.of("from", before,
                            "to", next.method().map(Enum::name).orElse("NONE")));
        }
        if (revokeDevices) {
            sessions.revokeDevices(member.tenantId(), member.id());
        }
        return Outcome.ok(status(member, credential));
    }

    private Status status(Member member, Credential credential) {
        boolean required = organizations.find(member.tenantId()).map(Organization::mfaRequired).orElse(false);
        SecondFactor factor = credential.secondFactor();
        List<Device> trusted = devices.findUnrevoked(member.tenantId(), member.id()).stream()
                .filter(d -> d.trustedAt(ctx.now(), sessions.policy))
                .map(d -> new Device(d.id(), d.state().label(), d.state().trustedAt(), d.state().lastUsedAt()))
                .toList();
        return new Status(factor.method(), factor.required(required), required, factor.phone(),
                factor.pendingTotpKey().isPresent(), trusted);
    }

    /** The key as an {@code otpauth://} URI, the form authenticator apps read from a QR code. */
    private static String uri(Member member, String key) {
        String label = encode(ISSUER + ":" + member.email().value());
        return "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
