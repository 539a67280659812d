/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("trainee")
package cn.jilin.laborbrand.training.trainee;

import org.springframework.modulith.NamedInterface;
