package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/**
 * Breach notices: an operator records a security incident (the owners of every organization it touched are e-mailed
 * at once); an organization's owners and administrators read the incidents that touched it and export the people
 * each covers, to tell them.
 */
@Tag(name = "Privacy")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class IncidentsController {

    private final IncidentsUseCase incidents;
    private final OperatorsOnly operators;

    IncidentsController(IncidentsUseCase incidents, OperatorsOnly operators) {
        this.incidents = incidents;
        this.operators = operators;
    }

    /**
     * {@code {description, foundAt, categories: [CUSTOMERS, MEMBERS], organizations: [{organizationId,
     * rooftopIds?}]}} → 201; the owners of each organization are e-mailed and its audit log records it.
     */
    @Post("/operator/incidents")
    @Status(HttpStatus.CREATED)
    HttpResponse<View> recordIncident(Authentication auth, @Body Report body) {
        OperatorId operator = operators.require(auth, "record incidents");
        List<IncidentsUseCase.Affected> affected = new ArrayList<>();
        List<Named> named = body.organizations() == null ? List.of() : body.organizations();
        for (int i = 0; i < named.size(); i++) {
            String field = "organizations[" + i + "]";
            Named n = named.get(i);
            if (n == null) {
                throw new InvalidValueException(field, "is required");
            }
            TenantId tenant = Input.required(field + ".organizationId", n.organizationId(), TenantId::parse);
            Set<RooftopId> rooftops = n.rooftopIds() == null ? Set.of() : n.rooftopIds().stream()
                    .map(id -> Input.required(field + ".rooftopIds", id, RooftopId::parse))
                    .collect(Collectors.toSet());
            affected.add(new IncidentsUseCase.Affected(tenant, rooftops));
        }
        Instant foundAt = Input.required("foundAt", body.foundAt(), Input::instant);
        Set<String> categories = body.categories() == null ? Set.of() : Set.copyOf(body.categories().stream()
                .map(c -> c == null ? "" : c).toList());
        return Problems.respond(incidents.record(operator, new IncidentsUseCase.Report(body.description(), foundAt,
                categories, affected)), HttpStatus.CREATED, View::of);
    }

    /** The newest incidents, every organization named, for operators. */
    @Get("/operator/incidents")
    HttpResponse<Listed> incidents(Authentication auth, @Nullable @QueryValue @PageLimit String limit) {
        OperatorId operator = operators.require(auth, "read incidents");
        return HttpResponse.ok(new Listed(incidents.latest(operator, Input.limit(limit, 50)).stream().map(View::of)
                .toList()));
    }

    /** The incidents that touched the caller's organization, each with its own entry only (owners, admins). */
    @Get("/incidents")
    HttpResponse<Listed> organizationIncidents(Authentication auth) {
        return Problems.ok(incidents.forOrganization(Principals.actor(auth)),
                all -> new Listed(all.stream().map(View::of).toList()));
    }

    /**
     * The people an incident covers in the caller's organization, with their contact data (audited); {@code
     * format=csv} gives a spreadsheet instead of JSON.
     */
    @Get("/incidents/{id}/people{?format}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Problems.MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "The people the incident covers, with their contact data",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = People.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    HttpResponse<?> incidentPeople(Authentication auth, String id,
                                   @Nullable @QueryValue @PrivacyController.ExportFormat String format) {
        ExportFiles.check(format);
        UUID incident = Input.pathId(id, text -> Ids.parse("id", text));
        Outcome<List<IncidentsUseCase.Person>> people = incidents.people(Principals.actor(auth), incident);
        if ("csv".equals(format) && people instanceof Outcome.Ok<List<IncidentsUseCase.Person>> ok) {
            return ExportFiles.incidentPeople(incident, ok.value());
        }
        return Problems.ok(people, all -> new People(all.stream().map(Person::of).toList()));
    }

    @Serdeable
    record Named(@Nullable String organizationId, @Nullable List<String> rooftopIds) {
    }

    @Serdeable
    record Report(@Nullable String description, @Nullable String foundAt, @Nullable List<String> categories,
                  @Nullable List<Named> organizations) {
    }

    @Serdeable
    record Organization(String organizationId, List<String> rooftopIds) {
    }

    @Serdeable
    record View(String id, String description, Instant foundAt, Instant recordedAt, String recordedBy,
                List<String> categories, List<Organization> organizations) {
        static View of(Incident i) {
            return new View(i.id().toString(), i.description(), i.foundAt(), i.recordedAt(),
                    i.recordedBy().toString(), i.categories().stream().map(Enum::name).sorted().toList(),
                    i.affected().stream().map(a -> new Organization(a.organization().toString(), a.rooftops()
                            .stream().map(r -> r.value().toString()).sorted().toList())).toList());
        }
    }

    @Serdeable
    record Listed(List<View> items) {
    }

    @Serdeable
    record Person(String category, String id, String name, @Nullable String email, @Nullable String phone) {
        static Person of(IncidentsUseCase.Person p) {
            return new Person(p.category().name(), p.id().toString(), p.name(), p.email().orElse(null),
                    p.phone().orElse(null));
        }
    }

    @Serdeable
    record People(List<Person> items) {
    }
}
