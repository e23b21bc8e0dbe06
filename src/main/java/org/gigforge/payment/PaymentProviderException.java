package org.gigforge.payment;

import org.gigforge.platform.UserFacingException;

/** The provider refused or failed; nothing was posted. The message key says what the member can do. */
public class PaymentProviderException extends UserFacingException {

    public PaymentProviderException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
