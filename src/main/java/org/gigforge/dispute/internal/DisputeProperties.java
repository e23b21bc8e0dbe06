package org.gigforge.dispute.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Dispute deadlines, under {@code gigforge.disputes}. */
@ConfigurationProperties("gigforge.disputes")
public record DisputeProperties(
        /** How long the other side has to answer before an admin is asked to decide anyway. */
        @DefaultValue("5d") Duration responseWindow,
        /** How long a dispute may wait for an admin's decision before admins get an escalation notice. */
        @DefaultValue("7d") Duration decisionWindow) {}
