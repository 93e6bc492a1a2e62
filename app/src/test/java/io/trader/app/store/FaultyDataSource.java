package io.trader.app.store;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A real data source whose kill-switch statements can be made to fail (as a database that refuses the
 * row, or is gone, does) or to block until {@link #release()} (as a stuck database does). Every other
 * statement goes through untouched.
 */
public final class FaultyDataSource implements DataSource {

    /** What a kill-switch statement does. */
    public enum Fault { NONE, FAIL, BLOCK }

    private final DataSource delegate;
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger blocked = new AtomicInteger();
    private volatile Fault writes = Fault.NONE;
    private volatile Fault reads = Fault.NONE;

    public FaultyDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** What writes of the kill-switch row do from now on. */
    public void writes(Fault fault) {
        this.writes = fault;
    }

    /** What reads of the kill-switch row do from now on. */
    public void reads(Fault fault) {
        this.reads = fault;
    }

    /** Lets every blocked (and every future blocking) statement continue. */
    public void release() {
        released.countDown();
    }

    /** How many statements blocked so far. */
    public int blockedCount() {
        return blocked.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(delegate.getConnection(user, password));
    }

    private Connection wrap(Connection real) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                inject(sql);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, h);
    }

    private void inject(String sql) throws SQLException {
        String s = sql.toLowerCase(Locale.ROOT);
        if (!s.contains("kill_switch")) {
            return;
        }
        Fault fault = s.stripLeading().startsWith("select") ? reads : writes;
        if (fault == Fault.FAIL) {
            throw new SQLException("ERROR: injected failure on kill_switch (SQL: " + sql + ")", "XX000");
        }
        if (fault == Fault.BLOCK) {
            blocked.incrementAndGet();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while blocked", "57014", e);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
