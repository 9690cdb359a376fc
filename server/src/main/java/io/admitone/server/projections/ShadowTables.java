package io.admitone.server.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * The shadow copies in {@code read_rebuild} of a projection's {@code read} tables: created with the live tables'
 * columns, defaults, constraints and indexes, their row-level security, policies and grants; moved into {@code read}
 * in place of the live ones.
 */
@Component
class ShadowTables {

    private static final String GRANTS = """
            select format('grant %s on read_rebuild.%I to %I', privilege_type, table_name, grantee)
            from information_schema.role_table_grants
            where table_schema = 'read' and table_name = :table and grantee <> current_user
            union all
            select format('grant %s (%s) on read_rebuild.%I to %I', privilege_type,
                          string_agg(quote_ident(column_name), ', '), table_name, grantee)
            from information_schema.column_privileges column_grant
            where table_schema = 'read' and table_name = :table and grantee <> current_user
              and not exists (select from information_schema.role_table_grants table_grant
                              where table_grant.table_schema = 'read' and table_grant.table_name = :table
                                and table_grant.grantee = column_grant.grantee
                                and table_grant.privilege_type = column_grant.privilege_type)
            group by privilege_type, table_name, grantee""";
    private static final String ROW_SECURITY = """
            select format('alter table read_rebuild.%I enable row level security', relname)
            from pg_class where oid = format('read.%I', :table)::regclass and relrowsecurity
            union all
            select format('alter table read_rebuild.%I force row level security', relname)
            from pg_class where oid = format('read.%I', :table)::regclass and relforcerowsecurity
            union all
            select format('create policy %I on read_rebuild.%I as %s for %s to %s %s %s', policyname, tablename,
                          permissive, cmd, (select string_agg(quote_ident(role), ', ') from unnest(roles) role),
                          'using (' || qual || ')', 'with check (' || with_check || ')')
            from pg_policies where schemaname = 'read' and tablename = :table""";

    private final JdbcClient jdbc;

    ShadowTables(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Drops every table left in {@code read_rebuild}, then copies the given ones there, empty. */
    void create(List<String> tables) {
        dropAll();
        for (String table : tables) {
            execute(quoted("create table read_rebuild.%I (like read.%I including all)", table));
            jdbc.sql(ROW_SECURITY).param("table", table).query(String.class).list().forEach(this::execute);
            jdbc.sql(GRANTS).param("table", table).query(String.class).list().forEach(this::execute);
        }
    }

    /** Puts the shadow tables in place of the live ones; atomic within the caller's transaction. */
    void swap(List<String> tables) {
        for (String table : tables) {
            execute(quoted("drop table read.%I", table));
            execute(quoted("alter table read_rebuild.%I set schema read", table));
        }
    }

    void dropAll() {
        jdbc.sql("select format('drop table read_rebuild.%I', tablename) from pg_tables where schemaname = 'read_rebuild'")
                .query(String.class).list().forEach(this::execute);
    }

    /** Formats a statement naming one table, quoted as PostgreSQL's {@code format('%I')} does. */
    private String quoted(String format, String table) {
        return jdbc.sql("select format(:format, :table, :table)").param("format", format).param("table", table)
                .query(String.class).single();
    }

    private void execute(String statement) {
        jdbc.sql(statement).update();
    }
}
