package cn.jilin.laborbrand.promotion.event;

import java.math.BigDecimal;

/** What an event achieved, recorded once it has begun: visitors, agreements signed and their amount (yuan), jobs offered. */
public record EventOutcome(Integer visitors, Integer agreements, BigDecimal agreementAmount, Integer jobsOffered, String note) {
}
