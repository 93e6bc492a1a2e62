-- Model registry of the alpha zoo: one row per trained version of an alpha (its artifact is a file under
-- <data-dir>/models/<alpha>/v<N>.model whose SHA-256 is recorded here), the files it was trained on, its
-- walk-forward metrics, and every status change (who, when, from -> to, why).

CREATE TABLE model_versions (
    alpha_id         text        NOT NULL,
    version_no       integer     NOT NULL CHECK (version_no > 0),
    kind             text        NOT NULL CHECK (kind IN ('logistic', 'ridge', 'gbdt', 'mlp', 'rule')),
    feature_names    text[]      NOT NULL,
    feature_hash     text        NOT NULL,
    label_spec       text        NOT NULL,
    train_from       timestamptz NOT NULL,
    train_to         timestamptz NOT NULL,
    config           text        NOT NULL,
    code_version     text        NOT NULL,
    artifact_path    text        NOT NULL,
    artifact_sha256  text        NOT NULL,
    created_at       timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('candidate', 'shadow', 'promoted', 'retired')),
    PRIMARY KEY (alpha_id, version_no),
    CHECK (train_from <= train_to)
);

-- at most one promoted and one shadow version per alpha, whatever the application does
CREATE UNIQUE INDEX model_versions_one_promoted ON model_versions (alpha_id) WHERE status = 'promoted';
CREATE UNIQUE INDEX model_versions_one_shadow ON model_versions (alpha_id) WHERE status = 'shadow';

CREATE TABLE model_data_files (
    alpha_id    text    NOT NULL,
    version_no  integer NOT NULL,
    ord         integer NOT NULL,
    path        text    NOT NULL,
    sha256      text    NOT NULL,
    PRIMARY KEY (alpha_id, version_no, ord),
    FOREIGN KEY (alpha_id, version_no) REFERENCES model_versions (alpha_id, version_no)
);

-- double precision: metrics are statistics (NaN allowed, e.g. an AUC with one class), not money
CREATE TABLE model_metrics (
    alpha_id    text             NOT NULL,
    version_no  integer          NOT NULL,
    ord         integer          NOT NULL,
    name        text             NOT NULL,
    value       double precision NOT NULL,
    PRIMARY KEY (alpha_id, version_no, ord),
    UNIQUE (alpha_id, version_no, name),
    FOREIGN KEY (alpha_id, version_no) REFERENCES model_versions (alpha_id, version_no)
);

-- action: register, promote, shadow, rollback; from_status is NULL for register
CREATE TABLE model_promotions (
    id          bigserial   PRIMARY KEY,
    alpha_id    text        NOT NULL,
    version_no  integer     NOT NULL,
    action      text        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    reason      text        NOT NULL,
    FOREIGN KEY (alpha_id, version_no) REFERENCES model_versions (alpha_id, version_no)
);
CREATE INDEX model_promotions_alpha ON model_promotions (alpha_id, id);
