package dev.intake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No static mutable state: no static field can be reassigned, and none holds one of the JDK's mutable holders (an
 * atomic, a future, a thread-local) that would carry state from one use to the next. What the app needs is passed
 * in by constructor (the launch hands the app its executor and the settings read ahead that way).
 *
 * <p>The one JSON mapper ({@code ats.Json.mapper()}) is shared by every layer from a static final field. That is no
 * mutable global only while nothing can reconfigure it after {@code Json} built it: no class calls a method that
 * changes an {@link ObjectMapper}'s configuration. Readers and writers derived from it ({@code readerFor},
 * {@code writerWithDefaultPrettyPrinter}) are immutable copies and stay allowed.
 */
class NoStaticStateTest {
    /** ObjectMapper's methods that change the mapper itself (Jackson 2.x), rather than return a configured copy. */
    private static final Pattern RECONFIGURES = Pattern.compile("configure|enable|disable|set[A-Z].*|register.*"
            + "|findAndRegisterModules|addMixIn.*|addHandler|clearProblemHandlers|activateDefaultTyping.*"
            + "|deactivateDefaultTyping|coercionConfig.*|configOverride|clearCaches");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.intake");

    /** The holders of mutable state that a {@code static final} field would turn into a global. */
    private static final DescribedPredicate<JavaClass> MUTABLE_HOLDERS = JavaClass.Predicates
            .resideInAPackage("java.util.concurrent.atomic")
            .or(JavaClass.Predicates.assignableTo(CompletableFuture.class))
            .or(JavaClass.Predicates.assignableTo(ThreadLocal.class))
            .as("a mutable holder (atomic, future, thread-local)");

    @Test
    void noStaticFieldCanBeReassigned() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("dev.intake..")
                .should().beFinal()
                .check(MAIN);
    }

    @Test
    void noStaticFieldHoldsMutableState() {
        noFields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("dev.intake..")
                .should().haveRawType(MUTABLE_HOLDERS)
                .check(MAIN);
    }

    @Test
    void noClassReconfiguresTheSharedJsonMapper() {
        noClasses().that().resideInAPackage("dev.intake..")
                .should(reconfigureAnObjectMapper())
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> reconfigureAnObjectMapper() {
        return new ArchCondition<>("reconfigure an ObjectMapper") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isAssignableTo(ObjectMapper.class)
                            && RECONFIGURES.matcher(call.getName()).matches()) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
