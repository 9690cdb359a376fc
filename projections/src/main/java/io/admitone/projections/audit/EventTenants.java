package io.admitone.projections.audit;

import io.admitone.kernel.organisation.TenantId;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * The organisation an event belongs to: the {@code tenantId} component every tenant's event record carries. Read by
 * reflection rather than through a list of event types, so that a new event is in the trail without anyone
 * remembering to add it; events of no organisation (a platform admin's registration, say) have none.
 */
public final class EventTenants {

    private static final ClassValue<Optional<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals("tenantId")
                            && component.getType() == TenantId.class)
                    .map(RecordComponent::getAccessor)
                    .findFirst() : Optional.empty();
        }
    };

    private EventTenants() {
    }

    public static Optional<TenantId> of(Object event) {
        return ACCESSORS.get(event.getClass()).map(accessor -> tenant(accessor, event));
    }

    private static TenantId tenant(Method accessor, Object event) {
        try {
            return (TenantId) accessor.invoke(event);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("Cannot read the tenant of " + event.getClass().getName(), unreadable);
        }
    }
}
