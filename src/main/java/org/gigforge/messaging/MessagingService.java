package org.gigforge.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.messaging.internal.BlockEntity;
import org.gigforge.messaging.internal.BlockRepository;
import org.gigforge.messaging.internal.ConversationEntity;
import org.gigforge.messaging.internal.ConversationRepository;
import org.gigforge.messaging.internal.MessageEntity;
import org.gigforge.messaging.internal.MessageRepository;
import org.gigforge.messaging.internal.MessageText;
import org.gigforge.messaging.internal.ParticipantEntity;
import org.gigforge.messaging.internal.ParticipantRepository;
import org.gigforge.messaging.internal.ReportEntity;
import org.gigforge.messaging.internal.ReportRepository;
import org.gigforge.platform.ClusterBus;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.LikePattern;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messaging module's API. Only a conversation's two participants read and write it (admins may read, for
 * moderation, but never write). A message is stored and committed before anyone hears of it: the signals that
 * make views update go onto the cluster bus after the commit.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MessagingService {

    /** The longest message, in characters. */
    public static final int MAX_LENGTH = 5_000;
    public static final int MAX_ATTACHMENTS = 5;
    public static final int MAX_REASON = 1_000;
    /** The most messages or conversations one call returns. */
    public static final int MAX_PAGE = 100;
    /** The owner type of message attachments in the files module. */
    static final String ATTACHMENT = "message-attachment";

    private final ConversationRepository conversations;
    private final ParticipantRepository participants;
    private final MessageRepository messages;
    private final BlockRepository blocks;
    private final ReportRepository reports;
    private final JobService jobs;
    private final ProposalService proposals;
    private final ContractService contracts;
    private final AccountService accounts;
    private final FileService files;
    private final PresenceService presence;
    private final ClusterBus bus;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int sendsPerMinute;

    MessagingService(ConversationRepository conversations, ParticipantRepository participants, MessageRepository messages,
            BlockRepository blocks, ReportRepository reports, JobService jobs, ProposalService proposals,
            ContractService contracts, AccountService accounts, FileService files, PresenceService presence, ClusterBus bus,
            ApplicationEventPublisher events, Clock clock, MessagingProperties properties) {
        this.conversations = conversations;
        this.participants = participants;
        this.messages = messages;
        this.blocks = blocks;
        this.reports = reports;
        this.jobs = jobs;
        this.proposals = proposals;
        this.contracts = contracts;
        this.accounts = accounts;
        this.files = files;
        this.presence = presence;
        this.bus = bus;
        this.events = events;
        this.clock = clock;
        this.sendsPerMinute = properties.sendsPerMinute();
    }

    // ---- Opening conversations ----------------------------------------------------------------

    /**
     * The conversation about a job between its client and a freelancer, created the first time either opens it.
     * Only these two may: the client with a freelancer they invited or who applied, the freelancer with the job's
     * client once invited or after applying. Everyone else is refused.
     */
    @PreAuthorize("hasAnyRole('" + Role.Names.CLIENT + "', '" + Role.Names.FREELANCER + "')")
    @Transactional
    public Conversation openJobConversation(JobId jobId, UserId other) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("account.not-signed-in"));
        if (other.equals(me.userId())) {
            throw new UserFacingException("messaging.job.not-connected");
        }
        Optional<JobSummary> myJob = me.hasRole(Role.CLIENT) ? jobs.myJob(jobId) : Optional.empty();
        ConversationEntity conversation;
        if (myJob.isPresent()) {
            boolean applied = !proposals.proposalsBy(jobId, List.of(other)).isEmpty();
            if (!applied && !jobs.isInvited(jobId, other)) {
                throw new UserFacingException("messaging.job.not-connected");
            }
            conversation = findOrCreate(ConversationKind.JOB, jobId.value(), myJob.get().title(), me.userId(), other);
        } else if (me.hasRole(Role.FREELANCER)) {
            JobSummary job = jobs.publishedJobs(List.of(jobId)).get(jobId);
            if (job == null || !job.clientId().equals(other) || (!proposals.haveApplied(jobId) && !jobs.amInvited(jobId))) {
                throw new UserFacingException("messaging.job.not-connected");
            }
            conversation = findOrCreate(ConversationKind.JOB, jobId.value(), job.title(), other, me.userId());
        } else {
            throw new UserFacingException("messaging.job.not-connected");
        }
        return view(conversation, me.userId());
    }

    /** The signed-in freelancer's conversation with the client of a job they applied or were invited to. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public Conversation openJobConversationWithClient(JobId jobId) {
        JobSummary job = jobs.publishedJobs(List.of(jobId)).get(jobId);
        if (job == null) {
            throw new UserFacingException("messaging.job.not-connected");
        }
        return openJobConversation(jobId, job.clientId());
    }

    /** The conversation of a contract between its two parties, created the first time either opens it. */
    @Transactional
    public Conversation openContractConversation(ContractId id) {
        UserId me = AccountPrincipal.currentUserId();
        // Reading the contract as the signed-in member: anyone but its parties (and admins) is told it does not exist.
        Contract contract = contracts.contract(id);
        if (!me.equals(contract.client()) && !me.equals(contract.freelancer())) {
            throw new UserFacingException("messaging.not-participant");
        }
        return view(findOrCreate(ConversationKind.CONTRACT, id.value(), contract.title(), contract.client(),
                contract.freelancer()), me);
    }

    private ConversationEntity findOrCreate(ConversationKind kind, long subject, String title, UserId client,
            UserId freelancer) {
        conversations.insertIfAbsent(kind.name(), subject, title.length() > 200 ? title.substring(0, 200) : title,
                client.value(), freelancer.value(), clock.instant());
        ConversationEntity conversation = conversations.findByKindAndSubjectIdAndClientIdAndFreelancerId(kind, subject,
                client.value(), freelancer.value()).orElseThrow();
        long id = conversation.id().value();
        participants.insertIfAbsent(id, client.value());
        participants.insertIfAbsent(id, freelancer.value());
        return conversation;
    }

    // ---- Reading ------------------------------------------------------------------------------

    /** The signed-in member's conversations, the most recently active first, with unread counts. */
    public List<Conversation> myConversations(int limit) {
        UserId me = AccountPrincipal.currentUserId();
        var found = conversations.findByParticipant(me.value(), PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE)));
        Map<Long, Long> unread = new HashMap<>();
        participants.unreadByConversation(me.value()).forEach(row -> unread.put((Long) row[0], (Long) row[1]));
        Map<UserId, String> names = accounts.publicNames(found.stream().map(c -> c.other(me)).collect(Collectors.toSet()));
        Map<JobId, JobSummary> jobPages = jobs.publishedJobs(found.stream().filter(c -> c.kind() == ConversationKind.JOB)
                .map(c -> new JobId(c.subjectId())).collect(Collectors.toSet()));
        return found.stream().map(c -> new Conversation(c.id(), c.kind(), c.subjectId(), c.title(), link(c, jobPages),
                c.client(), c.freelancer(), c.other(me), names.getOrDefault(c.other(me), ""), c.lastMessageAt(),
                unread.getOrDefault(c.id().value(), 0L), 0, true)).toList();
    }

    /** One conversation, for its participants and admins; anyone else is told it does not exist. */
    public Conversation conversation(ConversationId id) {
        return view(readable(id), AccountPrincipal.currentUserId());
    }

    /** Unread messages across all the signed-in member's conversations, for the navigation badge. */
    public long unreadTotal() {
        return participants.unreadTotal(AccountPrincipal.currentUserId().value());
    }

    /** The newest messages before {@code before} (all newest when null), oldest first: history loaded upwards. */
    public List<ChatMessage> history(ConversationId id, @Nullable MessageId before, int limit) {
        ConversationEntity conversation = readable(id);
        var page = messages.findOlder(conversation.id().value(), before == null ? Long.MAX_VALUE : before.value(),
                PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE)));
        var oldestFirst = new ArrayList<>(page);
        Collections.reverse(oldestFirst);
        return views(oldestFirst, conversation);
    }

    /** The messages after {@code after}, oldest first: what an open view missed (it asks again for more). */
    public List<ChatMessage> since(ConversationId id, MessageId after) {
        ConversationEntity conversation = readable(id);
        return views(messages.findNewer(conversation.id().value(), after.value(), PageRequest.of(0, MAX_PAGE)), conversation);
    }

    /** Messages containing the words (ignoring case), newest first. */
    public List<ChatMessage> search(ConversationId id, String text, int limit) {
        ConversationEntity conversation = readable(id);
        if (text.isBlank()) {
            return List.of();
        }
        return views(messages.search(conversation.id().value(), LikePattern.containing(text),
                PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE))), conversation);
    }

    // ---- Writing ------------------------------------------------------------------------------

    /**
     * Sends a message: text (at most {@value #MAX_LENGTH} characters, kept as plain text and made safe when shown)
     * and up to {@value #MAX_ATTACHMENTS} of the sender's own uploads. Refused when empty, too long, between members
     * who blocked each other, or beyond the sender's rate ({@code gigforge.messaging.sends-per-minute}).
     */
    @Transactional
    public ChatMessage send(ConversationId id, String text, List<FileId> attachments) {
        UserId me = AccountPrincipal.currentUserId();
        ConversationEntity conversation = writable(id, me);
        String body = clean(text);
        if (body.isEmpty() && attachments.isEmpty()) {
            throw InvalidInputException.of("text", "messaging.text.empty");
        }
        if (body.length() > MAX_LENGTH) {
            throw InvalidInputException.of("text", "messaging.text.too-long", MAX_LENGTH);
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw InvalidInputException.of("attachments", "messaging.attachments.too-many", MAX_ATTACHMENTS);
        }
        UserId other = conversation.other(me);
        requireNotBlocked(me, other);
        Instant now = clock.instant();
        if (messages.countBySenderIdAndSentAtAfter(me.value(), now.minus(Duration.ofMinutes(1))) >= sendsPerMinute) {
            throw new UserFacingException("messaging.rate-limited", sendsPerMinute);
        }
        for (FileId file : attachments) {
            var stored = files.find(file).orElseThrow(() -> InvalidInputException.of("attachments", "file.not-found"));
            if (stored.kind() != FileKind.ATTACHMENT && stored.kind() != FileKind.DOCUMENT) {
                throw InvalidInputException.of("attachments", "messaging.attachments.kind");
            }
        }
        var findings = OffPlatformDetector.detect(body);
        var message = messages.saveAndFlush(new MessageEntity(conversation.id(), me, body,
                OffPlatformDetector.encode(findings), attachments.size(), now));
        var owner = FileOwner.of(ATTACHMENT, message.id());
        attachments.forEach(file -> files.attach(file, owner));
        conversation.messageAt(now);
        // The sender has read what they wrote: their own messages never count as unread.
        participant(conversation, me).readUpTo(message.id().value(), now);
        events.publishEvent(new MessagingSignal.MessagePosted(conversation.id().value(), message.id().value(), me.value(),
                recipients(conversation)));
        if (presence.presenceOf(other).state() != Presence.State.ONLINE) {
            String senderName = accounts.publicNames(List.of(me)).getOrDefault(me, "");
            events.publishEvent(new MessageReceivedWhileAway(conversation.id(), message.id(), other, me, senderName,
                    conversation.title()));
        }
        return views(List.of(message), conversation).getFirst();
    }

    /** Moves the signed-in participant's read receipt up to a message; the other side sees "seen" live. */
    @Transactional
    public void markRead(ConversationId id, MessageId upTo) {
        UserId me = AccountPrincipal.currentUserId();
        ConversationEntity conversation = conversations.findById(id.value()).filter(c -> c.isParticipant(me))
                .orElseThrow(() -> new UserFacingException("messaging.not-found"));
        Long newest = messages.newestId(conversation.id().value());
        long target = Math.min(upTo.value(), newest == null ? 0 : newest);
        if (participant(conversation, me).readUpTo(target, clock.instant())) {
            events.publishEvent(new MessagingSignal.ReadUpTo(conversation.id().value(), me.value(), target,
                    recipients(conversation)));
        }
    }

    /** Tells the other participant's open views that the signed-in member is typing. Nothing is stored. */
    public void typing(ConversationId id) {
        UserId me = AccountPrincipal.currentUserId();
        ConversationEntity conversation = conversations.findById(id.value()).filter(c -> c.isParticipant(me))
                .orElseThrow(() -> new UserFacingException("messaging.not-found"));
        bus.publish(MessagingSignal.TOPIC, new MessagingSignal.Typing(conversation.id().value(), me.value(),
                Set.of(conversation.other(me).value())));
    }

    // ---- Blocking and reporting ---------------------------------------------------------------

    /** The signed-in member blocks someone: no messages either way until they unblock. */
    @Transactional
    public void block(UserId other) {
        UserId me = AccountPrincipal.currentUserId();
        if (other.equals(me)) {
            throw new UserFacingException("messaging.block.self");
        }
        if (!blocks.existsByBlockerIdAndBlockedId(me.value(), other.value())) {
            blocks.save(new BlockEntity(me.value(), other.value(), clock.instant()));
        }
    }

    @Transactional
    public void unblock(UserId other) {
        UserId me = AccountPrincipal.currentUserId();
        blocks.findByBlockerIdAndBlockedId(me.value(), other.value()).ifPresent(blocks::delete);
    }

    public BlockState blockState(UserId other) {
        UserId me = AccountPrincipal.currentUserId();
        if (blocks.existsByBlockerIdAndBlockedId(me.value(), other.value())) {
            return BlockState.BY_ME;
        }
        return blocks.existsByBlockerIdAndBlockedId(other.value(), me.value()) ? BlockState.BY_THEM : BlockState.NONE;
    }

    /** Reports a message of the other participant to the admins. */
    @Transactional
    public ReportId reportMessage(MessageId id, String reason) {
        UserId me = AccountPrincipal.currentUserId();
        MessageEntity message = messages.findById(id.value())
                .filter(m -> conversations.isParticipantOfMessage(m.id().value(), me.value()))
                .orElseThrow(() -> new UserFacingException("messaging.not-found"));
        if (message.sender().equals(me)) {
            throw new UserFacingException("messaging.report.own");
        }
        return reports.save(new ReportEntity(me, message.sender(), message.conversation(), message.id(), reason(reason),
                clock.instant())).id();
    }

    /** Reports the other participant of a conversation (their behaviour, not one message) to the admins. */
    @Transactional
    public ReportId reportUser(ConversationId id, String reason) {
        UserId me = AccountPrincipal.currentUserId();
        ConversationEntity conversation = writable(id, me);
        return reports.save(new ReportEntity(me, conversation.other(me), conversation.id(), null, reason(reason),
                clock.instant())).id();
    }

    /** The moderation queue, newest first; only unresolved reports unless {@code onlyOpen} is false. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<MessageReport> reports(boolean onlyOpen, Pageable page) {
        var found = reports.findForModeration(onlyOpen, Paging.capped(page, MAX_PAGE));
        Set<UserId> people = new HashSet<>();
        found.forEach(r -> {
            people.add(r.reporter());
            people.add(r.reported());
        });
        Map<UserId, String> names = accounts.publicNames(people);
        Map<Long, String> texts = messages.findAllById(found.stream().map(ReportEntity::message).filter(Objects::nonNull)
                .map(MessageId::value).toList()).stream()
                .collect(Collectors.toMap(m -> m.id().value(), MessageEntity::body));
        return found.stream().map(r -> new MessageReport(r.id(), r.reporter(), names.getOrDefault(r.reporter(), ""),
                r.reported(), names.getOrDefault(r.reported(), ""), r.conversation(), r.message(),
                r.message() == null ? null : texts.get(r.message().value()), r.reason(), r.createdAt(), r.resolvedAt(),
                r.resolution())).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countReports(boolean onlyOpen) {
        return reports.countForModeration(onlyOpen);
    }

    /** An admin closes a report with a note of what they did. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public void resolveReport(ReportId id, String note) {
        String text = note.strip();
        if (text.length() > MAX_REASON) {
            throw InvalidInputException.of("note", "messaging.report.too-long", MAX_REASON);
        }
        reports.findById(id.value()).orElseThrow(() -> new UserFacingException("messaging.not-found"))
                .resolve(AccountPrincipal.currentUserId(), text, clock.instant());
    }

    // ---- Helpers ------------------------------------------------------------------------------

    private static String reason(String reason) {
        String text = reason.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("reason", "messaging.report.reason-required");
        }
        if (text.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "messaging.report.too-long", MAX_REASON);
        }
        return text;
    }

    /** Line breaks normalised, control characters (other than line breaks and tabs) dropped, outer blanks trimmed. */
    private static String clean(@Nullable String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    }

    private void requireNotBlocked(UserId me, UserId other) {
        if (blocks.existsByBlockerIdAndBlockedId(me.value(), other.value())) {
            throw new UserFacingException("messaging.blocked.by-you");
        }
        if (blocks.existsByBlockerIdAndBlockedId(other.value(), me.value())) {
            throw new UserFacingException("messaging.blocked.by-them");
        }
    }

    private ConversationEntity readable(ConversationId id) {
        var viewer = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("messaging.not-found"));
        return conversations.findById(id.value())
                .filter(c -> c.isParticipant(viewer.userId()) || viewer.hasRole(Role.ADMIN))
                .orElseThrow(() -> new UserFacingException("messaging.not-found"));
    }

    /** A conversation the member takes part in; an admin who may only read it is told so. */
    private ConversationEntity writable(ConversationId id, UserId me) {
        ConversationEntity conversation = readable(id);
        if (!conversation.isParticipant(me)) {
            throw new UserFacingException("messaging.not-participant");
        }
        return conversation;
    }

    private ParticipantEntity participant(ConversationEntity conversation, UserId user) {
        return participants.findByConversationIdAndUserId(conversation.id().value(), user.value()).orElseGet(() -> {
            participants.insertIfAbsent(conversation.id().value(), user.value());
            return participants.findByConversationIdAndUserId(conversation.id().value(), user.value()).orElseThrow();
        });
    }

    private static Set<Long> recipients(ConversationEntity conversation) {
        return Set.of(conversation.client().value(), conversation.freelancer().value());
    }

    private static String link(ConversationEntity c, Map<JobId, JobSummary> jobPages) {
        if (c.kind() == ConversationKind.CONTRACT) {
            return "contracts/" + c.subjectId();
        }
        JobSummary job = jobPages.get(new JobId(c.subjectId()));
        return job != null ? job.path() : "jobs/" + c.subjectId();
    }

    private Conversation view(ConversationEntity c, UserId viewer) {
        UserId other = c.other(viewer);
        boolean participant = c.isParticipant(viewer);
        var receipts = participants.findByConversationId(c.id().value()).stream()
                .collect(Collectors.toMap(ParticipantEntity::userId, ParticipantEntity::lastReadMessageId));
        long unread = participant ? messages.countByConversationIdAndIdGreaterThanAndSenderIdNot(c.id().value(),
                receipts.getOrDefault(viewer.value(), 0L), viewer.value()) : 0;
        Map<JobId, JobSummary> jobPages = c.kind() == ConversationKind.JOB
                ? jobs.publishedJobs(List.of(new JobId(c.subjectId()))) : Map.of();
        return new Conversation(c.id(), c.kind(), c.subjectId(), c.title(), link(c, jobPages), c.client(), c.freelancer(),
                other, accounts.publicNames(List.of(other)).getOrDefault(other, ""), c.lastMessageAt(), unread,
                receipts.getOrDefault(other.value(), 0L), participant);
    }

    private List<ChatMessage> views(List<MessageEntity> list, ConversationEntity conversation) {
        Map<UserId, String> names = accounts.publicNames(List.of(conversation.client(), conversation.freelancer()));
        return list.stream().map(m -> {
            List<StoredFile> attached = m.attachments() == 0 ? List.of() : files.filesOf(FileOwner.of(ATTACHMENT, m.id()));
            return new ChatMessage(m.id(), m.conversation(), m.sender(), names.getOrDefault(m.sender(), ""), m.body(),
                    MessageText.toSafeHtml(m.body()), m.sentAt(), attached, OffPlatformDetector.decode(m.warnings()));
        }).toList();
    }
}
