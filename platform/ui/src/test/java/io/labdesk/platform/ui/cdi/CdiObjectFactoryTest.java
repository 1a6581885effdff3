package io.labdesk.platform.ui.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CDI bridge against a real CDI container (Weld), as views will meet it in the server. */
class CdiObjectFactoryTest {

    private static WeldContainer container;
    private static CdiObjectFactory objects;

    @BeforeAll
    static void startCdi() {
        container = new Weld().disableDiscovery()
                .addBeanClasses(RequestCounter.class, Clock.class)
                .initialize();
        objects = new CdiObjectFactory(container.getBeanManager());
    }

    @AfterAll
    static void stopCdi() {
        container.shutdown();
    }

    @Test
    void viewWithoutCdiAnnotationGetsItsFieldsInjectedAndPostConstructCalled() {
        FieldInjectedView view = objects.create(FieldInjectedView.class);

        assertThat(view.counter).isNotNull();
        assertThat(view.initialised).isTrue();
    }

    @Test
    void constructorInjectionWorks() {
        ConstructorInjectedView view = objects.create(ConstructorInjectedView.class);

        assertThat(view.counter).isNotNull();
        assertThat(view.clock).isNotNull();
    }

    @Test
    void applicationScopedServiceIsSharedAcrossViews() {
        FieldInjectedView first = objects.create(FieldInjectedView.class);
        FieldInjectedView second = objects.create(FieldInjectedView.class);

        assertThat(first).isNotSameAs(second);
        first.counter.increment();
        second.counter.increment();
        assertThat(first.counter.count()).isEqualTo(second.counter.count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBeanClassIsTakenFromCdiItself() {
        RequestCounter fromBridge = objects.create(RequestCounter.class);
        RequestCounter fromCdi = container.select(RequestCounter.class).get();

        fromBridge.increment();
        assertThat(fromCdi.count()).isEqualTo(fromBridge.count());
    }

    @Test
    void plainClassesWithoutInjectionPointsAreStillCreated() {
        assertThat(objects.create(StringBuilder.class)).isNotNull();
    }

    @ApplicationScoped
    public static class RequestCounter {
        private int count;

        public void increment() {
            count++;
        }

        public int count() {
            return count;
        }
    }

    @Dependent
    public static class Clock {
    }

    public static class FieldInjectedView {
        @Inject
        RequestCounter counter;
        boolean initialised;

        @PostConstruct
        void init() {
            initialised = counter != null;
        }
    }

    public static class ConstructorInjectedView {
        final RequestCounter counter;
        final Clock clock;

        @Inject
        public ConstructorInjectedView(RequestCounter counter, Clock clock) {
            this.counter = counter;
            this.clock = clock;
        }
    }
}
