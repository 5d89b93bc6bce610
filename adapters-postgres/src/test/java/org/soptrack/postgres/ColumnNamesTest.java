package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.model.naming.NamingStrategies;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNamesTest {

    private final NamingStrategies.UnderScoreSeparatedLowerCase defaults = new NamingStrategies.UnderScoreSeparatedLowerCase();

    @Test
    void row_classes_read_with_the_remembering_strategy_and_the_default_names() {
        for (Class<?> row : List.of(SpecialOrderRow.class, TransitionRow.class, SessionRow.class, CustomerRow.class)) {
            RuntimePersistentEntity<?> entity = new RuntimePersistentEntity<>(row);
            assertThat(entity.getNamingStrategy()).as(row.getSimpleName()).isInstanceOf(ColumnNames.class);
            assertThat(entity.getPersistentProperties()).isNotEmpty();
            for (RuntimePersistentProperty<?> property : entity.getPersistentProperties()) {
                String name = entity.getNamingStrategy().mappedName(property);
                assertThat(name).isEqualTo(defaults.mappedName(property));
                assertThat(entity.getNamingStrategy().mappedName(property)).isSameAs(name);
            }
        }
        RuntimePersistentEntity<?> orders = new RuntimePersistentEntity<>(SpecialOrderRow.class);
        assertThat(orders.getNamingStrategy().mappedName(orders.getPropertyByName("createdByKind")))
                .isEqualTo("created_by_kind");
    }
}
