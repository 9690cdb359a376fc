package io.admitone.server.roles;

import io.admitone.command.CommandSideModule;
import io.admitone.projections.ProjectionsModule;
import io.admitone.query.QuerySideModule;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Imports each module's configuration when its role is active. */
@Configuration(proxyBeanMethods = false)
class RoleModules {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.COMMAND)
    @Import(CommandSideModule.class)
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.PROJECTIONS)
    @Import(ProjectionsModule.class)
    static class ProjectionsRole {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.QUERY)
    @Import(QuerySideModule.class)
    static class QueryRole {
    }
}
