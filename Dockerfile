# calmdesk: one image for the web side and the workers (compose.yaml picks the command).
# Slim, runtime dependencies only (no test tools), templates inside the wheel, runs as an unprivileged user.
# Checked statically by tests/unit/test_deploy_files.py; the same topology runs in tests/system/test_topology.py.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY calmdesk ./calmdesk
COPY webhooks ./webhooks
COPY worker ./worker
COPY templates ./templates
# Wheels for calmdesk and its runtime dependencies only: `pip wheel .`, never '.[dev]'.
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CALMDESK_DATA_DIR=/var/lib/calmdesk
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-compile /wheels/*.whl \
    && rm -rf /wheels \
    && useradd --system --uid 10001 --home-dir /var/lib/calmdesk --create-home calmdesk
USER calmdesk
WORKDIR /var/lib/calmdesk
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 CMD ["calmdesk", "health", "--port", "8000"]
# The web side; compose.yaml runs `calmdesk worker` from the same image. Without REDIS_URL both refuse to start.
CMD ["calmdesk", "web", "--host", "0.0.0.0", "--port", "8000"]
