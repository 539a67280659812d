/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("budget")
package cn.jilin.laborbrand.subsidy.budget;

import org.springframework.modulith.NamedInterface;
