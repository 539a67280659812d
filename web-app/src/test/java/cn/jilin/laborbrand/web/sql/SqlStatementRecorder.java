package cn.jilin.laborbrand.web.sql;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements the current thread sends while {@link #record} runs: every statement prepared
 * (JPA, JdbcTemplate, Spring Session JDBC, security) and every plain statement executed, through whatever code
 * borrows a connection from the portal's pool. Other threads (scheduled jobs) are not recorded.
 */
public final class SqlStatementRecorder {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private SqlStatementRecorder() {
    }

    /** The statements {@code work} sent on this thread, in order, with its result. */
    public static <T> Recorded<T> record(Callable<T> work) throws Exception {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            return new Recorded<>(work.call(), List.copyOf(statements));
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(outer);
            }
        }
    }

    public record Recorded<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    private static void note(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql);
        }
    }

    /**
     * Puts the recording underneath the connection pool: Hikari opens its connections through a wrapped driver data
     * source, so the pool, transactions and Spring's connection bookkeeping see the same objects as without it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor sqlStatementRecordingPool() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof HikariDataSource pool && pool.getDataSource() == null) {
                        DataSource driver = new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                                pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword());
                        pool.setDataSource(proxy(DataSource.class, driver, SqlStatementRecorder::dataSourceCall));
                    }
                    return bean;
                }
            };
        }
    }

    private static Object dataSourceCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        return result instanceof Connection connection ? proxy(Connection.class, connection, SqlStatementRecorder::connectionCall) : result;
    }

    private static Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null && args[0] instanceof String sql) {
            note(sql);
        }
        Object result = invoke(target, method, args);
        if (name.equals("createStatement") && result instanceof Statement statement
                && !(result instanceof PreparedStatement) && !(result instanceof CallableStatement)) {
            return proxy(Statement.class, statement, SqlStatementRecorder::statementCall);
        }
        return result;
    }

    private static Object statementCall(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
            note(sql);
        } else if (method.getName().equals("executeBatch")) {
            note("<batch>");
        }
        return invoke(target, method, args);
    }

    private interface Call {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return self == args[0];
            }
            if (method.getName().equals("hashCode") && args == null) {
                return System.identityHashCode(self);
            }
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return true;
            }
            return call.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(SqlStatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
