package org.gigforge.job.internal;

import org.gigforge.job.JobQuery;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** How a saved job search is stored: the query as JSON, without paging (a saved search has no page). */
@Component
public class SavedSearchQueries {

    private final JsonMapper json;

    SavedSearchQueries(JsonMapper json) {
        this.json = json;
    }

    public String write(JobQuery query) {
        return json.writeValueAsString(query.withPage(0, JobQuery.DEFAULT_SIZE));
    }

    public JobQuery read(String stored) {
        return json.readValue(stored, JobQuery.class).withPage(0, JobQuery.DEFAULT_SIZE);
    }
}
