package dev.crm.application.shared;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Attaches a domain exception's data to the command result, the way Axon carries failures across nodes. */
class DomainFailureTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (RuntimeException e) {
            DomainFailure failure = DomainFailure.of(e);
            if (failure == null) {
                throw e;
            }
            throw new CommandExecutionException(e.getMessage(), e, failure);
        }
    }
}
