package org.ponte.programme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** programme-service: the offices' activities with their participants, and their guides and publications. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProgrammeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProgrammeServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
