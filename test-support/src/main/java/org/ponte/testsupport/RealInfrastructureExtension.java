package org.ponte.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Backs {@link RealInfrastructure} for plain JUnit tests, and skips container tests where Docker is missing. */
final class RealInfrastructureExtension implements ExecutionCondition, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        RealInfrastructure.Kind kind = kind(context);
        if (kind == RealInfrastructure.Kind.CONTAINERS && !ContainerInfrastructure.dockerAvailable()) {
            return ConditionEvaluationResult.disabled("no Docker engine here: the Testcontainers variant is skipped");
        }
        return ConditionEvaluationResult.enabled(kind + " infrastructure");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestInfrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return kind(context).infrastructure();
    }

    private static RealInfrastructure.Kind kind(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, RealInfrastructure.class))
                .map(RealInfrastructure::value)
                .orElse(RealInfrastructure.Kind.EMBEDDED);
    }
}
