package org.gigforge.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.payment.LedgerFilter;
import org.gigforge.payment.LedgerTotal;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Documents issued from the ledger: gap-free numbers under concurrent charges, totals equal to the ledger's, tax
 * by the buyer's details, credit notes for refunds, the PDF's content, and who may read a document.
 */
@GigforgeTest
class BillingTest {

    private static final AtomicLong CONTRACTS = new AtomicLong();

    @Autowired BillingService billing;
    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;
    @Autowired WebApplicationContext context;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired java.time.Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void eight_parallel_charges_get_consecutive_receipt_and_fee_numbers_without_gaps() throws Exception {
        var client = newMember("client", Role.CLIENT);
        var freelancer = newMember("freelancer", Role.FREELANCER);
        int threads = 8;
        var refs = new ArrayList<EscrowRef>();
        for (int i = 0; i < threads; i++) {
            refs.add(new EscrowRef(newRef(), client.id(), freelancer.id()));
        }
        var ready = new CountDownLatch(threads);
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (EscrowRef ref : refs) {
                futures.add(pool.submit(() -> {
                    TestAccounts.signInAs(users, client.email());
                    ready.countDown();
                    go.await();
                    try {
                        return payments.fund(IdempotencyKey.of("fund:" + ref.contractRef()), ref, Money.ofMajor(100, "EUR"),
                                "Parallel");
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (var future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        String contracts = refs.stream().map(ref -> "'" + ref.contractRef() + "'").collect(Collectors.joining(","));
        List<Long> receipts = jdbc.queryForList("select sequence from invoice where kind = 'RECEIPT' and contract_ref in ("
                + contracts + ") order by sequence", Long.class);
        assertThat(receipts).hasSize(threads).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from invoice where kind = 'CLIENT_FEE' and contract_ref in ("
                + contracts + ")", Long.class)).isEqualTo(threads);
        // Every series, every year: numbers 1..n, each once, and the counter stands at n.
        var series = jdbc.queryForList("""
                select i.series, i.year, count(*) as issued, count(distinct i.sequence) as distinct_numbers,
                    max(i.sequence) as highest, min(i.sequence) as lowest, max(c.last_number) as counter
                from invoice i join invoice_counter c on c.series = i.series and c.year = i.year
                group by i.series, i.year""");
        assertThat(series).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("distinct_numbers")).as("%s", row).isEqualTo(row.get("issued"));
            assertThat(((Number) row.get("lowest")).longValue()).as("%s", row).isEqualTo(1);
            assertThat(((Number) row.get("highest")).longValue()).as("%s", row)
                    .isEqualTo(((Number) row.get("issued")).longValue())
                    .isEqualTo(((Number) row.get("counter")).longValue());
        });
        assertThat(jdbc.queryForList("select number from invoice where kind = 'RECEIPT' and contract_ref in (" + contracts
                + ")", String.class)).allMatch(number -> number.matches("GF-R-\\d{4}-\\d{6}"));
    }

    @Test
    void a_charge_that_rolls_back_gives_its_numbers_back() {
        var contract = newContract();
        String ref = contract.ref().contractRef();
        TestAccounts.signInAs(users, contract.clientEmail());
        Long before = receiptCounter();
        var transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(status -> {
            payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), Money.ofMajor(30, "USD"), "Rolled back");
            assertThat(receiptCounter()).isEqualTo(before == null ? 1 : before + 1);
            status.setRollbackOnly();
        });
        assertThat(receiptCounter()).isEqualTo(before);
        assertThat(billing.myInvoices()).isEmpty();
        payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), Money.ofMajor(30, "USD"), "Again");
        assertThat(billing.myInvoices()).filteredOn(invoice -> invoice.kind() == InvoiceKind.RECEIPT).singleElement()
                .extracting(InvoiceSummary::number).asString().endsWith("%06d".formatted(before == null ? 1 : before + 1));
    }

    private @org.jspecify.annotations.Nullable Long receiptCounter() {
        return jdbc.query("select last_number from invoice_counter where series = 'GF-R' and year = ?",
                rs -> rs.next() ? rs.getLong(1) : null, clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
    }

    @Test
    void a_funded_and_released_milestone_has_documents_whose_totals_are_the_ledgers() throws IOException {
        var contract = newContract();
        TestAccounts.signInAs(users, contract.clientEmail());
        billing.saveMyDetails(new BillingDetails("Dupont SARL", "1 Rue de Rivoli, 75001 Paris", "FR", null));
        Money price = Money.of(123_45, "EUR");
        var breakdown = fees.breakdown(price);
        String ref = contract.ref().contractRef();
        payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), price, "Milestone 1");
        TestAccounts.signOut();
        payments.release(IdempotencyKey.of("release:" + ref), ref, price, "Approved");

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        Map<InvoiceKind, InvoiceSummary> issued = billing.contractInvoices(ref).stream()
                .collect(Collectors.toMap(InvoiceSummary::kind, invoice -> invoice));
        assertThat(issued).containsOnlyKeys(InvoiceKind.RECEIPT, InvoiceKind.CLIENT_FEE, InvoiceKind.FREELANCER_FEE);
        Map<LedgerAccountKind, Money> ledger = payments.ledgerTotals(new LedgerFilter(null, ref, null, null)).stream()
                .collect(Collectors.toMap(LedgerTotal::kind, LedgerTotal::total));
        assertThat(issued.get(InvoiceKind.RECEIPT).total()).isEqualTo(breakdown.clientPays())
                .isEqualTo(ledger.get(LedgerAccountKind.CLIENT_FUNDING).negate());
        assertThat(issued.get(InvoiceKind.CLIENT_FEE).total().plus(issued.get(InvoiceKind.FREELANCER_FEE).total()))
                .isEqualTo(ledger.get(LedgerAccountKind.PLATFORM_REVENUE));
        assertThat(issued.get(InvoiceKind.FREELANCER_FEE).buyer()).isEqualTo(contract.ref().freelancer());

        // 5 % of 123.45 is 6.17, paid by a French consumer: 20 % VAT inside it is 1.03 (1.0283 half up), net 5.14.
        Invoice fee = billing.invoice(issued.get(InvoiceKind.CLIENT_FEE).id());
        assertThat(fee.lines()).singleElement().satisfies(line -> {
            assertThat(line.total()).isEqualTo(Money.of(6_17, "EUR"));
            assertThat(line.tax()).isEqualTo(Money.of(1_03, "EUR"));
            assertThat(line.net()).isEqualTo(Money.of(5_14, "EUR"));
            assertThat(line.taxBasisPoints()).isEqualTo(2000);
        });
        assertThat(fee.net().plus(fee.tax())).isEqualTo(fee.total());
        Invoice receipt = billing.invoice(issued.get(InvoiceKind.RECEIPT).id());
        assertThat(receipt.lines()).extracting(InvoiceLine::total).containsExactly(price, breakdown.clientFee());
        assertThat(receipt.lines().stream().map(InvoiceLine::total).reduce(Money::plus)).contains(receipt.total());

        String text = text(billing.pdf(fee.id()));
        assertThat(text).contains(fee.number(), "Dupont SARL", "1 Rue de Rivoli", "VAT 20 %", "5.14", "1.03", "6.17",
                "Gigforge");
        String receiptText = text(billing.pdf(receipt.id()));
        assertThat(receiptText).contains("Payment receipt", receipt.number(), "123.45", "129.62");
    }

    @Test
    void an_eu_business_elsewhere_is_reverse_charged_and_issued_documents_keep_their_details() throws IOException {
        var contract = newContract();
        TestAccounts.signInAs(users, contract.clientEmail());
        billing.saveMyDetails(new BillingDetails("Rossi S.r.l.", "Via Roma 1, Milano", "IT", "IT 123 456 789 01"));
        String ref = contract.ref().contractRef();
        payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), Money.ofMajor(200, "EUR"), "Milestone 1");
        billing.saveMyDetails(new BillingDetails("Rossi Group S.p.A.", "Via Roma 2, Milano", "IT", null));

        InvoiceSummary summary = billing.myInvoices().stream().filter(i -> i.kind() == InvoiceKind.CLIENT_FEE).findFirst()
                .orElseThrow();
        Invoice fee = billing.invoice(summary.id());
        assertThat(fee.reverseCharge()).isTrue();
        assertThat(fee.tax()).isEqualTo(Money.ofMajor(0, "EUR"));
        assertThat(fee.total()).isEqualTo(Money.ofMajor(10, "EUR"));
        assertThat(fee.buyerDetails()).isEqualTo(new BillingDetails("Rossi S.r.l.", "Via Roma 1, Milano", "IT", "IT12345678901"));
        assertThat(text(billing.pdf(fee.id()))).contains("Reverse charge", "IT12345678901", "Rossi S.r.l.");
    }

    @Test
    void a_refund_issues_a_credit_note_for_what_came_back_referencing_the_receipt() {
        var contract = newContract();
        String ref = contract.ref().contractRef();
        TestAccounts.signInAs(users, contract.clientEmail());
        billing.saveMyDetails(new BillingDetails("Acme Pty Ltd", "1 George St, Sydney", "AU", null));
        payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), Money.ofMajor(200, "AUD"), "Milestone 1");
        // A replayed command posts nothing, so it issues nothing either.
        payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), Money.ofMajor(200, "AUD"), "Milestone 1");
        payments.refund(IdempotencyKey.of("refund:" + ref), ref, Money.ofMajor(200, "AUD"), "Cancelled");

        var mine = billing.myInvoices();
        assertThat(mine).extracting(InvoiceSummary::kind)
                .containsExactlyInAnyOrder(InvoiceKind.RECEIPT, InvoiceKind.CLIENT_FEE, InvoiceKind.CREDIT_NOTE);
        var receipt = mine.stream().filter(i -> i.kind() == InvoiceKind.RECEIPT).findFirst().orElseThrow();
        Invoice credit = billing.invoice(mine.stream().filter(i -> i.kind() == InvoiceKind.CREDIT_NOTE).findFirst()
                .orElseThrow().id());
        assertThat(credit.number()).startsWith("GF-C-");
        assertThat(credit.credits()).isEqualTo(receipt.number());
        assertThat(credit.total()).isEqualTo(Money.ofMajor(210, "AUD")).isEqualTo(receipt.total());
        // 10 AUD fee with 10 % GST inside: 0.91 GST, credited at the rate it was charged.
        assertThat(credit.lines()).element(1).satisfies(line -> {
            assertThat(line.taxLabel()).isEqualTo("GST");
            assertThat(line.tax()).isEqualTo(Money.of(91, "AUD"));
        });
    }

    @Test
    void only_the_buyer_and_admins_may_read_a_document() throws Exception {
        var contract = newContract();
        String ref = contract.ref().contractRef();
        TestAccounts.signInAs(users, contract.clientEmail());
        payments.fund(IdempotencyKey.of("fund:" + ref), contract.ref(), Money.ofMajor(50, "USD"), "Milestone 1");
        InvoiceId receipt = billing.myInvoices().stream().filter(invoice -> invoice.kind() == InvoiceKind.RECEIPT)
                .findFirst().orElseThrow().id();

        TestAccounts.signInAs(users, contract.freelancerEmail());
        assertThat(billing.myInvoices()).isEmpty();
        assertThatThrownBy(() -> billing.invoice(receipt)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("billing.invoice.not-allowed");
        assertThatThrownBy(() -> billing.pdf(receipt)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> billing.allInvoices(PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(billing.invoice(receipt).buyer()).isEqualTo(contract.ref().client());
        assertThat(billing.allInvoices(PageRequest.of(0, 100))).extracting(InvoiceSummary::id).contains(receipt);
        TestAccounts.signOut();

        MockMvc browser = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String url = InvoiceLinks.pdf(receipt);
        browser.perform(get(url).with(as(contract.clientEmail())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .startsWith("attachment").contains("GF-R-"))
                .andExpect(result -> assertThat(text(result.getResponse().getContentAsByteArray())).contains("GF-R-"));
        browser.perform(get(url).with(as(TestAccounts.ADMIN))).andExpect(status().isOk());
        browser.perform(get(url).with(as(contract.freelancerEmail()))).andExpect(status().isNotFound());
        browser.perform(get(url).with(as(TestAccounts.CLIENT))).andExpect(status().isNotFound());
        browser.perform(get("/billing/invoices/999999999.pdf").with(as(contract.clientEmail())))
                .andExpect(status().isNotFound());
        browser.perform(get(url)).andExpect(result -> assertThat(result.getResponse().getStatus())
                .as("signed out: sent to log in, never the document").isIn(302, 401, 403));
    }

    @Test
    void billing_details_are_checked_field_by_field() {
        var member = newMember("client", Role.CLIENT);
        TestAccounts.signInAs(users, member.email());
        assertThatThrownBy(() -> billing.saveMyDetails(new BillingDetails(" ", "", "XX", "DE123")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("legalName", "address", "country"));
        assertThatThrownBy(() -> billing.saveMyDetails(new BillingDetails("Muster GmbH", "Hauptstr. 1, Köln", "DE",
                "DE12345")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("taxId"));
        var saved = billing.saveMyDetails(new BillingDetails(" Muster GmbH ", "Hauptstr. 1, Köln", "de", "de-123456789"));
        assertThat(saved).isEqualTo(new BillingDetails("Muster GmbH", "Hauptstr. 1, Köln", "DE", "DE123456789"));
        assertThat(billing.myDetails()).contains(saved);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
        return user((AccountPrincipal) users.loadUserByUsername(email));
    }

    record Member(UserId id, String email) {}

    record Contract(EscrowRef ref, String clientEmail, String freelancerEmail) {}

    private Contract newContract() {
        var client = newMember("client", Role.CLIENT);
        var freelancer = newMember("freelancer", Role.FREELANCER);
        return new Contract(new EscrowRef(newRef(), client.id(), freelancer.id()), client.email(), freelancer.email());
    }

    private static String newRef() {
        return "contract-" + System.nanoTime() + "-" + CONTRACTS.incrementAndGet();
    }

    private Member newMember(String prefix, Role role) {
        String email = TestAccounts.uniqueEmail(prefix);
        var account = accounts.signUp(new SignUpRequest("Pat " + prefix, email, "copper kettle mountain", role));
        return new Member(account.id(), email);
    }
}
