/**
 * 劳务协作 (二(二)2): labour input bases where Jilin workers are taken in, Jilin's resident offices outside the province,
 * employers' vacancies there, the placement of trained brand workers and the follow-up service after it.
 */
@NamedInterface("cooperation")
package cn.jilin.laborbrand.training.cooperation;

import org.springframework.modulith.NamedInterface;
