package org.ponte.testsupport;

/**
 * The same contract on the official Apache Kafka and MongoDB images. Runs where a Docker engine answers;
 * elsewhere JUnit reports it as skipped.
 */
@RealInfrastructure(RealInfrastructure.Kind.CONTAINERS)
class ContainerInfrastructureTest extends InfrastructureContract {
}
