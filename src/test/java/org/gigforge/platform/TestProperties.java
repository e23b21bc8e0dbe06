package org.gigforge.platform;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Settings for tests that build objects by hand: the defaults, bound exactly as the application binds them. */
public final class TestProperties {

    private TestProperties() {}

    public static GigforgeProperties defaults() {
        return with(Map.of());
    }

    /** The defaults with some settings changed, given as {@code gigforge.*} keys. */
    public static GigforgeProperties with(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("gigforge", GigforgeProperties.class);
    }
}
