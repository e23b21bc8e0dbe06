package org.gigforge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Gigforge: the freelance marketplace. */
@SpringBootApplication
public class GigforgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(GigforgeApplication.class, args);
    }
}
