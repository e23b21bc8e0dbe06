package org.gigforge.job;

/** Job search on the embedded Lucene backend (the default), with a throw-away index folder. */
class LuceneJobSearchTest extends JobSearchContract {}
