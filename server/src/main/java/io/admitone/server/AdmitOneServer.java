package io.admitone.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AdmitOneServer {

    public static void main(String[] args) {
        SpringApplication.run(AdmitOneServer.class, args);
    }
}
