/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("rule")
package cn.jilin.laborbrand.subsidy.rule;

import org.springframework.modulith.NamedInterface;
