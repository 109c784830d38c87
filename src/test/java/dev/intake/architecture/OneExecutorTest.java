package dev.intake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Background work goes through the one {@code TaskExecutor} passed in by constructor: no class starts threads or
 * makes executors of its own, except those listed here with the reason.
 */
class OneExecutorTest {
    /** Classes that may make threads or executors, and why. Shrink this list; never grow it without a reason. */
    private static final Set<String> ALLOWED = Set.of(
            // The executor itself: virtual threads for work.
            "dev.intake.common.FxTaskExecutor",
            // Servers: the sandbox's HTTP server, the instance beacon's accept loop, OkHttp's dispatcher.
            "dev.intake.sandbox.SandboxServer",
            "dev.intake.instance.InstanceBeacon",
            "dev.intake.ats.HttpClients",
            // A JVM shutdown hook is the JVM's, not background work.
            "dev.intake.sandbox.SandboxCommand",
            // The smoke test's probe waits off the UI thread; it is compiled into the start-up benchmark's hello
            // app too, which has no executor.
            "dev.intake.startup.SmokeTest",
            "dev.intake.startup.StartupProbe");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.intake");

    @Test
    void onlyTheListedClassesStartThreadsOrMakeExecutors() {
        noClasses().that().resideInAPackage("dev.intake..").and(notAllowed())
                .should(startThreadsOrMakeExecutors())
                .check(MAIN);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> notAllowed() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("are not listed in ALLOWED",
                javaClass -> !ALLOWED.contains(javaClass.getName().replaceAll("\\$.*", "")));
    }

    private static ArchCondition<JavaClass> startThreadsOrMakeExecutors() {
        return new ArchCondition<>("start threads or make executors") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
                    if (call.getTargetOwner().isAssignableTo(Thread.class)) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean thread = owner.equals(Thread.class.getName())
                            && Set.of("ofPlatform", "ofVirtual", "startVirtualThread").contains(name);
                    boolean executor = owner.equals(Executors.class.getName()) && name.startsWith("new");
                    boolean async = owner.equals("java.util.concurrent.CompletableFuture")
                            && (name.endsWith("Async")) && call.getTarget().getRawParameterTypes().size() < 2;
                    if (thread || executor || async) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
