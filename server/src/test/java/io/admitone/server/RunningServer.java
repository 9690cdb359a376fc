package io.admitone.server;

import io.admitone.server.security.AccessTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A server started the way {@code java -jar} starts it, for tests that stop and start it again. */
public final class RunningServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningServer start(Map<String, String> properties) {
        AdmitOneServer.quietLibraries();
        Map<String, String> all = new HashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningServer(new SpringApplicationBuilder(AdmitOneServer.class).run(arguments));
    }

    public WebTestClient http() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** The same client, signed in as a platform admin with a token this server signed. */
    public WebTestClient admin() {
        String token = AccessTokens.platformAdmin(context.getBean(JwtEncoder.class));
        return http().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
