package org.gigforge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.gigforge.TestAccounts;
import org.gigforge.mail.MailEvents;
import org.gigforge.mail.SmtpMailTest;
import org.gigforge.mail.SuppressionReason;
import org.gigforge.notification.Channel;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationType;
import org.gigforge.notification.internal.Notifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The bounce webhook and the one-click unsubscribe through the API's stateless filter chain, without a session. */
class MailWebhookApiTest extends SmtpMailTest {

    @Autowired WebApplicationContext context;
    @Autowired MailEvents mailEvents;
    @Autowired NotificationPreferences preferences;
    @Autowired UserDetailsService users;

    private MockMvc api;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void a_bounce_event_with_the_secret_suppresses_the_address() throws Exception {
        String address = TestAccounts.uniqueEmail("webhook-bounce");
        api.perform(post("/api/v1/mail/events").header("X-Mail-Webhook-Secret", WEBHOOK_SECRET)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"email": "%s", "event": "bounce", "type": "bounce", "reason": "550 no such user",
                                  "timestamp": 1700000000},
                                 {"email": "%s", "event": "bounce", "type": "blocked"}]""".formatted(address, "soft-" + address)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(1))
                .andExpect(jsonPath("$.ignored").value(1));

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(mailEvents.suppression(address)).contains(SuppressionReason.HARD_BOUNCE);
        assertThat(mailEvents.suppression("soft-" + address)).isEmpty();
    }

    @Test
    void without_the_secret_or_with_bad_input_the_webhook_refuses_with_problem_details() throws Exception {
        String address = TestAccounts.uniqueEmail("webhook-refused");
        String body = "[{\"email\": \"" + address + "\", \"event\": \"spamreport\"}]";
        api.perform(post("/api/v1/mail/events").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.perform(post("/api/v1/mail/events").header("X-Mail-Webhook-Secret", "guess")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        api.perform(post("/api/v1/mail/events").header("X-Mail-Webhook-Secret", WEBHOOK_SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.perform(post("/api/v1/mail/events").header("X-Mail-Webhook-Secret", WEBHOOK_SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"event\": \"bounce\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].parameter").value("[0].email"));

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(mailEvents.suppression(address)).isEmpty();
    }

    @Test
    void one_click_unsubscribe_posts_without_a_session_and_turns_the_type_off() throws Exception {
        var member = verifiedMember("one-click", "Otto Oneclick", Locale.ENGLISH);
        Notifier notifier = context.getBean(Notifier.class);
        notifier.notify(member.id(), NotificationType.REVIEW_PUBLISHED, "notification.review-published",
                List.of("Carla Client"), "contracts/1/review", "");
        deliver();
        String header = mailsTo(member.email()).getLast().getHeader("List-Unsubscribe")[0];
        String url = header.substring(1, header.length() - 1).replace(PUBLIC_URL, "");

        api.perform(post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unsubscribed").value("REVIEW_PUBLISHED"));
        assertThat(preferences.enabled(member.id(), NotificationType.REVIEW_PUBLISHED, Channel.EMAIL)).isFalse();

        api.perform(post("/api/v1/mail/unsubscribe").param("token", "1.MESSAGE.forged"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
