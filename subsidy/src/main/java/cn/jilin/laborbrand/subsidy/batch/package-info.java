/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("batch")
package cn.jilin.laborbrand.subsidy.batch;

import org.springframework.modulith.NamedInterface;
