/**
 * The payment port: the core assumes no gateway. A {@link io.admitone.command.onsale.payment.PaymentProvider} starts
 * a payment and may confirm one that needed a buyer's action; {@code test} and {@code offline} are built in, and
 * others plug in as beans.
 */
package io.admitone.command.onsale.payment;
