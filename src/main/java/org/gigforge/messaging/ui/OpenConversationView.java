package org.gigforge.messaging.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.gigforge.job.JobId;
import org.gigforge.messaging.Conversation;
import org.gigforge.messaging.MessagingService;
import org.gigforge.platform.UserFacingException;

/**
 * Where the "Message" buttons of other modules lead, by address (so those modules need not know this one):
 * {@code messages/job/<job>/<other member>}, {@code messages/job/<job>} (a freelancer with the job's client) and
 * {@code messages/contract/<contract>} open the conversation, creating it the first time, and forward to it. The
 * service decides who may.
 */
@Route("messages/job/:jobId/:userId")
@RouteAlias("messages/job/:jobId")
@RouteAlias("messages/contract/:contractId")
@RolesAllowed({Role.Names.CLIENT, Role.Names.FREELANCER})
public class OpenConversationView extends Div implements BeforeEnterObserver {

    private final transient MessagingService messaging;

    OpenConversationView(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        try {
            var contract = parameters.getLong("contractId");
            var job = parameters.getLong("jobId").map(JobId::new);
            var other = parameters.getLong("userId").map(UserId::new);
            Conversation conversation;
            if (contract.isPresent()) {
                conversation = messaging.openContractConversation(new ContractId(contract.get()));
            } else if (job.isPresent() && other.isPresent()) {
                conversation = messaging.openJobConversation(job.get(), other.get());
            } else if (job.isPresent()) {
                conversation = messaging.openJobConversationWithClient(job.get());
            } else {
                throw new UserFacingException("messaging.not-found");
            }
            event.forwardTo("messages/" + conversation.id());
        } catch (UserFacingException refused) {
            event.rerouteToError(NotFoundException.class, getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
