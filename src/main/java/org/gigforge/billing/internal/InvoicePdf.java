package org.gigforge.billing.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.gigforge.billing.BillingDetails;
import org.gigforge.billing.Invoice;
import org.gigforge.billing.InvoiceKind;
import org.gigforge.billing.InvoiceLine;
import org.gigforge.platform.Money;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Renders an issued document as an A4 PDF. Documents are in English, whatever the reader's language: they are
 * records for accountants and tax offices, and must read the same for everyone who is shown them. Amounts are
 * written as decimals with the currency code, exactly as stored; nothing is recomputed here.
 */
@Component
public class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    // WinAnsi covers the accents and the euro sign of the names and addresses members type in Europe.
    private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.WINANSI, false, 10);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.WINANSI, false, 10);
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.WINANSI, false, 16);

    public byte[] render(Invoice invoice) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(title(invoice.kind()) + " " + invoice.number());
        document.addCreator("Gigforge");
        document.open();
        document.add(new Paragraph(title(invoice.kind()) + " " + invoice.number(), title));
        document.add(new Paragraph("Date: " + DATE.format(invoice.issuedAt()), normal));
        document.add(new Paragraph("Contract: " + invoice.contractRef(), normal));
        if (invoice.credits() != null) {
            document.add(new Paragraph("Credits receipt " + invoice.credits(), normal));
        }
        document.add(new Paragraph(" ", normal));

        var parties = new PdfPTable(2);
        parties.setWidthPercentage(100);
        parties.addCell(party("Seller", invoice.seller()));
        parties.addCell(party("Buyer", invoice.buyerDetails()));
        document.add(parties);
        document.add(new Paragraph(" ", normal));

        var lines = new PdfPTable(new float[] {46, 14, 14, 12, 14});
        lines.setWidthPercentage(100);
        lines.setHeaderRows(1);
        for (String heading : new String[] {"Description", "Net", "Tax", "Tax amount", "Total"}) {
            lines.addCell(cell(heading, bold, Element.ALIGN_LEFT));
        }
        for (InvoiceLine line : invoice.lines()) {
            lines.addCell(cell(line.description(), normal, Element.ALIGN_LEFT));
            lines.addCell(cell(amount(line.net()), normal, Element.ALIGN_RIGHT));
            lines.addCell(cell(line.taxLabel().isEmpty() ? "-" : line.taxLabel() + " " + percent(line.taxBasisPoints()),
                    normal, Element.ALIGN_RIGHT));
            lines.addCell(cell(amount(line.tax()), normal, Element.ALIGN_RIGHT));
            lines.addCell(cell(amount(line.total()), normal, Element.ALIGN_RIGHT));
        }
        document.add(lines);

        var totals = new PdfPTable(new float[] {70, 30});
        totals.setWidthPercentage(50);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.addCell(cell("Net", normal, Element.ALIGN_LEFT));
        totals.addCell(cell(amount(invoice.net()), normal, Element.ALIGN_RIGHT));
        totals.addCell(cell("Tax", normal, Element.ALIGN_LEFT));
        totals.addCell(cell(amount(invoice.tax()), normal, Element.ALIGN_RIGHT));
        totals.addCell(cell("Total " + invoice.total().currency().getCurrencyCode(), bold, Element.ALIGN_LEFT));
        totals.addCell(cell(amount(invoice.total()), bold, Element.ALIGN_RIGHT));
        totals.setSpacingBefore(8);
        document.add(totals);

        document.add(new Paragraph(" ", normal));
        if (invoice.reverseCharge()) {
            document.add(new Paragraph("Reverse charge: the service fee is not taxed by the seller; the buyer accounts "
                    + "for the VAT (Article 196, Council Directive 2006/112/EC).", normal));
        }
        if (invoice.kind() == InvoiceKind.RECEIPT || invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            document.add(new Paragraph("The price is held in escrow for the freelancer and passed on to them; only "
                    + "the service fee is Gigforge's own supply and taxed.", normal));
        }
        document.close();
        return out.toByteArray();
    }

    static String title(InvoiceKind kind) {
        return switch (kind) {
            case RECEIPT -> "Payment receipt";
            case CLIENT_FEE, FREELANCER_FEE, SUBSCRIPTION -> "Invoice";
            case CREDIT_NOTE -> "Credit note";
        };
    }

    /** The amount as stored, e.g. {@code 129.63}: no grouping, so it reads the same in every locale. */
    static String amount(Money money) {
        return money.toDecimal().toPlainString();
    }

    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }

    private PdfPCell party(String role, BillingDetails details) {
        var phrase = new Phrase();
        phrase.add(new Phrase(role + "\n", bold));
        phrase.add(new Phrase(details.legalName() + "\n", normal));
        if (!details.address().isBlank()) {
            phrase.add(new Phrase(details.address() + "\n", normal));
        }
        if (!details.country().isBlank()) {
            phrase.add(new Phrase("Country: " + details.country() + "\n", normal));
        }
        if (details.taxId() != null && !details.taxId().isBlank()) {
            phrase.add(new Phrase("Tax ID: " + details.taxId() + "\n", normal));
        }
        var cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }
}
