package org.gigforge.messaging.internal;

import org.gigforge.messaging.MessagingSignal;
import org.gigforge.platform.ClusterBus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts the messaging signals raised inside a transaction onto the cluster bus once it has committed: nobody hears
 * of a message that a rollback took back, and whoever hears of one finds it in the database.
 */
@Component
class SignalRelay {

    private final ClusterBus bus;

    SignalRelay(ClusterBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MessagingSignal signal) {
        // Every signal is a record (the interface is sealed to records).
        bus.publish(MessagingSignal.TOPIC, (Record) signal);
    }
}
