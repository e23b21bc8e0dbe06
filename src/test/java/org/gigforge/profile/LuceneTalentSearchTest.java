package org.gigforge.profile;

/** Talent search on the embedded Lucene backend (the default), with a throw-away index folder. */
class LuceneTalentSearchTest extends TalentSearchContract {}
