/**
 * What the benchmarks that drive a server over HTTP share: the server jar started on its default configuration,
 * JSON calls to its API, latency percentiles, and the results files every benchmark writes.
 */
package io.admitone.benchmarks.common;
