package io.admitone.server.axon;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs each event handler of a processing group that keeps dead letters inside a savepoint of its batch's
 * transaction. A handler whose SQL fails leaves PostgreSQL's transaction aborted; rolled back to the savepoint, the
 * batch goes on, Axon can park the event in {@code axon.dead_letter_entry} and the handler leaves no half-written
 * rows behind. It costs two statements per handled event, so only dead-lettering groups pay it.
 */
@Component
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final EventProcessorProperties processors;
    private final PlatformTransactionManager transactions;

    SavepointPerEventHandler(EventProcessorProperties processors, PlatformTransactionManager transactions) {
        this.processors = processors;
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.canHandleMessageType(EventMessage.class) && deadLetters(original.declaringClass())
                ? new InSavepoint<>(original)
                : original;
    }

    private boolean deadLetters(Class<?> handlerClass) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(handlerClass, ProcessingGroup.class);
        if (group == null) {
            return false;
        }
        EventProcessorProperties.ProcessorSettings settings = processors.getProcessors().get(group.value());
        return settings != null && settings.getDlq().isEnabled();
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                transactions.rollback(savepoint);
                throw failure;
            }
            transactions.commit(savepoint);
            return result;
        }
    }
}
