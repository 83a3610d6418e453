package org.civmap.web.coverage;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The networks the service answers with: walking ({@code civmap.network-dir}, default {@code
 * STATE_DIR/network}) and driving ({@code civmap.drive-network-dir}, default {@code
 * STATE_DIR/drive-network}), each built by {@code ./civmap network build [--mode drive]}.
 */
@Configuration(proxyBeanMethods = false)
class NetworkConfig {

    @Bean
    @Primary
    WalkNetworkHolder walkNetwork(@Value("${civmap.network-dir:${civmap.state-dir}/network}") String dir) {
        return new WalkNetworkHolder(dir);
    }

    @Bean
    @Qualifier("drive")
    WalkNetworkHolder driveNetwork(@Value("${civmap.drive-network-dir:${civmap.state-dir}/drive-network}") String dir) {
        return new WalkNetworkHolder(dir);
    }
}
