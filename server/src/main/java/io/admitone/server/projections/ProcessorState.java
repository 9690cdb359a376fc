package io.admitone.server.projections;

/** What an event processor is doing, the most alarming state first. */
enum ProcessorState { ERROR, STOPPED, REPLAYING, RUNNING }
