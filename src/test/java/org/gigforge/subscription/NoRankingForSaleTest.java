package org.gigforge.subscription;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.junit.jupiter.api.Test;

/**
 * Premium never buys ranking: nothing that indexes or ranks jobs and freelancers knows about subscriptions — not the
 * search module, not the indexed entities, not the search services and their indexing — so no plan can change
 * what anyone finds or in which order.
 */
class NoRankingForSaleTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gigforge");

    @Test
    void search_and_ranking_do_not_depend_on_subscriptions() {
        noClasses().that(describe("index or rank jobs or freelancers", NoRankingForSaleTest::ranks))
                .should().dependOnClassesThat().resideInAPackage("org.gigforge.subscription..")
                .check(CLASSES);
    }

    @Test
    void the_rule_sees_the_classes_that_rank() {
        // Guards the rule itself: it would pass vacuously if it matched nothing.
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().filter(NoRankingForSaleTest::ranks)
                        .map(JavaClass::getSimpleName))
                .contains("JobSearchService", "TalentSearchService", "JobIndexing", "ProfileIndexing", "Job",
                        "FreelancerProfile", "SearchIndexService");
    }

    private static boolean ranks(JavaClass type) {
        String name = type.getSimpleName();
        return type.getPackageName().startsWith("org.gigforge.search")
                || type.isAnnotatedWith(Indexed.class)
                || (!type.getPackageName().contains(".ui") && (name.contains("Search") || name.contains("Index")
                        || name.endsWith("Query")));
    }
}
