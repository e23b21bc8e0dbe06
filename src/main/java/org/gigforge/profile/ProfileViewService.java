package org.gigforge.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.PlanFeature;
import org.gigforge.subscription.SubscriptionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts visits of public freelancer profiles, one row per freelancer and day, for every freelancer (so a new
 * subscriber sees their past month at once); only a plan with {@link PlanFeature#PROFILE_ANALYTICS} shows them.
 * Counts say how many, never who: nothing about the visitor is stored.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProfileViewService {

    public static final int DAYS = 30;

    private final JdbcClient jdbc;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    ProfileViewService(JdbcClient jdbc, SubscriptionService subscriptions, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Counts one view of the freelancer's public profile, unless the freelancer is looking at it themselves. */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean countView(UserId freelancer) {
        if (AccountPrincipal.current().filter(me -> me.userId().equals(freelancer)).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into profile_view_day (freelancer_id, day, views) values (?, ?, 1)
                on conflict (freelancer_id, day) do update set views = profile_view_day.views + 1""")
                .params(freelancer.value(), today()).update();
        return true;
    }

    /** The signed-in freelancer's views of the last {@value #DAYS} days, today included. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public ProfileViews myViews() {
        UserId me = AccountPrincipal.currentUserId();
        if (!subscriptions.entitlementsOf(me).has(PlanFeature.PROFILE_ANALYTICS)) {
            throw new UserFacingException("profile.views.plan-needed");
        }
        LocalDate today = today();
        LocalDate first = today.minusDays(DAYS - 1);
        Map<LocalDate, Integer> counted = jdbc.sql(
                        "select day, views from profile_view_day where freelancer_id = ? and day between ? and ?")
                .params(me.value(), first, today)
                .query((rs, n) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getInt("views")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var days = new ArrayList<ProfileViews.Day>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new ProfileViews.Day(day, counted.getOrDefault(day, 0)));
        }
        return new ProfileViews(days);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
