package org.gigforge.profile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gigforge.account.AccountService;
import org.gigforge.account.UserId;
import org.gigforge.profile.internal.FreelancerProfile;
import org.gigforge.profile.internal.FreelancerProfileRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The profiles module's API. Public profile data only: no emails, no private files. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProfileService {

    public static final int MAX_PAGE_SIZE = 100;

    private final FreelancerProfileRepository freelancers;
    private final AccountService accounts;

    ProfileService(FreelancerProfileRepository freelancers, AccountService accounts) {
        this.freelancers = freelancers;
        this.accounts = accounts;
    }

    /** Freelancers for clients to browse: available ones first. */
    public List<FreelancerCard> browseFreelancers(Pageable page) {
        var profiles = freelancers.findForBrowsing(
                PageRequest.of(page.isPaged() ? page.getPageNumber() : 0,
                        Math.min(page.isPaged() ? page.getPageSize() : MAX_PAGE_SIZE, MAX_PAGE_SIZE)));
        Map<UserId, String> names = accounts.publicNames(
                profiles.stream().map(FreelancerProfile::userId).collect(Collectors.toSet()));
        return profiles.stream().map(p -> p.card(names.getOrDefault(p.userId(), ""))).toList();
    }

    public long countFreelancers() {
        return freelancers.count();
    }
}
