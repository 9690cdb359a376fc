package io.admitone.server.roles;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Deadlines are executed by the process that owns the aggregates, so the persistent scheduler only polls
 * in processes with the command role (unless {@code db-scheduler.enabled} is set explicitly).
 */
class RoleDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean command = Roles.from(environment).has(Role.COMMAND);
        environment.getPropertySources().addLast(
                new MapPropertySource("admitone-role-defaults", Map.of("db-scheduler.enabled", command)));
    }
}
