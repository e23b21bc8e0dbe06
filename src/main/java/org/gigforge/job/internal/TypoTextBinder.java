package org.gigforge.job.internal;

import java.util.List;
import org.gigforge.search.Analysis;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a job's title, description and skill names into one field, {@link Job.Fields#TYPO_TEXT}, that only typo
 * matching reads: one typo query per word instead of one per field, since building a typo query's automata is most
 * of what a search with typos costs. Exact words still match, and rank, on the fields themselves.
 */
public class TypoTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("description").use("skills");
        IndexFieldReference<String> field = context.indexSchemaElement()
                .field(Job.Fields.TYPO_TEXT, f -> f.asString().analyzer(Analysis.ENGLISH))
                .multiValued()
                .toReference();
        Taxonomy taxonomy = context.beanResolver().resolve(BeanReference.of(Taxonomy.class)).get();
        context.bridge(Job.class, new Bridge(field, taxonomy));
    }

    private record Bridge(IndexFieldReference<String> field, Taxonomy taxonomy) implements TypeBridge<Job> {

        @Override
        public void write(DocumentElement target, Job job, TypeBridgeWriteContext context) {
            List<String> sources = job.typoSources();
            target.addValue(field, sources.get(0));
            target.addValue(field, sources.get(1));
            // Skills by the names people type ("Node.js"), as the skills field has them.
            for (String slug : sources.subList(2, sources.size())) {
                target.addValue(field, taxonomy.skill(slug).map(Skill::name).orElse(slug.replace('-', ' ')));
            }
        }
    }
}
