package org.gigforge.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Function;
import org.gigforge.payment.ContractRefs;
import org.jspecify.annotations.Nullable;

/**
 * A grid cell for an escrow reference: a contract's as its number linked to its page ("#42"), anything else as it
 * is. Ledger, earnings and billing grids read the same.
 */
public final class ContractRefColumn {

    private ContractRefColumn() {}

    public static <T> ComponentRenderer<Component, T> renderer(Function<T, @Nullable String> contractRef) {
        return new ComponentRenderer<>(item -> cell(contractRef.apply(item)));
    }

    public static Component cell(@Nullable String contractRef) {
        if (contractRef == null) {
            return new Span();
        }
        String label = ContractRefs.label(contractRef);
        return ContractRefs.page(contractRef).<Component>map(page -> new Anchor(page, label)).orElseGet(() -> new Span(label));
    }
}
