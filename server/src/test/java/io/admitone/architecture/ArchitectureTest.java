package io.admitone.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of the architecture, checked on every build over the server's whole classpath. */
@AnalyzeClasses(packages = "io.admitone", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String KERNEL = "io.admitone.kernel..";
    private static final String COMMAND = "io.admitone.command..";
    private static final String PROJECTIONS = "io.admitone.projections..";
    private static final String QUERY = "io.admitone.query..";
    private static final String GENERATED = "io.admitone.schema.jooq..";

    // javax.crypto is the JDK's own cryptography, which sealing secrets needs; org.erdtman.jcs is RFC 8785 JSON
    // canonicalization, part of the audit hash chain's published definition
    @ArchTest
    static final ArchRule kernelDependsOnTheJdkAxonAnnotationsAndJacksonAnnotationsOnly = classes()
            .that().resideInAPackage(KERNEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "javax.crypto..", "org.erdtman.jcs..", KERNEL, "org.axonframework.modelling.command",
                    "com.fasterxml.jackson.annotation");

    @ArchTest
    static final ArchRule commandSideDependsOnNeitherReadSideModule = noClasses()
            .that().resideInAPackage(COMMAND)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTIONS, QUERY);

    @ArchTest
    static final ArchRule projectionsDependOnNeitherCommandNorQuerySide = noClasses()
            .that().resideInAPackage(PROJECTIONS)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY);

    @ArchTest
    static final ArchRule querySideDependsOnNeitherCommandSideNorProjections = noClasses()
            .that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, PROJECTIONS);

    @ArchTest
    static final ArchRule theReadSideNeverSendsCommands = noClasses()
            .that().resideInAnyPackage(PROJECTIONS, QUERY)
            .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
            .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class);

    @ArchTest
    static final ArchRule onlyTheReadSideTouchesJooqAndTheReadModelTables = noClasses()
            .that().resideOutsideOfPackages(PROJECTIONS, QUERY, "io.admitone.schema..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "io.admitone.schema..");

    @ArchTest
    static final ArchRule aggregatesDoNotDependOnSpring = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule kernelCommandsAreRecords = classes()
            .that().resideInAPackage(KERNEL).and().haveSimpleNameEndingWith("Command")
            .should(beRecords());

    @ArchTest
    static final ArchRule kernelEventsAreRecords = classes()
            .that().resideInAPackage(KERNEL).and().implement(simpleNameEndingWith("Event"))
            .should(beRecords());

    @ArchTest
    static final ArchRule vaadinStaysInTheAdminUi = noClasses()
            .that().resideOutsideOfPackage("io.admitone.admin..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule noPackageCyclesOutsideGeneratedCode = slices().matching("io.admitone.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(GENERATED), resideInAPackage(GENERATED));

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean record = javaClass.isRecord();
                events.add(new SimpleConditionEvent(javaClass, record, javaClass.getName() + (record ? " is" : " is not") + " a record"));
            }
        };
    }

    private static DescribedPredicate<JavaClass> simpleNameEndingWith(String suffix) {
        return DescribedPredicate.describe("an interface named *" + suffix,
                type -> type.isInterface() && type.getSimpleName().endsWith(suffix));
    }
}
