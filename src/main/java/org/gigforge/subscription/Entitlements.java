package org.gigforge.subscription;

import java.util.List;
import java.util.Set;

/**
 * What a member may do now, from the free limits and the plans they are entitled to.
 *
 * @param openJobs the most open jobs they may have ({@link #UNLIMITED}: no limit)
 * @param plans codes of the plans that entitle them now
 */
public record Entitlements(int openJobs, Set<PlanFeature> features, List<String> plans) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Entitlements {
        features = Set.copyOf(features);
        plans = List.copyOf(plans);
    }

    public boolean has(PlanFeature feature) {
        return features.contains(feature);
    }
}
