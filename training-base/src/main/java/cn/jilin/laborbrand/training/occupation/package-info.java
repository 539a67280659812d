/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("occupation")
package cn.jilin.laborbrand.training.occupation;

import org.springframework.modulith.NamedInterface;
