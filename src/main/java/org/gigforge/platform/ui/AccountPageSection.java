package org.gigforge.platform.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the member's account page (which the accounts module owns, and which must not
 * depend on the modules that build on accounts). Beans of this type are shown in {@link #order()}.
 */
public interface AccountPageSection {

    int order();

    /** A fresh section for one page view, as the signed-in member. */
    Component create();
}
