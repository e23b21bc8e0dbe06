package org.gigforge.billing.internal;

import org.gigforge.billing.BillingService;
import org.gigforge.billing.InvoiceId;
import org.gigforge.platform.UserFacingException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /billing/invoices/<id>.pdf}: a document as PDF, for signed-in members (the security chain sends everyone
 * else to the login page). The read check is the service's: anyone but the buyer and admins gets the same 404 as
 * for a document that does not exist, so ids reveal nothing.
 */
@RestController
class InvoiceDownloadController {

    private final BillingService billing;

    InvoiceDownloadController(BillingService billing) {
        this.billing = billing;
    }

    @GetMapping("/billing/invoices/{id:\\d{1,18}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        BillingService.PdfFile file;
        try {
            file = billing.pdfFile(new InvoiceId(id));
        } catch (UserFacingException refused) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
