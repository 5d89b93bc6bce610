package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.TenantId;

/** The tenant is set transaction-locally, as a bound parameter, and only inside a transaction. */
class TenantSettingTest {

    private final List<String> calls = new ArrayList<>();

    private Connection connection(boolean autoCommit) {
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? "" : " " + List.of(args)));
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAutoCommit" -> autoCommit;
                    case "prepareStatement" -> {
                        calls.add("prepare " + args[0]);
                        yield statement;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void sets_the_tenant_for_this_transaction_only() throws Exception {
        UUID tenant = UUID.randomUUID();
        TenantSetting.apply(connection(false), TenantId.of(tenant));
        assertThat(calls).containsExactly("prepare select set_config('app.tenant_id', ?, true)",
                "setString [1, " + tenant + "]", "execute", "close");
    }

    @Test
    void refuses_a_connection_outside_a_transaction() {
        assertThatThrownBy(() -> TenantSetting.apply(connection(true), TenantId.of(UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(calls).isEmpty();
    }
}
