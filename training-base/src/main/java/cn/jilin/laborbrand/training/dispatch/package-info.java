/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("dispatch")
package cn.jilin.laborbrand.training.dispatch;

import org.springframework.modulith.NamedInterface;
