package org.gigforge.mail;

import java.util.List;
import java.util.Optional;
import org.gigforge.mail.internal.MailMessage;
import org.gigforge.mail.internal.MailMessageRepository;
import org.gigforge.platform.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every written mail, for admins: the outbox of the embedded mode and the delivery log with SMTP. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class MailOutbox {

    public static final int MAX_PAGE = 200;

    private final MailMessageRepository mails;

    MailOutbox(MailMessageRepository mails) {
        this.mails = mails;
    }

    public List<MailRecord> find(Pageable page) {
        return mails.findAll(Paging.capped(page, MAX_PAGE)).map(MailMessage::toRecord).getContent();
    }

    public long count() {
        return mails.count();
    }

    public Optional<MailRecord> mail(long id) {
        return mails.findById(id).map(MailMessage::toRecord);
    }
}
