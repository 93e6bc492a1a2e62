-- Turn candles and equity into TimescaleDB hypertables when the extension is installed on the server.
-- On plain PostgreSQL (the embedded server) this does nothing and the tables stay ordinary tables.
-- If the extension is installed but cannot be created (e.g. not in shared_preload_libraries), a
-- WARNING is raised and the plain tables are kept, so the application still starts.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS timescaledb;
            PERFORM create_hypertable('candles', 'open_time', if_not_exists => true, migrate_data => true);
            PERFORM create_hypertable('equity', 'time', if_not_exists => true, migrate_data => true);
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'timescaledb is available but could not be used, keeping plain tables: %', SQLERRM;
        END;
    ELSE
        RAISE NOTICE 'timescaledb is not available, candles and equity stay plain tables';
    END IF;
END
$$;
