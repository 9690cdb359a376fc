package io.admitone.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The command side's beans; the server imports this when it runs the {@code command} role. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CommandSideModule {
}
