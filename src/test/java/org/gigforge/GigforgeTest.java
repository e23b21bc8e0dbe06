package org.gigforge;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a throw-away embedded PostgreSQL (any free port) with the demo data
 * seeded, uploads kept in a throw-away folder outside the project, and a {@link TestClock} that tests
 * may stop and move. Every test class that uses it
 * shares one cached context, so the suite starts the app once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=true",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.store=local",
    // The push service of the tests is a plain HTTP server on 127.0.0.1.
    "gigforge.push.allow-insecure-endpoints=true",
    "gigforge.files.local-dir=${java.io.tmpdir}/" + TestFilesConfiguration.PREFIX + "${random.uuid}"
})
@Import({TestFilesConfiguration.class, TestClock.Configuration.class})
@ExtendWith(ContextSecurityStrategy.class)
public @interface GigforgeTest {}
