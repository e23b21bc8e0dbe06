package org.gigforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class SearchIndexServiceTest {

    @Autowired SearchIndexService index;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void only_admins_start_a_reindex_and_a_second_request_joins_the_pending_one() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(index::startReindex).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(index::progress).isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        // Background jobs do not run in this context: the run stays queued, and asking again returns it.
        var first = index.startReindex();
        assertThat(first.state()).isEqualTo(ReindexProgress.State.QUEUED);
        assertThat(index.startReindex().id()).isEqualTo(first.id());
        assertThat(index.progress()).contains(first);
    }
}
