package io.admitone.projections;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The projections' beans; the server imports this when it runs the {@code projections} role. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class ProjectionsModule {
}
