package io.admitone.query.access;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The lookups that authentication needs on every instance, whatever its roles: the server's security imports
 * this module, and {@code QuerySideModule} leaves the package out of its own scan.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class AccessModule {
}
