package org.gigforge.profile;

import java.util.List;

/** Everything a freelancer's public page shows: the card, languages, history and portfolio. Never the email or resume. */
public record FreelancerPage(FreelancerCard card, List<LanguageSkill> languages, List<Employment> employment,
        List<PortfolioItem> portfolio) {}
