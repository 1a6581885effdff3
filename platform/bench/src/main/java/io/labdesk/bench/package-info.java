/**
 * LabDesk's benchmarks. The SLA engine's JMH benchmarks and the load generators for the running server land
 * here with the engines they measure; run them with {@code java -jar platform/bench/target/benchmarks.jar}.
 */
package io.labdesk.bench;
