package org.gigforge.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Pages asked for by callers (views, later the API), bounded so nobody loads a whole table at once. */
public final class Paging {

    private Paging() {}

    /** The caller's page, its size at most {@code maxSize}; an unpaged request becomes the first page. */
    public static Pageable capped(Pageable page, int maxSize) {
        return page.isUnpaged()
                ? PageRequest.of(0, maxSize, page.getSort())
                : PageRequest.of(page.getPageNumber(), Math.min(page.getPageSize(), maxSize), page.getSort());
    }
}
