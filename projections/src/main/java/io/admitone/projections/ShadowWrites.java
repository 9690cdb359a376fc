package io.admitone.projections;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Sends the jOOQ statements of a thread that rebuilds a projection to its shadow tables: {@code "read"."t"} becomes
 * {@code "read_rebuild"."t"} for each table {@code t} the projection owns, and only on that thread, so the
 * projections' handlers keep their one {@link org.jooq.DSLContext} and read the live tables of other projections.
 * Other threads pay one thread-local read per statement. The server's projection rebuild runs its work through
 * {@link #intoShadowTables}.
 */
@Configuration(proxyBeanMethods = false)
public class ShadowWrites {

    private static final ThreadLocal<List<String>> SHADOWED = new ThreadLocal<>();

    public static <T> T intoShadowTables(List<String> tables, Callable<T> work) throws Exception {
        SHADOWED.set(tables);
        try {
            return work.call();
        } finally {
            SHADOWED.remove();
        }
    }

    @Bean
    DefaultExecuteListenerProvider shadowTablesListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void renderEnd(ExecuteContext context) {
                List<String> tables = SHADOWED.get();
                if (tables != null && context.sql() != null) {
                    String sql = context.sql();
                    for (String table : tables) {
                        sql = sql.replace("\"read\".\"" + table + "\"", "\"read_rebuild\".\"" + table + "\"");
                    }
                    context.sql(sql);
                }
            }
        });
    }
}
