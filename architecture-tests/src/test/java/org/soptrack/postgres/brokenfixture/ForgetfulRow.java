package org.soptrack.postgres.brokenfixture;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A row class that leaves Micronaut Data to work its column names out again for every row. */
@MappedEntity("forgetful_rows")
public record ForgetfulRow(@Id UUID id, String someColumn) {
}
