package org.gigforge.taxonomy;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.springframework.stereotype.Component;

/** Indexes a skill by its name ("Node.js"), which is what people type, instead of its slug ("node-js"). */
@Component
public class SkillNameBridge implements ValueBridge<String, String> {

    private final Taxonomy taxonomy;

    public SkillNameBridge(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public String toIndexedValue(String slug, ValueBridgeToIndexedValueContext context) {
        return taxonomy.skill(slug).map(Skill::name).orElse(slug.replace('-', ' '));
    }
}
