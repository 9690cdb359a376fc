package io.admitone.command.messaging;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Axon's deadline manager neither stores the correlation data of the command that schedules a deadline nor
 * applies it when the deadline fires. Both are added here, so that what a deadline causes later (a hold
 * expiring, say) still traces back to the original request.
 */
@Component
class DeadlineCorrelation implements MessageDispatchInterceptor<DeadlineMessage<?>> {

    DeadlineCorrelation(DeadlineManager deadlines, OriginCorrelationDataProvider origin) {
        deadlines.registerDispatchInterceptor(this);
        deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(origin));
    }

    @Override
    public BiFunction<Integer, DeadlineMessage<?>, DeadlineMessage<?>> handle(List<? extends DeadlineMessage<?>> messages) {
        return (index, message) -> CurrentUnitOfWork.isStarted()
                ? message.andMetaData(CurrentUnitOfWork.get().getCorrelationData())
                : message;
    }
}
