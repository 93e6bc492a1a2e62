-- Issue 14: smart money. What the feed saw of Hyperliquid's top traders, so that the signal can be replayed and
-- backtested later: each leaderboard refresh's tracked wallets, each wallet state that differs from the wallet's
-- previous one (a state equal to the previous is not written again), the position changes between consecutive
-- states, and the whale alerts. Money, prices and sizes are exact decimals (NUMERIC keeps the scale sent).

-- one row per tracked wallet per leaderboard refresh; a window's figures are null when the row lacked that window
CREATE TABLE sm_leaderboard (
    refresh_time     timestamptz      NOT NULL,
    address          text             NOT NULL,
    tier             smallint         NOT NULL,
    score            double precision NOT NULL,
    account_value    numeric          NOT NULL,
    display_name     text,
    day_pnl          numeric,
    day_roi          numeric,
    day_volume       numeric,
    week_pnl         numeric,
    week_roi         numeric,
    week_volume      numeric,
    month_pnl        numeric,
    month_roi        numeric,
    month_volume     numeric,
    all_time_pnl     numeric,
    all_time_roi     numeric,
    all_time_volume  numeric,
    PRIMARY KEY (refresh_time, address)
);

-- a wallet's account at one time; its open positions are the sm_wallet_positions rows of the same (address, time)
CREATE TABLE sm_wallet_states (
    address       text        NOT NULL,
    time          timestamptz NOT NULL,
    account_value numeric     NOT NULL,
    positions     integer     NOT NULL,
    PRIMARY KEY (address, time)
);
CREATE INDEX sm_wallet_states_time ON sm_wallet_states (time);

CREATE TABLE sm_wallet_positions (
    address        text        NOT NULL,
    time           timestamptz NOT NULL,
    coin           text        NOT NULL,
    szi            numeric     NOT NULL,
    entry_px       numeric     NOT NULL,
    position_value numeric     NOT NULL,
    unrealized_pnl numeric     NOT NULL,
    leverage       integer     NOT NULL,
    isolated       boolean     NOT NULL,
    liquidation_px numeric,
    PRIMARY KEY (address, time, coin),
    FOREIGN KEY (address, time) REFERENCES sm_wallet_states (address, time) ON DELETE CASCADE
);

-- a coin whose signed size differs between two consecutive stored states of a wallet (0 = flat);
-- type ENTRY, EXIT, REVERSAL or SIZE (any size change, no threshold)
CREATE TABLE sm_position_changes (
    address  text        NOT NULL,
    coin     text        NOT NULL,
    time     timestamptz NOT NULL,
    old_szi  numeric     NOT NULL,
    new_szi  numeric     NOT NULL,
    type     text        NOT NULL,
    PRIMARY KEY (address, coin, time)
);
CREATE INDEX sm_position_changes_time ON sm_position_changes (time);

-- whale alerts, deduplicated on their id (address:coin:time)
CREATE TABLE sm_whale_alerts (
    id            text        PRIMARY KEY,
    time          timestamptz NOT NULL,
    address       text        NOT NULL,
    tier          smallint    NOT NULL,
    coin          text        NOT NULL,
    type          text        NOT NULL,
    priority      text        NOT NULL,
    previous_size numeric     NOT NULL,
    new_size      numeric     NOT NULL,
    notional      numeric     NOT NULL,
    price         numeric     NOT NULL,
    detail        text        NOT NULL
);
CREATE INDEX sm_whale_alerts_time ON sm_whale_alerts (time DESC, id DESC);
CREATE INDEX sm_whale_alerts_coin_time ON sm_whale_alerts (coin, time DESC, id DESC);
